// SPDX-License-Identifier: MIT
#include "testdatabases.h"

#include "sqlquery.h"

#include <QTest>

#include <algorithm>

/** ProductService against every engine: the catalogue rules, filters, sorting and deletes. */
class TestProductService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { TestDatabases::addEngineRows(); }
    void init();
    void cleanup() { m_store.reset(); }

    void createWithoutInitialQuantity();
    void createWithInitialQuantity_data();
    void createWithInitialQuantity();
    void createWithUnknownCategoryWritesNothing();
    void createWithInitialQuantityIsOneTransaction();
    void createValidates_data();
    void createValidates();
    void duplicateSkuOnCreate();
    void duplicateSkuOnUpdate();
    void generatedSkuWhenEmpty();
    void priceZeroIsAccepted();
    void partialUpdate();
    void updateValidatesAndFindsCategory();
    void listFilters_data();
    void listFilters();
    void sortColumns_data();
    void sortColumns();
    void pagingAndCount();
    void deleteWithoutSalesRemovesInventoryAndHistory();
    void deleteWithSalesIsRefused();
    void deleteUnknownIsNotFound();
    void priceChangeKeepsPastSaleItems();

private:
    Product makeProduct(const QString &name, const QString &sku, qint64 priceCents, qint64 categoryId,
                        std::optional<qint64> initialQuantity = std::nullopt);
    qint64 scalar(const QString &sql, const QVariantList &values = {});
    qint64 historyRowsFor(qint64 productId);

    std::unique_ptr<Store> m_store;
    qint64 m_tools = 0;
    qint64 m_garden = 0;
};

void TestProductService::init()
{
    QFETCH_GLOBAL(QString, engine);
    StoreConfig config = TestDatabases::defaultConfig();
    // A default threshold the inventory step refuses: the only way to make it fail after the
    // product row is written (the service validates everything else up front).
    if (qstrcmp(QTest::currentTestFunction(), "createWithInitialQuantityIsOneTransaction") == 0)
        config.lowStockThreshold = -1;
    m_store = TestDatabases::freshStore(engine, config);
    m_tools = m_store->categories().create({QStringLiteral("Tools"), QString()}).id;
    m_garden = m_store->categories().create({QStringLiteral("Garden"), QString()}).id;
}

Product TestProductService::makeProduct(const QString &name, const QString &sku, qint64 priceCents, qint64 categoryId,
                                        std::optional<qint64> initialQuantity)
{
    ProductInput input;
    input.name = name;
    input.sku = sku;
    input.price = Money::fromCents(priceCents);
    input.categoryId = categoryId;
    input.initialQuantity = initialQuantity;
    return m_store->products().create(input);
}

qint64 TestProductService::scalar(const QString &sql, const QVariantList &values)
{
    return m_store->database().read([&](Connection &c) {
        SqlQuery q(c, sql);
        for (const QVariant &v : values)
            q.bind(v);
        return q.scalar().toLongLong();
    });
}

qint64 TestProductService::historyRowsFor(qint64 productId)
{
    return scalar(QStringLiteral("SELECT COUNT(*) FROM inventory_history h JOIN inventory i ON i.id = h.inventory_id "
                                 "WHERE i.product_id = ?"),
                  {productId});
}

void TestProductService::createWithoutInitialQuantity()
{
    ProductInput input;
    input.name = QStringLiteral("  Claw Hammer ");
    input.description = QStringLiteral("16 oz, fibreglass handle");
    input.sku = QStringLiteral(" HAM-016 ");
    input.price = Money::fromCents(2499);
    input.categoryId = m_tools;
    const Product created = m_store->products().create(input);
    QVERIFY(created.id > 0);
    QCOMPARE(created.name, QStringLiteral("Claw Hammer"));
    QCOMPARE(created.sku, QStringLiteral("HAM-016"));

    const Product stored = m_store->products().get(created.id);
    QCOMPARE(stored.name, QStringLiteral("Claw Hammer"));
    QCOMPARE(stored.description, QStringLiteral("16 oz, fibreglass handle"));
    QCOMPARE(stored.sku, QStringLiteral("HAM-016"));
    QCOMPARE(stored.price.cents(), qint64(2499));
    QCOMPARE(stored.categoryId, m_tools);
    QVERIFY(stored.createdAt.isValid());
    QCOMPARE(stored.createdAt, created.createdAt);

    QVERIFY(m_store->inventory().forProduct(created.id).isEmpty());
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM inventory")), qint64(0));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM inventory_history")), qint64(0));
}

