// SPDX-License-Identifier: MIT
#include "categorytablemodel.h"
#include "customertablemodel.h"
#include "guitesthelpers.h"
#include "modelroles.h"
#include "saleitemsmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

/** The customer list model (search, sort) — and the small category and order-line models. */
class TestCustomerTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { TestDatabases::addEngineRows(); }
    void init();
    void cleanup() { m_store.reset(); }

    void searchesNameAndEmail();
    void categoriesCountTheirProducts();
    void saleItemsShowLineTotals();

private:
    std::unique_ptr<Store> m_store;
};

void TestCustomerTableModel::init()
{
    QFETCH_GLOBAL(QString, engine);
    m_store = TestDatabases::freshStore(engine);
    m_store->customers().create({QStringLiteral("Zoë Müller"), QStringLiteral("zoe@example.com"), {}, {}});
    m_store->customers().create({QStringLiteral("Adam Smith"), QStringLiteral("adam@shop.test"), {}, {}});
    m_store->customers().create({QStringLiteral("Berta Example"), {}, QStringLiteral("+49 30 1234"), {}});
}

void TestCustomerTableModel::searchesNameAndEmail()
{
    CustomerTableModel model(m_store->database());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.refresh();
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.value(0, QStringLiteral("name")).toString(), QStringLiteral("Adam Smith")); // by name
    model.setSearch(QStringLiteral("example"));
    model.refresh();
    QCOMPARE(model.rowCount(), 2); // Berta by name, Zoë by e-mail
    model.setSearch(QStringLiteral("ZOË"));
    model.refresh();
    QCOMPARE(model.rowCount(), 1);
    model.setSearch(QString());
    model.sort(model.fieldIndex(QStringLiteral("name")), Qt::DescendingOrder);
    QCOMPARE(model.value(0, QStringLiteral("name")).toString(), QStringLiteral("Zoë Müller"));
}

void TestCustomerTableModel::categoriesCountTheirProducts()
{
    const qint64 tools = m_store->categories().create({QStringLiteral("Tools"), QStringLiteral("Hand tools")}).id;
    m_store->categories().create({QStringLiteral("Garden"), {}});
    GuiTest::makeProduct(*m_store, QStringLiteral("Drill"), QStringLiteral("D-1"), 100, tools);
    GuiTest::makeProduct(*m_store, QStringLiteral("Saw"), QStringLiteral("S-1"), 100, tools);
    CategoryTableModel model(m_store->database());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.refresh();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.value(0, QStringLiteral("name")).toString(), QStringLiteral("Garden"));
    QCOMPARE(model.value(0, QStringLiteral("products")).toLongLong(), 0);
    QCOMPARE(model.value(1, QStringLiteral("products")).toLongLong(), 2);
    QCOMPARE(model.value(1, QStringLiteral("description")).toString(), QStringLiteral("Hand tools"));
}

void TestCustomerTableModel::saleItemsShowLineTotals()
{
    const qint64 cat = m_store->categories().create({QStringLiteral("Tools"), {}}).id;
    const Product drill = GuiTest::makeProduct(*m_store, QStringLiteral("Drill"), QStringLiteral("D-1"), 4999, cat, 10);
    const Product saw = GuiTest::makeProduct(*m_store, QStringLiteral("Saw"), QStringLiteral("S-1"), 1950, cat, 10);
    SaleInput input;
    input.platform = QStringLiteral("Website");
    input.items << SaleItemInput{drill.id, 2, std::nullopt, Money::fromCents(500)} << SaleItemInput{saw.id, 1, std::nullopt, {}};
    const Sale sale = m_store->sales().create(input);

    SaleItemsModel model(m_store->database());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSaleId(sale.id);
    model.refresh();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.value(0, QStringLiteral("product")).toString(), QStringLiteral("Drill"));
    const QModelIndex total = model.index(0, model.fieldIndex(QStringLiteral("line_total")));
    QCOMPARE(total.data(ModelRoles::CentsRole).toLongLong(), 2 * 4999 - 500);
    QCOMPARE(total.data().toString(), QStringLiteral("94.98"));
    QCOMPARE(model.index(1, model.fieldIndex(QStringLiteral("line_total"))).data(ModelRoles::CentsRole).toLongLong(), 1950);
}

STOREDESK_DB_TEST_MAIN_WIDGETS(TestCustomerTableModel)
#include "tst_customertablemodel.moc"
