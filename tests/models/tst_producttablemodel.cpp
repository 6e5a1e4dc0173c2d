// SPDX-License-Identifier: MIT
#include "guitesthelpers.h"
#include "modelroles.h"
#include "producttablemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

/** The product list model: search by name/SKU, category filter, SQL sorting, money and stock columns. */
class TestProductTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { TestDatabases::addEngineRows(); }
    void init();
    void cleanup() { m_store.reset(); }

    void listsEveryProductWithCategoryAndStock();
    void searchAndCategoryFilter_data();
    void searchAndCategoryFilter();
    void sortsInSql();

private:
    std::unique_ptr<Store> m_store;
    qint64 m_tools = 0;
    qint64 m_garden = 0;
};

void TestProductTableModel::init()
{
    QFETCH_GLOBAL(QString, engine);
    m_store = TestDatabases::freshStore(engine);
    m_tools = m_store->categories().create({QStringLiteral("Tools"), {}}).id;
    m_garden = m_store->categories().create({QStringLiteral("Garden"), {}}).id;
    GuiTest::makeProduct(*m_store, QStringLiteral("Alpha Drill"), QStringLiteral("TL-DRL-1"), 4999, m_tools, 7);
    GuiTest::makeProduct(*m_store, QStringLiteral("Bravo Saw"), QStringLiteral("TL-SAW-2"), 1950, m_tools);
    GuiTest::makeProduct(*m_store, QStringLiteral("Charlie Hose"), QStringLiteral("GD-HOS-1"), 2500, m_garden, 3);
    GuiTest::makeProduct(*m_store, QStringLiteral("Delta Rake, 100% steel"), QStringLiteral("GD-RAK-2"), 1275, m_garden, 0);
}

void TestProductTableModel::listsEveryProductWithCategoryAndStock()
{
    ProductTableModel model(m_store->database());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.refresh();
    QCOMPARE(model.rowCount(), 4);
    // Sorted by name by default.
    QCOMPARE(model.value(0, QStringLiteral("name")).toString(), QStringLiteral("Alpha Drill"));
    QCOMPARE(model.value(0, QStringLiteral("category")).toString(), QStringLiteral("Tools"));
    QCOMPARE(model.value(0, QStringLiteral("stock")).toLongLong(), 7);
    QCOMPARE(model.value(1, QStringLiteral("stock")).toLongLong(), 0); // no stock row at all
    const QModelIndex price = model.index(0, model.fieldIndex(QStringLiteral("price")));
    QCOMPARE(price.data(ModelRoles::CentsRole).toLongLong(), 4999);
    QCOMPARE(price.data().toString(), QStringLiteral("49.99"));
    QCOMPARE(model.headerData(model.fieldIndex(QStringLiteral("sku")), Qt::Horizontal).toString(), QStringLiteral("SKU"));
    QCOMPARE(model.index(2, 0).data(ModelRoles::IdRole).toLongLong(), model.idAt(2));
}

void TestProductTableModel::searchAndCategoryFilter_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<bool>("garden");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("name") << QStringLiteral("saw") << false << QStringList{QStringLiteral("Bravo Saw")};
    QTest::newRow("sku") << QStringLiteral("gd-") << false
                         << QStringList{QStringLiteral("Charlie Hose"), QStringLiteral("Delta Rake, 100% steel")};
    QTest::newRow("percent is literal") << QStringLiteral("100%") << false << QStringList{QStringLiteral("Delta Rake, 100% steel")};
    QTest::newRow("category") << QString() << true
                              << QStringList{QStringLiteral("Charlie Hose"), QStringLiteral("Delta Rake, 100% steel")};
    QTest::newRow("both") << QStringLiteral("hose") << true << QStringList{QStringLiteral("Charlie Hose")};
    QTest::newRow("none") << QStringLiteral("drill") << true << QStringList{};
}

void TestProductTableModel::searchAndCategoryFilter()
{
    QFETCH(QString, search);
    QFETCH(bool, garden);
    QFETCH(QStringList, names);
    ProductTableModel model(m_store->database());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSearch(search);
    model.setCategoryId(garden ? m_garden : 0);
    model.refresh();
    QStringList shown;
    for (int row = 0; row < model.rowCount(); ++row)
        shown << model.value(row, QStringLiteral("name")).toString();
    QCOMPARE(shown, names);
}

void TestProductTableModel::sortsInSql()
{
    ProductTableModel model(m_store->database());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.refresh();
    model.sort(model.fieldIndex(QStringLiteral("price")), Qt::DescendingOrder);
    QCOMPARE(model.sortField(), QStringLiteral("price"));
    QList<qint64> prices;
    for (int row = 0; row < model.rowCount(); ++row)
        prices << model.index(row, model.fieldIndex(QStringLiteral("price"))).data(ModelRoles::CentsRole).toLongLong();
    QCOMPARE(prices, (QList<qint64>{4999, 2500, 1950, 1275}));
    model.sort(model.fieldIndex(QStringLiteral("stock")), Qt::DescendingOrder);
    QCOMPARE(model.value(0, QStringLiteral("name")).toString(), QStringLiteral("Alpha Drill"));
    model.sort(model.fieldIndex(QStringLiteral("category")), Qt::AscendingOrder);
    QCOMPARE(model.value(0, QStringLiteral("category")).toString(), QStringLiteral("Garden"));
}

STOREDESK_DB_TEST_MAIN_WIDGETS(TestProductTableModel)
#include "tst_producttablemodel.moc"