void TestProductService::createWithInitialQuantity_data()
{
    QTest::addColumn<qint64>("quantity");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("expectedLocation");
    QTest::newRow("25 at main (default)") << qint64(25) << QString() << QStringLiteral("main");
    QTest::newRow("7 at a named location") << qint64(7) << QStringLiteral("Warehouse B") << QStringLiteral("Warehouse B");
    QTest::newRow("0 at main") << qint64(0) << QString() << QStringLiteral("main");
}

void TestProductService::createWithInitialQuantity()
{
    QFETCH(qint64, quantity);
    QFETCH(QString, location);
    QFETCH(QString, expectedLocation);
    ProductInput input;
    input.name = QStringLiteral("Rake");
    input.sku = QStringLiteral("RAKE-1");
    input.price = Money::fromCents(1500);
    input.categoryId = m_garden;
    input.initialQuantity = quantity;
    input.location = location;
    const Product created = m_store->products().create(input);

    const QList<InventoryItem> rows = m_store->inventory().forProduct(created.id);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().quantity, quantity);
    QCOMPARE(rows.first().location, expectedLocation);
    QVERIFY(rows.first().channel.isEmpty());
    QCOMPARE(rows.first().lowStockThreshold, qint64(10)); // the store's default

    // A non-zero initial stock is a change and is recorded; zero stock changes nothing.
    const QList<InventoryHistoryEntry> history = m_store->inventory().history(rows.first().id);
    QCOMPARE(history.size(), quantity > 0 ? 1 : 0);
    if (quantity > 0) {
        QCOMPARE(history.first().previousQuantity, qint64(0));
        QCOMPARE(history.first().newQuantity, quantity);
    }
}

void TestProductService::createWithUnknownCategoryWritesNothing()
{
    ProductInput input;
    input.name = QStringLiteral("Orphan");
    input.sku = QStringLiteral("ORPH-1");
    input.price = Money::fromCents(100);
    input.categoryId = m_garden + 1000;
    input.initialQuantity = 50;
    try {
        m_store->products().create(input);
        QFAIL("a product with an unknown category was created");
    } catch (const StoreError &e) {
        QCOMPARE(e.kind(), StoreError::Kind::NotFound);
        QCOMPARE(e.code(), QStringLiteral("category_not_found"));
    }
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM products")), qint64(0));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM inventory")), qint64(0));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM inventory_history")), qint64(0));
    // The SKU was not taken either.
    input.categoryId = m_garden;
    QCOMPARE(m_store->products().create(input).sku, QStringLiteral("ORPH-1"));
}

void TestProductService::createWithInitialQuantityIsOneTransaction()
{
    ProductInput input;
    input.name = QStringLiteral("Shovel");
    input.sku = QStringLiteral("SHV-1");
    input.price = Money::fromCents(2500);
    input.categoryId = m_garden;
    input.initialQuantity = 12;
    try {
        m_store->products().create(input);
        QFAIL("the inventory step was expected to fail");
    } catch (const StoreError &e) {
        QCOMPARE(e.kind(), StoreError::Kind::Validation);
        QCOMPARE(e.fieldErrors().first().loc, QStringList{QStringLiteral("low_stock_threshold")});
    }
    // The product row written before the failing step was rolled back with it.
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM products")), qint64(0));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM inventory")), qint64(0));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM inventory_history")), qint64(0));
    // Without initial stock there is no inventory step, and the product is created.
    input.initialQuantity.reset();
    QCOMPARE(m_store->products().create(input).sku, QStringLiteral("SHV-1"));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM products")), qint64(1));
}

