// SPDX-License-Identifier: MIT
#include "formerrors.h"
#include "guitesthelpers.h"
#include "newsaledialog.h"

#include <QTest>

/** The new-sale dialog: a live total, a sale that takes stock, and a sale lacking stock refused with nothing written. */
class TestNewSaleDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { TestDatabases::addEngineRows(); }
    void init();
    void cleanup() { m_store.reset(); }

    void recordsASaleAndTakesStock();
    void saleLackingStockIsRefusedWithNothingWritten();
    void emptyOrderShowsTheServiceError();

private:
    qint64 stock(qint64 productId) { return m_store->inventory().forProduct(productId).first().quantity; }
    std::unique_ptr<Store> m_store;
    Product m_drill;
    Product m_saw;
    qint64 m_customer = 0;
};

void TestNewSaleDialog::init()
{
    QFETCH_GLOBAL(QString, engine);
    m_store = TestDatabases::freshStore(engine);
    const qint64 cat = m_store->categories().create({QStringLiteral("Tools"), {}}).id;
    m_drill = GuiTest::makeProduct(*m_store, QStringLiteral("Drill"), QStringLiteral("TL-1"), 4999, cat, 5);
    m_saw = GuiTest::makeProduct(*m_store, QStringLiteral("Saw"), QStringLiteral("TL-2"), 1950, cat, 1);
    m_customer = m_store->customers().create({QStringLiteral("Ada"), QStringLiteral("ada@example.com"), {}, {}}).id;
}

void TestNewSaleDialog::recordsASaleAndTakesStock()
{
    NewSaleDialog dialog(*m_store);
    dialog.setCustomerId(m_customer);
    dialog.setPlatform(QStringLiteral("eBay"));
    QVERIFY(dialog.addLine(m_drill.id, 2, QStringLiteral("5.00")));
    QVERIFY(dialog.addLine(m_saw.id, 1));
    QCOMPARE(dialog.lineCount(), 2);
    QCOMPARE(dialog.totalCents(), 2 * 4999 - 500 + 1950);
    QVERIFY2(dialog.totalText().contains(QStringLiteral("114.48")), qPrintable(dialog.totalText()));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const Sale sale = m_store->sales().get(dialog.saved().id);
    QCOMPARE(sale.totalAmount.cents(), 2 * 4999 - 500 + 1950);
    QCOMPARE(sale.customerId.value_or(0), m_customer);
    QCOMPARE(sale.platform, QStringLiteral("eBay"));
    QCOMPARE(sale.items.size(), 2);
    QCOMPARE(stock(m_drill.id), 3);
    QCOMPARE(stock(m_saw.id), 0);
}

void TestNewSaleDialog::saleLackingStockIsRefusedWithNothingWritten()
{
    NewSaleDialog dialog(*m_store);
    dialog.setPlatform(QStringLiteral("Website"));
    QVERIFY(dialog.addLine(m_drill.id, 1));
    QVERIFY(dialog.stockWarning().isEmpty());
    QVERIFY(dialog.addLine(m_saw.id, 2)); // only 1 in stock
    // Checked before saving, with the row the service would draw on …
    QVERIFY2(dialog.stockWarning().contains(QStringLiteral("Saw: 2 ordered, 1 available")), qPrintable(dialog.stockWarning()));
    // … and refused by the service on saving.
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY2(!dialog.errors().text(QString()).isEmpty(), "the refusal is shown");
    QCOMPARE(m_store->sales().count(), 0);
    QCOMPARE(stock(m_drill.id), 5);
    QCOMPARE(stock(m_saw.id), 1);
    QCOMPARE(m_store->inventory().history(m_store->inventory().forProduct(m_drill.id).first().id).size(), 1);
}

void TestNewSaleDialog::emptyOrderShowsTheServiceError()
{
    NewSaleDialog dialog(*m_store);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.errors().text(QStringLiteral("items")).isEmpty() || !dialog.errors().text(QString()).isEmpty());
    QCOMPARE(m_store->sales().count(), 0);
}

STOREDESK_DB_TEST_MAIN_WIDGETS(TestNewSaleDialog)
#include "tst_newsaledialog.moc"
