// SPDX-License-Identifier: MIT
#include "demodatadialog.h"

#include "store.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProgressDialog>

DemoDataDialog::Result DemoDataDialog::run(Store &store, const DemoDataOptions &options, QWidget *parent, QString *message)
{
    QProgressDialog progress(tr("Creating the demo store…"), tr("Cancel"), 0, 1000, parent);
    progress.setWindowTitle(tr("Demo data"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setValue(0);
    QElapsedTimer sincePaint;
    sincePaint.start();
    DemoDataService service(store.database(), store.config());
    try {
        const DemoDataSummary summary = service.generate(options, [&](qint64 done, qint64 total) {
            if (sincePaint.elapsed() > 30 || done == total) {
                progress.setValue(total > 0 ? int(done * 1000 / total) : 1000);
                QApplication::processEvents();
                sincePaint.restart();
            }
            return !progress.wasCanceled();
        });
        progress.setValue(1000);
        if (message)
            *message = tr("Demo store created: %1 products, %2 customers, %3 orders.")
                           .arg(summary.products)
                           .arg(summary.customers)
                           .arg(summary.sales);
        return Result::Done;
    } catch (const StoreError &e) {
        if (message)
            *message = e.code() == u"cancelled" ? tr("Cancelled: nothing was written.") : e.message();
        return e.code() == u"cancelled" ? Result::Cancelled : Result::Failed;
    }
}