void TestProductService::createValidates_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<qint64>("priceCents");
    QTest::addColumn<bool>("validCategory");
    QTest::addColumn<qint64>("initialQuantity"); // -1000 = not given
    QTest::addColumn<QStringList>("fields");

    QTest::newRow("negative price") << QStringLiteral("Saw") << qint64(-1) << true << qint64(-1000)
                                    << QStringList{QStringLiteral("price")};
    QTest::newRow("empty name") << QString() << qint64(100) << true << qint64(-1000) << QStringList{QStringLiteral("name")};
    QTest::newRow("blank name") << QStringLiteral("   ") << qint64(100) << true << qint64(-1000)
                                << QStringList{QStringLiteral("name")};
    QTest::newRow("category required") << QStringLiteral("Saw") << qint64(100) << false << qint64(-1000)
                                       << QStringList{QStringLiteral("category_id")};
    QTest::newRow("negative initial quantity") << QStringLiteral("Saw") << qint64(100) << true << qint64(-1)
                                               << QStringList{QStringLiteral("initial_quantity")};
    QTest::newRow("all at once") << QString() << qint64(-500) << false << qint64(-3)
                                 << QStringList{QStringLiteral("name"), QStringLiteral("price"),
                                                QStringLiteral("category_id"), QStringLiteral("initial_quantity")};
}

void TestProductService::createValidates()
{
    QFETCH(QString, name);
    QFETCH(qint64, priceCents);
    QFETCH(bool, validCategory);
    QFETCH(qint64, initialQuantity);
    QFETCH(QStringList, fields);
    ProductInput input;
    input.name = name;
    input.sku = QStringLiteral("VAL-1");
    input.price = Money::fromCents(priceCents);
    input.categoryId = validCategory ? m_tools : 0;
    if (initialQuantity != -1000)
        input.initialQuantity = initialQuantity;
    try {
        m_store->products().create(input);
        QFAIL("invalid input was accepted");
    } catch (const StoreError &e) {
        QCOMPARE(e.kind(), StoreError::Kind::Validation);
        QStringList got;
        for (const FieldError &f : e.fieldErrors())
            got << f.loc.join(u'.');
        got.sort();
        fields.sort();
        QCOMPARE(got, fields);
    }
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM products")), qint64(0));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM inventory")), qint64(0));
}

void TestProductService::duplicateSkuOnCreate()
{
    const Product first = makeProduct(QStringLiteral("Spade"), QStringLiteral("SPD-1"), 1999, m_garden, 5);
    try {
        makeProduct(QStringLiteral("Other spade"), QStringLiteral("SPD-1"), 999, m_tools, 9);
        QFAIL("a duplicate SKU was accepted");
    } catch (const StoreError &e) {
        QCOMPARE(e.kind(), StoreError::Kind::Conflict);
        QCOMPARE(e.code(), QStringLiteral("duplicate_sku"));
    }
    QCOMPARE(m_store->products().count(), qint64(1));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM inventory")), qint64(1));
    QCOMPARE(m_store->products().get(first.id).name, QStringLiteral("Spade"));
    // A different SKU is fine (SKUs differing only in case are different SKUs).
    QVERIFY(makeProduct(QStringLiteral("Spade 2"), QStringLiteral("SPD-2"), 999, m_garden).id > first.id);
}

void TestProductService::duplicateSkuOnUpdate()
{
    const Product a = makeProduct(QStringLiteral("Alpha"), QStringLiteral("A-1"), 100, m_tools);
    const Product b = makeProduct(QStringLiteral("Bravo"), QStringLiteral("B-1"), 200, m_tools);
    ProductPatch patch;
    patch.sku = QStringLiteral("A-1");
    patch.price = Money::fromCents(999);
    try {
        m_store->products().update(b.id, patch);
        QFAIL("an update onto an existing SKU was accepted");
    } catch (const StoreError &e) {
        QCOMPARE(e.kind(), StoreError::Kind::Conflict);
        QCOMPARE(e.code(), QStringLiteral("duplicate_sku"));
    }
    const Product stored = m_store->products().get(b.id);
    QCOMPARE(stored.sku, QStringLiteral("B-1"));
    QCOMPARE(stored.price.cents(), qint64(200)); // the whole update was refused
    QCOMPARE(m_store->products().get(a.id).sku, QStringLiteral("A-1"));

    // Keeping one's own SKU is not a conflict; a free SKU is taken.
    ProductPatch own;
    own.sku = QStringLiteral("B-1");
    own.name = QStringLiteral("Bravo 2");
    QCOMPARE(m_store->products().update(b.id, own).name, QStringLiteral("Bravo 2"));
    ProductPatch free;
    free.sku = QStringLiteral("B-2");
    m_store->products().update(b.id, free);
    QCOMPARE(m_store->products().get(b.id).sku, QStringLiteral("B-2"));
}

