// SPDX-License-Identifier: MIT
#include "salesbench.h"

#include "mainwindow.h"
#include "salespage.h"
#include "salestablemodel.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QTextStream>

#include <cstdio>

namespace {

/** A field of /proc/self/status in MiB ("VmRSS", "VmHWM"). */
double procMiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

/** Lets pending events run, then paints the table synchronously, as the user would see it. */
void settle(QTableView *table)
{
    QApplication::processEvents();
    if (table) {
        table->viewport()->repaint();
        table->horizontalHeader()->viewport()->repaint();
    }
    QApplication::processEvents();
}

} // namespace

namespace SalesBench {

int run(MainWindow &window)
{
    QTextStream out(stdout);
    constexpr qint64 kTargetMs = 300;
    constexpr double kTargetMiB = 150;
    bool ok = true;
    double peakRss = procMiB("VmRSS");
    // The four steps of the target count towards the result; the later ones are shown for information.
    auto step = [&](const char *name, const auto &action, bool counted = true) {
        QElapsedTimer timer;
        timer.start();
        QTableView *table = action();
        settle(table);
        const qint64 ms = timer.elapsed();
        const double rss = procMiB("VmRSS");
        peakRss = std::max(peakRss, rss);
        if (counted)
            ok = ok && ms <= kTargetMs;
        out << QStringLiteral("%1: %2 ms%3, RSS %4 MiB, first visible row %5")
                   .arg(QString::fromLatin1(name))
                   .arg(ms, 4)
                   .arg(counted ? QStringLiteral(" (target <= %1 ms)").arg(kTargetMs) : QStringLiteral(" (information)"))
                   .arg(rss, 0, 'f', 1)
                   .arg(table ? table->rowAt(0) : -1)
            << Qt::endl;
    };

    window.showPage(MainWindow::DashboardIndex);
    settle(nullptr);
    out << QStringLiteral("start: RSS %1 MiB").arg(procMiB("VmRSS"), 0, 'f', 1) << Qt::endl;

    SalesPage *page = nullptr;
    step("open sales screen", [&] {
        page = static_cast<SalesPage *>(window.showPage(MainWindow::SalesIndex));
        return page->mainTable();
    });
    QTableView *table = page->mainTable();
    SalesTableModel *model = page->model();
    out << QStringLiteral("orders: %1").arg(model->rowCount()) << Qt::endl;

    step("jump to last row", [&] {
        const int last = model->rowCount() - 1;
        table->setCurrentIndex(model->index(last, SalesTableModel::OrderNumber));
        table->selectRow(last);
        table->scrollToBottom();
        return table;
    });
    step("sort by total (descending)", [&] {
        table->horizontalHeader()->setSortIndicator(SalesTableModel::Total, Qt::DescendingOrder);
        table->scrollToTop();
        return table;
    });
    const QString top = model->index(0, SalesTableModel::Total).data().toString();
    step("filter platform = Amazon", [&] {
        page->platformFilter()->setCurrentIndex(page->platformFilter()->findData(QStringLiteral("Amazon")));
        table->scrollToTop();
        return table;
    });
    out << QStringLiteral("largest total: %1; Amazon orders: %2; windows in memory: %3")
               .arg(top)
               .arg(model->rowCount())
               .arg(model->cachedPages())
        << Qt::endl;
    // A few more moves through the data, so the memory figure covers scrolling too.
    step("scroll to the middle", [&] {
        table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum() / 2);
        return table;
    }, false);
    step("sort by date (newest first)", [&] {
        table->horizontalHeader()->setSortIndicator(SalesTableModel::OrderDate, Qt::DescendingOrder);
        return table;
    }, false);
    const double hwm = std::max(peakRss, procMiB("VmHWM"));
    out << QStringLiteral("peak RSS: %1 MiB (target <= %2 MiB)").arg(hwm, 0, 'f', 1).arg(kTargetMiB) << Qt::endl;
    ok = ok && hwm <= kTargetMiB;
    out << (ok ? "RESULT: all targets met" : "RESULT: a target was missed") << Qt::endl;
    return ok ? 0 : 1;
}

} // namespace SalesBench
