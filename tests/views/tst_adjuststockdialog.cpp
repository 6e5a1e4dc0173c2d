// SPDX-License-Identifier: MIT
#include "adjuststockdialog.h"
#include "formerrors.h"
#include "guitesthelpers.h"

#include <QTest>

/** Adjusting stock writes the change and its history row through InventoryService; refusals show inline. */
class TestAdjustStockDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { TestDatabases::addEngineRows(); }
    void init();
    void cleanup() { m_store.reset(); }

    void deltaWritesHistory();
    void newQuantityWritesHistory();
    void belowZeroIsRefusedAndNothingWritten();

private:
    std::unique_ptr<Store> m_store;
    qint64 m_row = 0;
};

void TestAdjustStockDialog::init()
{
    QFETCH_GLOBAL(QString, engine);
    m_store = TestDatabases::freshStore(engine);
    const qint64 cat = m_store->categories().create({QStringLiteral("Tools"), {}}).id;
    const Product p = GuiTest::makeProduct(*m_store, QStringLiteral("Drill"), QStringLiteral("TL-1"), 4999, cat, 20);
    m_row = m_store->inventory().forProduct(p.id).first().id;
}

void TestAdjustStockDialog::deltaWritesHistory()
{
    AdjustStockDialog dialog(*m_store, m_row);
    dialog.setMode(AdjustStockDialog::Mode::Delta);
    dialog.setAmount(15);
    dialog.setReason(QStringLiteral("received"));
    dialog.setNote(QStringLiteral("PO 4711"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(m_store->inventory().get(m_row).quantity, 35);
    const QList<InventoryHistoryEntry> history = m_store->inventory().history(m_row);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.first().previousQuantity, 20);
    QCOMPARE(history.first().newQuantity, 35);
    QCOMPARE(history.first().changeReason, QStringLiteral("received: PO 4711"));
}

void TestAdjustStockDialog::newQuantityWritesHistory()
{
    AdjustStockDialog dialog(*m_store, m_row);
    dialog.setMode(AdjustStockDialog::Mode::NewQuantity);
    dialog.setAmount(7);
    dialog.setReason(QStringLiteral("stock count"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.saved().quantity, 7);
    const QList<InventoryHistoryEntry> history = m_store->inventory().history(m_row);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.first().changeQty(), -13);
    QCOMPARE(history.first().changeReason, QStringLiteral("stock count"));
}

void TestAdjustStockDialog::belowZeroIsRefusedAndNothingWritten()
{
    AdjustStockDialog dialog(*m_store, m_row);
    dialog.setMode(AdjustStockDialog::Mode::Delta);
    dialog.setAmount(-21);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.errors().text(QString()).isEmpty()); // the service's insufficient-stock message
    dialog.setAmount(0);
    dialog.accept();
    QVERIFY(!dialog.errors().text(QStringLiteral("delta")).isEmpty()); // delta must not be 0
    QCOMPARE(m_store->inventory().get(m_row).quantity, 20);
    QCOMPARE(m_store->inventory().history(m_row).size(), 1);
}

STOREDESK_DB_TEST_MAIN_WIDGETS(TestAdjustStockDialog)
#include "tst_adjuststockdialog.moc"