void TestProductService::generatedSkuWhenEmpty()
{
    const Product first = makeProduct(QStringLiteral("Trowel"), QString(), 500, m_garden);
    const Product second = makeProduct(QStringLiteral("Trowel XL"), QStringLiteral("   "), 700, m_garden);
    QVERIFY(!first.sku.trimmed().isEmpty());
    QVERIFY(!second.sku.trimmed().isEmpty());
    QVERIFY(first.sku != second.sku);
    QCOMPARE(m_store->products().get(first.id).sku, first.sku);
    QCOMPARE(m_store->products().get(second.id).sku, second.sku);
    // A generated SKU is a real SKU: searchable and protected against duplicates.
    ProductFilter f;
    f.q = second.sku;
    QCOMPARE(m_store->products().list(f).size(), 1);
    QCOMPARE(m_store->products().list(f).first().id, second.id);
    try {
        makeProduct(QStringLiteral("Copy"), first.sku, 1, m_garden);
        QFAIL("a generated SKU could be reused");
    } catch (const StoreError &e) {
        QCOMPARE(e.code(), QStringLiteral("duplicate_sku"));
    }
}

void TestProductService::priceZeroIsAccepted()
{
    const Product free = makeProduct(QStringLiteral("Sticker"), QStringLiteral("FREE-1"), 0, m_tools);
    QCOMPARE(m_store->products().get(free.id).price.cents(), qint64(0));
    ProductPatch negative;
    negative.price = Money::fromCents(-1);
    try {
        m_store->products().update(free.id, negative);
        QFAIL("a negative price was accepted on update");
    } catch (const StoreError &e) {
        QCOMPARE(e.kind(), StoreError::Kind::Validation);
        QCOMPARE(e.fieldErrors().first().loc, QStringList{QStringLiteral("price")});
    }
    QCOMPARE(m_store->products().get(free.id).price.cents(), qint64(0));
}

void TestProductService::partialUpdate()
{
    ProductInput input;
    input.name = QStringLiteral("Drill");
    input.description = QStringLiteral("Cordless");
    input.sku = QStringLiteral("DRL-1");
    input.price = Money::fromCents(8999);
    input.categoryId = m_tools;
    const Product created = m_store->products().create(input);

    ProductPatch price;
    price.price = Money::fromCents(7999);
    Product updated = m_store->products().update(created.id, price);
    QCOMPARE(updated.price.cents(), qint64(7999));
    Product stored = m_store->products().get(created.id);
    QCOMPARE(stored.price.cents(), qint64(7999));
    QCOMPARE(stored.name, QStringLiteral("Drill"));
    QCOMPARE(stored.description, QStringLiteral("Cordless"));
    QCOMPARE(stored.sku, QStringLiteral("DRL-1"));
    QCOMPARE(stored.categoryId, m_tools);

    ProductPatch nameAndCategory;
    nameAndCategory.name = QStringLiteral(" Garden Drill ");
    nameAndCategory.categoryId = m_garden;
    m_store->products().update(created.id, nameAndCategory);
    stored = m_store->products().get(created.id);
    QCOMPARE(stored.name, QStringLiteral("Garden Drill"));
    QCOMPARE(stored.categoryId, m_garden);
    QCOMPARE(stored.price.cents(), qint64(7999));
    QCOMPARE(stored.description, QStringLiteral("Cordless"));

    ProductPatch description;
    description.description = QString();
    m_store->products().update(created.id, description);
    stored = m_store->products().get(created.id);
    QVERIFY(stored.description.isEmpty());
    QCOMPARE(stored.name, QStringLiteral("Garden Drill"));
    QCOMPARE(stored.createdAt, created.createdAt);
}

