// SPDX-License-Identifier: MIT
#include "guitesthelpers.h"
#include "inventoryhistorymodel.h"
#include "inventorytablemodel.h"
#include "modelroles.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QTest>

/** The stock model (status out/low/ok, low-stock filter, search) and the history model. */
class TestInventoryTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { TestDatabases::addEngineRows(); }
    void init();
    void cleanup() { m_store.reset(); }

    void showsStatusForEveryRow();
    void lowStockOnlyAndSearch();
    void historyNewestFirst();

private:
    int rowOf(const InventoryTableModel &model, const QString &product) const;
    std::unique_ptr<Store> m_store;
};

void TestInventoryTableModel::init()
{
    QFETCH_GLOBAL(QString, engine);
    m_store = TestDatabases::freshStore(engine); // threshold 10
    const qint64 cat = m_store->categories().create({QStringLiteral("Tools"), {}}).id;
    GuiTest::makeProduct(*m_store, QStringLiteral("Plenty"), QStringLiteral("P-1"), 100, cat, 50);
    GuiTest::makeProduct(*m_store, QStringLiteral("Few"), QStringLiteral("F-1"), 100, cat, 10);
    GuiTest::makeProduct(*m_store, QStringLiteral("None"), QStringLiteral("N-1"), 100, cat, 0);
}

int TestInventoryTableModel::rowOf(const InventoryTableModel &model, const QString &product) const
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.value(row, QStringLiteral("product")).toString() == product)
            return row;
    }
    return -1;
}

void TestInventoryTableModel::showsStatusForEveryRow()
{
    InventoryTableModel model(m_store->database());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.refresh();
    QCOMPARE(model.rowCount(), 3);
    const int plenty = rowOf(model, QStringLiteral("Plenty"));
    const int few = rowOf(model, QStringLiteral("Few"));
    const int none = rowOf(model, QStringLiteral("None"));
    QCOMPARE(model.index(plenty, 0).data(ModelRoles::StockStatusRole).toInt(), int(ModelRoles::StockStatus::Ok));
    QCOMPARE(model.index(few, 0).data(ModelRoles::StockStatusRole).toInt(), int(ModelRoles::StockStatus::Low));
    QCOMPARE(model.index(none, 0).data(ModelRoles::StockStatusRole).toInt(), int(ModelRoles::StockStatus::Out));
    QVERIFY(!model.index(plenty, 0).data(Qt::BackgroundRole).isValid());
    QVERIFY(model.index(none, 0).data(Qt::BackgroundRole).value<QBrush>() != model.index(few, 0).data(Qt::BackgroundRole).value<QBrush>());
    QCOMPARE(model.value(few, QStringLiteral("low_stock_threshold")).toLongLong(), 10);
    QCOMPARE(model.index(few, model.fieldIndex(QStringLiteral("channel"))).data().toString(), QStringLiteral("(any)"));
}

void TestInventoryTableModel::lowStockOnlyAndSearch()
{
    InventoryTableModel model(m_store->database());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLowStockOnly(true);
    model.refresh();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(rowOf(model, QStringLiteral("Plenty")), -1);
    model.setSearch(QStringLiteral("n-1"));
    model.refresh();
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.value(0, QStringLiteral("product")).toString(), QStringLiteral("None"));
    model.setLowStockOnly(false);
    model.setSearch(QStringLiteral("e"));
    model.refresh();
    QCOMPARE(model.rowCount(), 3); // Plenty, Few, None all contain an "e"
}

void TestInventoryTableModel::historyNewestFirst()
{
    InventoryTableModel stock(m_store->database());
    stock.refresh();
    const qint64 id = stock.idAt(rowOf(stock, QStringLiteral("Few")));
    m_store->inventory().adjust(id, 5, QStringLiteral("received"));
    m_store->inventory().adjust(id, -2, QStringLiteral("damaged: dropped"));

    InventoryHistoryModel history(m_store->database());
    QAbstractItemModelTester tester(&history, QAbstractItemModelTester::FailureReportingMode::QtTest);
    history.setInventoryId(id);
    history.refresh();
    QCOMPARE(history.rowCount(), 3); // initial stock + two changes
    QCOMPARE(history.value(0, QStringLiteral("change_reason")).toString(), QStringLiteral("damaged: dropped"));
    QCOMPARE(history.value(0, QStringLiteral("change_qty")).toLongLong(), -2);
    QCOMPARE(history.value(0, QStringLiteral("new_quantity")).toLongLong(), 13);
    QCOMPARE(history.value(1, QStringLiteral("previous_quantity")).toLongLong(), 10);
    history.setInventoryId(0);
    history.refresh();
    QCOMPARE(history.rowCount(), 0);
}

STOREDESK_DB_TEST_MAIN_WIDGETS(TestInventoryTableModel)
#include "tst_inventorytablemodel.moc"
