// SPDX-License-Identifier: MIT
#include "demodatadialog.h"
#include "guitesthelpers.h"

#include <QProgressDialog>
#include <QTest>
#include <QTimer>

/** The first-run demo store: a progress dialog whose Cancel leaves the database as it was. */
class TestDemoDataDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { TestDatabases::addEngineRows(); }
    void init();
    void cleanup() { m_store.reset(); }

    void cancellingWritesNothing();
    void fillsAnEmptyStore();

private:
    std::unique_ptr<Store> m_store;
};

void TestDemoDataDialog::init()
{
    QFETCH_GLOBAL(QString, engine);
    m_store = TestDatabases::freshStore(engine);
}

void TestDemoDataDialog::cancellingWritesNothing()
{
    bool cancelled = false;
    // Press Cancel as soon as the dialog lets events through (between two batches of orders).
    QTimer press;
    press.setInterval(1);
    connect(&press, &QTimer::timeout, this, [&] {
        const QWidgetList widgets = QApplication::topLevelWidgets();
        for (QWidget *w : widgets) {
            if (auto *progress = qobject_cast<QProgressDialog *>(w); progress && progress->isVisible()) {
                progress->cancel();
                cancelled = true;
            }
        }
    });
    press.start();
    DemoDataOptions options;
    options.sales = 45'000; // three batches: the dialog is asked at least twice
    QString message;
    const DemoDataDialog::Result result = DemoDataDialog::run(*m_store, options, nullptr, &message);
    press.stop();
    QVERIFY(cancelled);
    QCOMPARE(int(result), int(DemoDataDialog::Result::Cancelled));
    QVERIFY(message.contains(QStringLiteral("nothing was written")));
    QCOMPARE(m_store->categories().count(), 0);
    QCOMPARE(m_store->products().count(), 0);
    QCOMPARE(m_store->customers().count(), 0);
    QCOMPARE(m_store->sales().count(), 0);
}

void TestDemoDataDialog::fillsAnEmptyStore()
{
    DemoDataOptions options;
    options.sales = 150;
    options.customers = 12;
    QString message;
    QCOMPARE(int(DemoDataDialog::run(*m_store, options, nullptr, &message)), int(DemoDataDialog::Result::Done));
    QCOMPARE(m_store->categories().count(), 8);
    QCOMPARE(m_store->products().count(), 40);
    QCOMPARE(m_store->customers().count(), 12);
    QCOMPARE(m_store->sales().count(), 150);
    QVERIFY2(message.contains(QStringLiteral("150 orders")), qPrintable(message));
    // A second run without reset is refused by the service: the store already has data.
    QCOMPARE(int(DemoDataDialog::run(*m_store, options, nullptr, &message)), int(DemoDataDialog::Result::Failed));
    QCOMPARE(m_store->sales().count(), 150);
}

STOREDESK_DB_TEST_MAIN_WIDGETS(TestDemoDataDialog)
#include "tst_demodatadialog.moc"