void TestProductService::updateValidatesAndFindsCategory()
{
    const Product p = makeProduct(QStringLiteral("Level"), QStringLiteral("LVL-1"), 1200, m_tools);
    ProductPatch unknownCategory;
    unknownCategory.categoryId = m_garden + 1000;
    try {
        m_store->products().update(p.id, unknownCategory);
        QFAIL("an unknown category was accepted on update");
    } catch (const StoreError &e) {
        QCOMPARE(e.kind(), StoreError::Kind::NotFound);
        QCOMPARE(e.code(), QStringLiteral("category_not_found"));
    }
    QCOMPARE(m_store->products().get(p.id).categoryId, m_tools);

    ProductPatch bad;
    bad.name = QStringLiteral(" ");
    bad.sku = QString();
    bad.price = Money::fromCents(-5);
    bad.categoryId = 0;
    try {
        m_store->products().update(p.id, bad);
        QFAIL("an invalid update was accepted");
    } catch (const StoreError &e) {
        QCOMPARE(e.kind(), StoreError::Kind::Validation);
        QStringList got;
        for (const FieldError &f : e.fieldErrors())
            got << f.loc.join(u'.');
        got.sort();
        QCOMPARE(got, (QStringList{QStringLiteral("category_id"), QStringLiteral("name"), QStringLiteral("price"),
                                   QStringLiteral("sku")}));
    }
    try {
        ProductPatch rename;
        rename.name = QStringLiteral("Ghost");
        m_store->products().update(p.id + 1000, rename);
        QFAIL("an unknown product was updated");
    } catch (const StoreError &e) {
        QCOMPARE(e.kind(), StoreError::Kind::NotFound);
    }
    const Product stored = m_store->products().get(p.id);
    QCOMPARE(stored.name, QStringLiteral("Level"));
    QCOMPARE(stored.sku, QStringLiteral("LVL-1"));
}

namespace {

/** The catalogue listFilters() searches: name, SKU, price (cents), in Tools (true) or Garden. */
struct Row
{
    const char *name;
    const char *sku;
    qint64 cents;
    bool tools;
};

QStringList skuList(std::initializer_list<const char *> skus)
{
    QStringList list;
    for (const char *sku : skus)
        list << QString::fromUtf8(sku);
    return list;
}

const Row kCatalogue[] = {
    {"Claw Hammer", "HAM-100", 2499, true},
    {"Sledge hammer", "HAM-200", 5999, true},
    {"Garden Hose 50%", "HOSE_50", 3450, false},
    {"Garden Hose 25ft", "HOSE-25", 1999, false},
    {"Seed Mix", "hamper-7", 499, false},
    {"Pruning Shears", "PRN!1", 1999, true},
    {"Back\\slash Tool", "BS-1", 100, true},
    {"Planter 500", "PLT-500", 3999, false},
};

} // namespace

void TestProductService::listFilters_data()
{
    QTest::addColumn<QString>("q");
    QTest::addColumn<int>("category"); // 0 = none, 1 = Tools, 2 = Garden
    QTest::addColumn<qint64>("minCents"); // -1 = none
    QTest::addColumn<qint64>("maxCents"); // -1 = none
    QTest::addColumn<QStringList>("skus"); // expected, in id order

    QTest::newRow("no filter") << QString() << 0 << qint64(-1) << qint64(-1)
                               << skuList({"HAM-100", "HAM-200", "HOSE_50", "HOSE-25", "hamper-7", "PRN!1", "BS-1", "PLT-500"});
    QTest::newRow("category Tools") << QString() << 1 << qint64(-1) << qint64(-1)
                                    << skuList({"HAM-100", "HAM-200", "PRN!1", "BS-1"});
    QTest::newRow("category Garden") << QString() << 2 << qint64(-1) << qint64(-1)
                                     << skuList({"HOSE_50", "HOSE-25", "hamper-7", "PLT-500"});
    QTest::newRow("q matches name or SKU, any case") << QStringLiteral("HaMmEr") << 0 << qint64(-1) << qint64(-1)
                                                     << skuList({"HAM-100", "HAM-200"});
    QTest::newRow("q matches SKU only") << QStringLiteral("ham") << 0 << qint64(-1) << qint64(-1)
                                        << skuList({"HAM-100", "HAM-200", "hamper-7"});
    QTest::newRow("q with % is literal") << QStringLiteral("50%") << 0 << qint64(-1) << qint64(-1)
                                         << skuList({"HOSE_50"});
    QTest::newRow("q with only %") << QStringLiteral("%") << 0 << qint64(-1) << qint64(-1) << skuList({"HOSE_50"});
    QTest::newRow("q with _ is literal") << QStringLiteral("hose_") << 0 << qint64(-1) << qint64(-1)
                                         << skuList({"HOSE_50"});
    QTest::newRow("q with only _") << QStringLiteral("_") << 0 << qint64(-1) << qint64(-1) << skuList({"HOSE_50"});
    QTest::newRow("q with the escape character") << QStringLiteral("n!1") << 0 << qint64(-1) << qint64(-1)
                                                 << skuList({"PRN!1"});
    QTest::newRow("q with a backslash") << QStringLiteral("k\\s") << 0 << qint64(-1) << qint64(-1)
                                        << skuList({"BS-1"});
    QTest::newRow("q matches nothing") << QStringLiteral("xyz") << 0 << qint64(-1) << qint64(-1) << QStringList{};
    QTest::newRow("min price inclusive") << QString() << 0 << qint64(3450) << qint64(-1)
                                         << skuList({"HAM-200", "HOSE_50", "PLT-500"});
    QTest::newRow("max price inclusive") << QString() << 0 << qint64(-1) << qint64(1999)
                                         << skuList({"HOSE-25", "hamper-7", "PRN!1", "BS-1"});
    QTest::newRow("price range") << QString() << 0 << qint64(1999) << qint64(2499)
                                 << skuList({"HAM-100", "HOSE-25", "PRN!1"});
    QTest::newRow("everything combined") << QStringLiteral("hose") << 2 << qint64(2000) << qint64(4000)
                                         << skuList({"HOSE_50"});
}

void TestProductService::listFilters()
{
    QFETCH(QString, q);
    QFETCH(int, category);
    QFETCH(qint64, minCents);
    QFETCH(qint64, maxCents);
    QFETCH(QStringList, skus);
    for (const Row &row : kCatalogue)
        makeProduct(QString::fromUtf8(row.name), QString::fromUtf8(row.sku), row.cents, row.tools ? m_tools : m_garden);

    ProductFilter f;
    f.q = q;
    if (category)
        f.categoryId = category == 1 ? m_tools : m_garden;
    if (minCents >= 0)
        f.minPrice = Money::fromCents(minCents);
    if (maxCents >= 0)
        f.maxPrice = Money::fromCents(maxCents);
    QStringList got;
    for (const Product &p : m_store->products().list(f))
        got << p.sku;
    // The expectations above list the catalogue's order, which is id order.
    QStringList expected;
    for (const Row &row : kCatalogue)
        if (skus.contains(QString::fromUtf8(row.sku)))
            expected << QString::fromUtf8(row.sku);
    QCOMPARE(expected.size(), skus.size());
    QCOMPARE(got, expected);
    QCOMPARE(m_store->products().count(f), qint64(skus.size()));
}

void TestProductService::sortColumns_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<bool>("descending");
    for (const char *column : {"id", "name", "sku", "price", "category_id"}) {
        QTest::addRow("%s asc", column) << QString::fromLatin1(column) << false;
        QTest::addRow("%s desc", column) << QString::fromLatin1(column) << true;
    }
}

void TestProductService::sortColumns()
{
    QFETCH(QString, column);
    QFETCH(bool, descending);
    // Distinct values in every sorted column; names and SKUs in one case so every collation agrees.
    struct Item { QString name; QString sku; qint64 cents; qint64 category; qint64 id = 0; };
    QList<Item> items{{QStringLiteral("Delta"), QStringLiteral("S-300"), 1500, m_tools},
                      {QStringLiteral("Alpha"), QStringLiteral("S-500"), 250, m_garden},
                      {QStringLiteral("Echo"), QStringLiteral("S-100"), 99999, m_tools},
                      {QStringLiteral("Charlie"), QStringLiteral("S-400"), 1000, m_garden},
                      {QStringLiteral("Bravo"), QStringLiteral("S-200"), 5, m_tools}};
    for (Item &item : items)
        item.id = makeProduct(item.name, item.sku, item.cents, item.category).id;

    // Ties (category_id) break by id in the same direction.
    auto key = [&](const Item &a, const Item &b) {
        if (column == u"name")
            return a.name < b.name;
        if (column == u"sku")
            return a.sku < b.sku;
        if (column == u"price")
            return a.cents < b.cents;
        if (column == u"category_id")
            return a.category != b.category ? a.category < b.category : a.id < b.id;
        return a.id < b.id;
    };
    QList<Item> expected = items;
    std::sort(expected.begin(), expected.end(), key);
    if (descending)
        std::reverse(expected.begin(), expected.end());
    QList<qint64> expectedIds;
    for (const Item &item : expected)
        expectedIds << item.id;

    ProductFilter f;
    f.sortColumn = column;
    f.sortDescending = descending;
    QList<qint64> got;
    for (const Product &p : m_store->products().list(f))
        got << p.id;
    QCOMPARE(got, expectedIds);
}

void TestProductService::pagingAndCount()
{
    QList<qint64> ids;
    for (int i = 0; i < 7; ++i)
        ids << makeProduct(QStringLiteral("Item %1").arg(i), QStringLiteral("PG-%1").arg(i), 100 + i, i < 5 ? m_tools : m_garden).id;
    ProductFilter f;
    f.page.limit = 3;
    QList<qint64> seen;
    for (qint64 skip : {0, 3, 6, 9}) {
        f.page.skip = skip;
        const QList<Product> page = m_store->products().list(f);
        QCOMPARE(page.size(), int(std::clamp<qint64>(7 - skip, 0, 3)));
        for (const Product &p : page)
            seen << p.id;
        QCOMPARE(m_store->products().count(f), qint64(7)); // paging does not change the count
    }
    QCOMPARE(seen, ids);

    ProductFilter tools;
    tools.categoryId = m_tools;
    tools.page.skip = 3;
    tools.page.limit = 10;
    const QList<Product> rest = m_store->products().list(tools);
    QCOMPARE(rest.size(), 2);
    QCOMPARE(rest.at(0).id, ids.at(3));
    QCOMPARE(rest.at(1).id, ids.at(4));
    QCOMPARE(m_store->products().count(tools), qint64(5));
}

void TestProductService::deleteWithoutSalesRemovesInventoryAndHistory()
{
    const Product doomed = makeProduct(QStringLiteral("Doomed"), QStringLiteral("DEL-1"), 1000, m_tools, 20);
    const Product kept = makeProduct(QStringLiteral("Kept"), QStringLiteral("KEEP-1"), 1000, m_tools, 30);
    // A second row (reserved for a channel) and some more history on the doomed product.
    const InventoryItem reserved =
        m_store->inventory().create({doomed.id, 5, QString(), QStringLiteral("Amazon"), std::nullopt, QString()});
    const qint64 mainRow = m_store->inventory().forProduct(doomed.id).first().id;
    m_store->inventory().adjust(mainRow, -3, QStringLiteral("damaged"));
    m_store->inventory().adjust(reserved.id, +2, QStringLiteral("received"));
    const qint64 keptRow = m_store->inventory().forProduct(kept.id).first().id;
    m_store->inventory().adjust(keptRow, -1, QStringLiteral("damaged"));
    QCOMPARE(historyRowsFor(doomed.id), qint64(4));
    QCOMPARE(historyRowsFor(kept.id), qint64(2));

    m_store->products().remove(doomed.id);

    try {
        m_store->products().get(doomed.id);
        QFAIL("a deleted product was still found");
    } catch (const StoreError &e) {
        QCOMPARE(e.kind(), StoreError::Kind::NotFound);
    }
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM inventory WHERE product_id = ?"), {doomed.id}), qint64(0));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM inventory_history WHERE inventory_id IN (?, ?)"),
                    {mainRow, reserved.id}),
             qint64(0));
    // The other product keeps everything.
    QCOMPARE(m_store->products().count(), qint64(1));
    QCOMPARE(m_store->inventory().get(keptRow).quantity, qint64(29));
    QCOMPARE(historyRowsFor(kept.id), qint64(2));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM inventory")), qint64(1));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM inventory_history")), qint64(2));
}

void TestProductService::deleteWithSalesIsRefused()
{
    const Product sold = makeProduct(QStringLiteral("Sold"), QStringLiteral("SOLD-1"), 1000, m_tools, 10);
    SaleInput sale;
    sale.platform = QStringLiteral("Website");
    sale.items << SaleItemInput{sold.id, 2, std::nullopt, Money()};
    m_store->sales().create(sale);
    const qint64 rowId = m_store->inventory().forProduct(sold.id).first().id;
    const qint64 historyBefore = historyRowsFor(sold.id);
    QCOMPARE(historyBefore, qint64(2));

    try {
        m_store->products().remove(sold.id);
        QFAIL("a product with sales was deleted");
    } catch (const StoreError &e) {
        QCOMPARE(e.kind(), StoreError::Kind::Conflict);
        QCOMPARE(e.code(), QStringLiteral("has_sales"));
    }
    QCOMPARE(m_store->products().get(sold.id).sku, QStringLiteral("SOLD-1"));
    QCOMPARE(m_store->inventory().get(rowId).quantity, qint64(8));
    QCOMPARE(historyRowsFor(sold.id), historyBefore);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM sale_items WHERE product_id = ?"), {sold.id}), qint64(1));
}

void TestProductService::deleteUnknownIsNotFound()
{
    const Product p = makeProduct(QStringLiteral("Only"), QStringLiteral("ONLY-1"), 1, m_tools);
    try {
        m_store->products().remove(p.id + 1000);
        QFAIL("an unknown product was deleted");
    } catch (const StoreError &e) {
        QCOMPARE(e.kind(), StoreError::Kind::NotFound);
    }
    QCOMPARE(m_store->products().count(), qint64(1));
}

void TestProductService::priceChangeKeepsPastSaleItems()
{
    const Product p = makeProduct(QStringLiteral("Lamp"), QStringLiteral("LAMP-1"), 1234, m_tools, 10);
    SaleInput input;
    input.platform = QStringLiteral("Shopify");
    input.items << SaleItemInput{p.id, 3, std::nullopt, Money()};
    const Sale before = m_store->sales().create(input);
    QCOMPARE(before.items.first().unitPrice.cents(), qint64(1234));
    QCOMPARE(before.totalAmount.cents(), qint64(3 * 1234));

    ProductPatch patch;
    patch.price = Money::fromCents(9999);
    m_store->products().update(p.id, patch);
    QCOMPARE(m_store->products().get(p.id).price.cents(), qint64(9999));

    const Sale after = m_store->sales().get(before.id);
    QCOMPARE(after.items.size(), 1);
    QCOMPARE(after.items.first().unitPrice.cents(), qint64(1234));
    QCOMPARE(after.totalAmount.cents(), qint64(3 * 1234));
    QCOMPARE(scalar(QStringLiteral("SELECT unit_price FROM sale_items WHERE sale_id = ?"), {before.id}), qint64(1234));

    // New sales use the new price.
    const Sale next = m_store->sales().create(input);
    QCOMPARE(next.items.first().unitPrice.cents(), qint64(9999));
    QCOMPARE(m_store->sales().get(before.id).items.first().unitPrice.cents(), qint64(1234));
}

STOREDESK_DB_TEST_MAIN(TestProductService)
#include "tst_productservice.moc"
