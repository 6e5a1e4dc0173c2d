// SPDX-License-Identifier: MIT
#include "apitestclient.h"
#include "testdatabases.h"

#include "connection.h"
#include "database.h"

#include <QSqlQuery>
#include <QTest>

#include <algorithm>

namespace {

const QString kBase = QStringLiteral("/api/v1/sales");

QStringList sortedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

QStringList keyList(std::initializer_list<const char *> names)
{
    QStringList keys;
    for (const char *n : names)
        keys << QString::fromLatin1(n);
    keys.sort();
    return keys;
}

const QStringList kSaleKeys = keyList({"id", "order_number", "order_date", "customer_id", "total_amount", "platform",
                                       "status", "created_at", "updated_at", "customer", "sale_items"});
const QStringList kCustomerKeys = keyList({"id", "name", "email", "phone", "address", "created_at", "updated_at"});
const QStringList kItemKeys = keyList({"id", "sale_id", "product_id", "quantity", "unit_price", "discount",
                                       "line_total", "created_at", "product"});
const QStringList kProductKeys = keyList({"id", "name", "description", "sku", "price", "category_id", "created_at",
                                          "updated_at", "category"});
const QStringList kCategoryKeys = keyList({"id", "name", "description", "created_at", "updated_at"});
const QStringList kLineKeys = keyList({"id", "product_id", "channel", "quantity", "price", "sale_date"});

/** A JSON money value in cents (the API sends numbers with at most two decimals). */
qint64 cents(const QJsonValue &value)
{
    return qRound64(value.toDouble() * 100.0);
}

qint64 idOf(const QJsonValue &value)
{
    return value.toObject().value(QStringLiteral("id")).toInteger();
}

QList<qint64> ids(const QJsonArray &array)
{
    QList<qint64> result;
    for (const QJsonValue &v : array)
        result << idOf(v);
    return result;
}

QDateTime parsed(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODate);
}

/** The "loc" arrays of a 422 body, each as a compact JSON string, sorted. */
QStringList locs(const ApiReply &reply)
{
    QStringList result;
    for (const QJsonValue &e : reply.object().value(QStringLiteral("detail")).toArray()) {
        const QJsonArray loc = e.toObject().value(QStringLiteral("loc")).toArray();
        result << QString::fromUtf8(QJsonDocument(loc).toJson(QJsonDocument::Compact));
    }
    result.sort();
    return result;
}

QJsonObject item(qint64 productId, qint64 quantity)
{
    return {{QStringLiteral("product_id"), productId}, {QStringLiteral("quantity"), quantity}};
}

QString pct(const QString &text)
{
    return QString::fromUtf8(QUrl::toPercentEncoding(text));
}

/** An order body: platform and items, plus @p extra fields. */
QJsonObject order(const QString &platform, const QJsonArray &items, QJsonObject extra = {})
{
    extra.insert(QStringLiteral("platform"), platform);
    extra.insert(QStringLiteral("items"), items);
    return extra;
}

/** Sorted compact JSON strings of locs, e.g. {R"(["body","name"])"}. */
QStringList locList(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *s : list)
        result << QString::fromUtf8(s);
    result.sort();
    return result;
}

const QList<QPair<QByteArray, QByteArray>> kJson{{"Content-Type", "application/json"}};

} // namespace

/**
 * /api/v1/sales and the compact /sales over real HTTP on every engine: the nested order shape,
 * stock taken and restored, all-or-nothing failures, filters, paging, sorting and errors.
 */
class TestSaleRoutes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { TestDatabases::addEngineRows(); }
    void cleanup();

    void createReturns201WithFullNestedShape();
    void createWalkInWithDateOnlyInStoreZone();
    void createWithMatchingTotalAndStatus();
    void totalAmountMismatchIs422AndWritesNothing();
    void insufficientStockIs409AndWritesNothing();
    void stockComesFromPlatformRow();
    void unknownCustomerOrProductIs404_data();
    void unknownCustomerOrProductIs404();
    void duplicateOrderNumberIs409();
    void invalidBodiesAre422_data();
    void invalidBodiesAre422();
    void getByIdAndUnknownIs404();
    void getByOrderNumber_data();
    void getByOrderNumber();
    void listDefaultNewestFirstWithNestedObjects();
    void listFilters_data();
    void listFilters();
    void listDateRangeUsesStoreZone();
    void listPagesWithTotalCount();
    void listSorts_data();
    void listSorts();
    void invalidQueryIs422();
    void cancelRestoresStockAndReinstatingTakesIt();
    void reinstatingWithoutStockIs409();
    void updateFieldsAndWalkIn();
    void updateErrors();
    void unsupportedMethodsAre405();
    void compactLinesOnePerActiveLine();
    void compactLinesFilterAndPage_data();
    void compactLinesFilterAndPage();
    void compactLinesInvalidQueryIs422();

private:
    void start(StoreConfig config = TestDatabases::defaultConfig());
    /** Two categories, three products (100 in stock at main each), two customers. */
    void seedCatalogue(qint64 stock = 100);
    /** Records five orders over the API (see the body) into m_orders; check QTest::currentTestFailed() after. */
    void seedOrders();
    QJsonObject createSale(const QJsonObject &body);
    qint64 mainStock(qint64 productId);
    qint64 rowCount(const QString &table);
    /** @p query with %alice, %bob, %hammer, %saw, %kite, %tools and %toys replaced by their ids. */
    QString withIds(QString query) const;

    std::unique_ptr<Store> m_store;
    std::unique_ptr<ApiTestClient> m_client;
    Category m_tools, m_toys;
    Product m_hammer, m_saw, m_kite; // hammer, saw: tools; kite: toys
    Customer m_alice, m_bob;
    QList<QJsonObject> m_orders;
};

void TestSaleRoutes::start(StoreConfig config)
{
    QFETCH_GLOBAL(QString, engine);
    m_store = TestDatabases::freshStore(engine, config);
    m_client = std::make_unique<ApiTestClient>(*m_store);
}

void TestSaleRoutes::cleanup()
{
    m_client.reset();
    m_store.reset();
    m_orders.clear();
}

void TestSaleRoutes::seedCatalogue(qint64 stock)
{
    m_tools = m_store->categories().create({QStringLiteral("Tools"), QStringLiteral("Hand tools")});
    m_toys = m_store->categories().create({QStringLiteral("Toys"), QString()});
    auto product = [&](const QString &name, const QString &sku, qint64 priceCents, qint64 categoryId) {
        ProductInput in;
        in.name = name;
        in.sku = sku;
        in.description = name + QStringLiteral(" description");
        in.price = Money::fromCents(priceCents);
        in.categoryId = categoryId;
        in.initialQuantity = stock;
        return m_store->products().create(in);
    };
    m_hammer = product(QStringLiteral("Hammer"), QStringLiteral("TL-1"), 1250, m_tools.id);
    m_saw = product(QStringLiteral("Saw"), QStringLiteral("TL-2"), 2999, m_tools.id);
    m_kite = product(QStringLiteral("Kite"), QStringLiteral("TY-1"), 899, m_toys.id);
    m_alice = m_store->customers().create(
        {QStringLiteral("Alice"), QStringLiteral("alice@example.com"), QStringLiteral("1"), QStringLiteral("A St")});
    m_bob = m_store->customers().create({QStringLiteral("Bob"), QString(), QString(), QString()});
}

QJsonObject TestSaleRoutes::createSale(const QJsonObject &body)
{
    const ApiReply r = m_client->post(kBase + u'/', body);
    if (r.status != 201) {
        qWarning() << "POST /sales answered" << r.status << r.body;
        return {};
    }
    return r.object();
}

qint64 TestSaleRoutes::mainStock(qint64 productId)
{
    for (const InventoryItem &row : m_store->inventory().forProduct(productId)) {
        if (row.location == u"main" && row.channel.isEmpty())
            return row.quantity;
    }
    return -1;
}

qint64 TestSaleRoutes::rowCount(const QString &table)
{
    return m_store->database().read([&](Connection &c) {
        QSqlQuery q(c.database());
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !q.next())
            return qint64(-1);
        return q.value(0).toLongLong();
    });
}

QString TestSaleRoutes::withIds(QString query) const
{
    const QList<QPair<QString, qint64>> ids{{QStringLiteral("%alice"), m_alice.id}, {QStringLiteral("%bob"), m_bob.id},
                                            {QStringLiteral("%hammer"), m_hammer.id},
                                            {QStringLiteral("%saw"), m_saw.id},
                                            {QStringLiteral("%kite"), m_kite.id},
                                            {QStringLiteral("%tools"), m_tools.id},
                                            {QStringLiteral("%toys"), m_toys.id}};
    for (const auto &[name, id] : ids)
        query.replace(name, QString::number(id));
    return query;
}

void TestSaleRoutes::seedOrders()
{
    seedCatalogue();
    struct Spec
    {
        const char *date;
        const char *platform;
        std::optional<qint64> customer;
        QList<QPair<qint64, qint64>> lines; // product, quantity
        const char *status;
    };
    const QList<Spec> specs{
        {"2025-01-10T10:00:00Z", "Amazon", m_alice.id, {{m_hammer.id, 2}}, "pending"},
        {"2025-01-15T23:30:00Z", "eBay", std::nullopt, {{m_kite.id, 1}}, "completed"},
        {"2025-01-20T00:00:00Z", "Amazon", m_bob.id, {{m_hammer.id, 1}, {m_kite.id, 3}}, "shipped"},
        {"2025-02-01T12:00:00Z", "Website", m_alice.id, {{m_saw.id, 1}}, "cancelled"},
        {"2025-02-03T08:15:00Z", "Website", m_bob.id, {{m_saw.id, 2}, {m_hammer.id, 1}}, "refunded"},
    };
    for (const Spec &spec : specs) {
        QJsonArray items;
        for (const auto &[product, quantity] : spec.lines)
            items.append(item(product, quantity));
        QJsonObject body{{QStringLiteral("platform"), QString::fromLatin1(spec.platform)},
                         {QStringLiteral("order_date"), QString::fromLatin1(spec.date)},
                         {QStringLiteral("status"), QString::fromLatin1(spec.status)},
                         {QStringLiteral("items"), items}};
        if (spec.customer)
            body.insert(QStringLiteral("customer_id"), *spec.customer);
        const QJsonObject sale = createSale(body);
        QVERIFY(!sale.isEmpty());
        m_orders << sale;
    }
    QCOMPARE(m_orders.size(), 5);
}

void TestSaleRoutes::createReturns201WithFullNestedShape()
{
    start();
    seedCatalogue();
    const qint64 hammerBefore = mainStock(m_hammer.id), sawBefore = mainStock(m_saw.id);
    QCOMPARE(hammerBefore, qint64(100));
    const QJsonObject body{
        {QStringLiteral("customer_id"), m_alice.id},
        {QStringLiteral("platform"), QStringLiteral("Shopify")},
        {QStringLiteral("order_date"), QStringLiteral("2025-03-10T12:30:00+02:00")},
        {QStringLiteral("order_number"), QStringLiteral("ORD-1")},
        {QStringLiteral("items"),
         QJsonArray{QJsonObject{{QStringLiteral("product_id"), m_saw.id}, {QStringLiteral("quantity"), 3},
                                {QStringLiteral("unit_price"), 19.99}, {QStringLiteral("discount"), 5}},
                    item(m_hammer.id, 2)}}};
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const ApiReply r = m_client->post(kBase + u'/', body);
    QCOMPARE(r.status, 201);
    QCOMPARE(r.header("content-type"), QByteArray("application/json"));
    const QJsonObject sale = r.object();
    QCOMPARE(sortedKeys(sale), kSaleKeys);
    const qint64 id = sale.value(QStringLiteral("id")).toInteger();
    QVERIFY(id > 0);
    QCOMPARE(r.header("location"), (kBase + u'/' + QString::number(id)).toUtf8());
    QCOMPARE(sale.value(QStringLiteral("order_number")).toString(), QStringLiteral("ORD-1"));
    QCOMPARE(sale.value(QStringLiteral("order_date")).toString(), QStringLiteral("2025-03-10T10:30:00+00:00"));
    QCOMPARE(sale.value(QStringLiteral("customer_id")).toInteger(), m_alice.id);
    QCOMPARE(sale.value(QStringLiteral("platform")).toString(), QStringLiteral("Shopify"));
    QCOMPARE(sale.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    const qint64 line1 = 1999 * 3 - 500, line2 = m_hammer.price.cents() * 2;
    QCOMPARE(cents(sale.value(QStringLiteral("total_amount"))), line1 + line2);
    const QDateTime created = parsed(sale.value(QStringLiteral("created_at")));
    QVERIFY(created >= before && created <= QDateTime::currentDateTimeUtc().addSecs(1));

    const QJsonObject customer = sale.value(QStringLiteral("customer")).toObject();
    QCOMPARE(sortedKeys(customer), kCustomerKeys);
    QCOMPARE(customer.value(QStringLiteral("id")).toInteger(), m_alice.id);
    QCOMPARE(customer.value(QStringLiteral("name")).toString(), m_alice.name);
    QCOMPARE(customer.value(QStringLiteral("email")).toString(), m_alice.email);

    const QJsonArray items = sale.value(QStringLiteral("sale_items")).toArray();
    QCOMPARE(items.size(), 2);
    struct Expected { const Product *product; const Category *category; qint64 quantity, unit, discount; };
    const Expected expected[] = {{&m_saw, &m_tools, 3, 1999, 500}, {&m_hammer, &m_tools, 2, m_hammer.price.cents(), 0}};
    for (int i = 0; i < 2; ++i) {
        const QJsonObject line = items[i].toObject();
        QCOMPARE(sortedKeys(line), kItemKeys);
        QVERIFY(line.value(QStringLiteral("id")).toInteger() > 0);
        QCOMPARE(line.value(QStringLiteral("sale_id")).toInteger(), id);
        QCOMPARE(line.value(QStringLiteral("product_id")).toInteger(), expected[i].product->id);
        QCOMPARE(line.value(QStringLiteral("quantity")).toInteger(), expected[i].quantity);
        QCOMPARE(cents(line.value(QStringLiteral("unit_price"))), expected[i].unit);
        QCOMPARE(cents(line.value(QStringLiteral("discount"))), expected[i].discount);
        QCOMPARE(cents(line.value(QStringLiteral("line_total"))),
                 expected[i].unit * expected[i].quantity - expected[i].discount);
        QVERIFY(parsed(line.value(QStringLiteral("created_at"))).isValid());
        const QJsonObject product = line.value(QStringLiteral("product")).toObject();
        QCOMPARE(sortedKeys(product), kProductKeys);
        QCOMPARE(product.value(QStringLiteral("id")).toInteger(), expected[i].product->id);
        QCOMPARE(product.value(QStringLiteral("sku")).toString(), expected[i].product->sku);
        QCOMPARE(cents(product.value(QStringLiteral("price"))), expected[i].product->price.cents());
        QCOMPARE(product.value(QStringLiteral("category_id")).toInteger(), expected[i].category->id);
        const QJsonObject category = product.value(QStringLiteral("category")).toObject();
        QCOMPARE(sortedKeys(category), kCategoryKeys);
        QCOMPARE(category.value(QStringLiteral("id")).toInteger(), expected[i].category->id);
        QCOMPARE(category.value(QStringLiteral("name")).toString(), expected[i].category->name);
    }

    // Stock was taken; the Location serves the same object.
    QCOMPARE(mainStock(m_saw.id), sawBefore - 3);
    QCOMPARE(mainStock(m_hammer.id), hammerBefore - 2);
    const ApiReply fetched = m_client->get(QString::fromUtf8(r.header("location")));
    QCOMPARE(fetched.status, 200);
    QCOMPARE(fetched.object(), sale);
}

void TestSaleRoutes::createWalkInWithDateOnlyInStoreZone()
{
    StoreConfig config = TestDatabases::defaultConfig();
    config.storeTimeZone = QTimeZone("Europe/Berlin");
    start(config);
    seedCatalogue();
    const QJsonObject sale = createSale({{QStringLiteral("platform"), QStringLiteral("Etsy")},
                                         {QStringLiteral("order_date"), QStringLiteral("2025-07-01")},
                                         {QStringLiteral("items"), QJsonArray{item(m_kite.id, 1)}}});
    QVERIFY(!sale.isEmpty());
    QVERIFY(sale.value(QStringLiteral("customer")).isNull());
    QVERIFY(sale.value(QStringLiteral("customer_id")).isNull());
    QCOMPARE(sortedKeys(sale), kSaleKeys);
    const QDateTime midnightBerlin(QDate(2025, 7, 1), QTime(0, 0), config.storeTimeZone);
    QCOMPARE(parsed(sale.value(QStringLiteral("order_date"))), midnightBerlin);
    QCOMPARE(sale.value(QStringLiteral("order_date")).toString(), QStringLiteral("2025-06-30T22:00:00+00:00"));
    // A generated order number, and the product's own price.
    QVERIFY(sale.value(QStringLiteral("order_number")).toString().startsWith(QStringLiteral("SO-")));
    QCOMPARE(cents(sale.value(QStringLiteral("total_amount"))), m_kite.price.cents());
    QCOMPARE(mainStock(m_kite.id), qint64(99));
}

void TestSaleRoutes::createWithMatchingTotalAndStatus()
{
    start();
    seedCatalogue();
    const qint64 total = m_hammer.price.cents() * 2 + m_kite.price.cents() - 100;
    QJsonObject discounted = item(m_kite.id, 1);
    discounted.insert(QStringLiteral("discount"), QStringLiteral("1.00")); // money may come as a decimal string
    const QJsonObject extra{{QStringLiteral("status"), QStringLiteral("completed")},
                            {QStringLiteral("customer_id"), QJsonValue(QJsonValue::Null)},
                            {QStringLiteral("total_amount"), Money::fromCents(total).toString()}};
    const ApiReply r =
        m_client->post(kBase, order(QStringLiteral("Amazon"), {item(m_hammer.id, 2), discounted}, extra));
    QCOMPARE(r.status, 201);
    QCOMPARE(cents(r.object().value(QStringLiteral("total_amount"))), total);
    QCOMPARE(r.object().value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
    QCOMPARE(mainStock(m_hammer.id), qint64(98));
    // A cancelled order is recorded without taking stock.
    const QJsonObject cancelled = createSale({{QStringLiteral("platform"), QStringLiteral("Amazon")},
                                              {QStringLiteral("status"), QStringLiteral("cancelled")},
                                              {QStringLiteral("items"), QJsonArray{item(m_hammer.id, 5)}}});
    QCOMPARE(cancelled.value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
    QCOMPARE(mainStock(m_hammer.id), qint64(98));
}

void TestSaleRoutes::totalAmountMismatchIs422AndWritesNothing()
{
    start();
    seedCatalogue();
    const qint64 computed = m_hammer.price.cents() * 2;
    const ApiReply r = m_client->post(kBase, {{QStringLiteral("platform"), QStringLiteral("Amazon")},
                                              {QStringLiteral("total_amount"), double(computed + 1) / 100.0},
                                              {QStringLiteral("items"), QJsonArray{item(m_hammer.id, 2)}}});
    QCOMPARE(r.status, 422);
    QCOMPARE(locs(r), QStringList{QStringLiteral(R"(["body","total_amount"])")});
    const QJsonObject error = r.object().value(QStringLiteral("detail")).toArray().first().toObject();
    QVERIFY(error.value(QStringLiteral("msg")).toString().contains(Money::fromCents(computed).toString()));
    QCOMPARE(rowCount(QStringLiteral("sales")), qint64(0));
    QCOMPARE(rowCount(QStringLiteral("sale_items")), qint64(0));
    QCOMPARE(mainStock(m_hammer.id), qint64(100));
}

void TestSaleRoutes::insufficientStockIs409AndWritesNothing()
{
    start();
    seedCatalogue(5);
    const QJsonObject first = createSale({{QStringLiteral("platform"), QStringLiteral("Amazon")},
                                          {QStringLiteral("items"), QJsonArray{item(m_kite.id, 1)}}});
    QVERIFY(!first.isEmpty());
    const qint64 sales = rowCount(QStringLiteral("sales")), items = rowCount(QStringLiteral("sale_items"));
    const qint64 history = rowCount(QStringLiteral("inventory_history"));
    QCOMPARE(sales, qint64(1));
    QVERIFY(history > 0);
    const qint64 hammer = mainStock(m_hammer.id), saw = mainStock(m_saw.id), kite = mainStock(m_kite.id);
    QCOMPARE(kite, qint64(4));

    // The first line fits, the second does not (4 kites left): nothing of the order is written.
    const ApiReply r = m_client->post(kBase, order(QStringLiteral("Amazon"),
                                                   {item(m_hammer.id, 5), item(m_saw.id, 1), item(m_kite.id, 5)},
                                                   {{QStringLiteral("order_number"), QStringLiteral("WONT-EXIST")}}));
    QCOMPARE(r.status, 409);
    QVERIFY(r.object().value(QStringLiteral("detail")).toString().contains(QStringLiteral("stock")));
    QCOMPARE(rowCount(QStringLiteral("sales")), sales);
    QCOMPARE(rowCount(QStringLiteral("sale_items")), items);
    QCOMPARE(rowCount(QStringLiteral("inventory_history")), history);
    QCOMPARE(mainStock(m_hammer.id), hammer);
    QCOMPARE(mainStock(m_saw.id), saw);
    QCOMPARE(mainStock(m_kite.id), kite);
    QCOMPARE(m_client->get(kBase + QStringLiteral("/order/WONT-EXIST")).status, 404);

    // Two lines of one product count together: 3 + 2 > 4.
    const ApiReply split =
        m_client->post(kBase, order(QStringLiteral("Amazon"), {item(m_kite.id, 3), item(m_kite.id, 2)}));
    QCOMPARE(split.status, 409);
    QCOMPARE(mainStock(m_kite.id), kite);
    // Exactly what is left is fine.
    QCOMPARE(m_client->post(kBase, {{QStringLiteral("platform"), QStringLiteral("Amazon")},
                                    {QStringLiteral("items"), QJsonArray{item(m_kite.id, 4)}}}).status, 201);
    QCOMPARE(mainStock(m_kite.id), qint64(0));
}

void TestSaleRoutes::stockComesFromPlatformRow()
{
    start();
    seedCatalogue(10);
    InventoryInput reserved;
    reserved.productId = m_saw.id;
    reserved.quantity = 4;
    reserved.location = QStringLiteral("warehouse");
    reserved.channel = QStringLiteral("Amazon");
    const InventoryItem amazonRow = m_store->inventory().create(reserved);
    QCOMPARE(createSale({{QStringLiteral("platform"), QStringLiteral("Amazon")},
                         {QStringLiteral("items"), QJsonArray{item(m_saw.id, 3)}}}).isEmpty(), false);
    QCOMPARE(m_store->inventory().get(amazonRow.id).quantity, qint64(1));
    QCOMPARE(mainStock(m_saw.id), qint64(10));
    QCOMPARE(createSale({{QStringLiteral("platform"), QStringLiteral("eBay")},
                         {QStringLiteral("items"), QJsonArray{item(m_saw.id, 3)}}}).isEmpty(), false);
    QCOMPARE(mainStock(m_saw.id), qint64(7));
    QCOMPARE(m_store->inventory().get(amazonRow.id).quantity, qint64(1));
}

void TestSaleRoutes::unknownCustomerOrProductIs404_data()
{
    QTest::addColumn<bool>("unknownCustomer");
    QTest::newRow("customer") << true;
    QTest::newRow("product") << false;
}

void TestSaleRoutes::unknownCustomerOrProductIs404()
{
    QFETCH(bool, unknownCustomer);
    start();
    seedCatalogue();
    const qint64 missingProduct = std::max({m_hammer.id, m_saw.id, m_kite.id}) + 100;
    const qint64 missingCustomer = std::max(m_alice.id, m_bob.id) + 100;
    const QJsonArray items{item(m_hammer.id, 1), item(unknownCustomer ? m_kite.id : missingProduct, 1)};
    const qint64 customer = unknownCustomer ? missingCustomer : m_bob.id;
    const ApiReply r =
        m_client->post(kBase, order(QStringLiteral("Amazon"), items, {{QStringLiteral("customer_id"), customer}}));
    QCOMPARE(r.status, 404);
    QVERIFY(r.object().value(QStringLiteral("detail")).toString().contains(
        QString::number(unknownCustomer ? missingCustomer : missingProduct)));
    QCOMPARE(rowCount(QStringLiteral("sales")), qint64(0));
    QCOMPARE(rowCount(QStringLiteral("sale_items")), qint64(0));
    QCOMPARE(mainStock(m_hammer.id), qint64(100));
}

void TestSaleRoutes::duplicateOrderNumberIs409()
{
    start();
    seedCatalogue();
    QVERIFY(!createSale(order(QStringLiteral("Amazon"), {item(m_hammer.id, 1)},
                              {{QStringLiteral("order_number"), QStringLiteral("A-1")}}))
                 .isEmpty());
    const ApiReply dup = m_client->post(kBase, {{QStringLiteral("platform"), QStringLiteral("eBay")},
                                                {QStringLiteral("order_number"), QStringLiteral("A-1")},
                                                {QStringLiteral("items"), QJsonArray{item(m_hammer.id, 1)}}});
    QCOMPARE(dup.status, 409);
    QCOMPARE(rowCount(QStringLiteral("sales")), qint64(1));
    QCOMPARE(mainStock(m_hammer.id), qint64(99));
}

void TestSaleRoutes::invalidBodiesAre422_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("expectedLocs");
    // %1 = a product id that exists.
    QTest::newRow("parse errors, nested")
        << QByteArray(R"({"platform":5,"customer_id":"x","order_date":"yesterday","total_amount":"1.234","items":[)"
                      R"({"product_id":%1,"quantity":"two"},7,{"quantity":1},)"
                      R"({"product_id":%1,"quantity":1,"unit_price":"abc","discount":true}]})")
        << locList({R"(["body","platform"])", R"(["body","customer_id"])", R"(["body","order_date"])",
                    R"(["body","total_amount"])", R"(["body","items",0,"quantity"])", R"(["body","items",1])",
                    R"(["body","items",2,"product_id"])", R"(["body","items",3,"unit_price"])",
                    R"(["body","items",3,"discount"])"});
    QTest::newRow("rule errors, nested")
        << QByteArray(R"({"platform":"Amazon","status":"lost","customer_id":0,"items":[{"product_id":%1,"quantity":0},)"
                      R"({"product_id":-3,"quantity":1,"discount":-1},)"
                      R"({"product_id":%1,"quantity":2000000,"unit_price":-5}]})")
        << locList({R"(["body","status"])", R"(["body","customer_id"])", R"(["body","items",0,"quantity"])",
                    R"(["body","items",1,"product_id"])", R"(["body","items",1,"discount"])",
                    R"(["body","items",2,"quantity"])", R"(["body","items",2,"unit_price"])"});
    QTest::newRow("missing everything") << QByteArray("{}")
                                        << locList({R"(["body","platform"])", R"(["body","items"])"});
    QTest::newRow("empty items") << QByteArray(R"({"platform":"Amazon","items":[]})")
                                 << locList({R"(["body","items"])"});
    QTest::newRow("items not an array") << QByteArray(R"({"platform":"Amazon","items":{"product_id":%1,"quantity":1}})")
                                        << locList({R"(["body","items"])"});
    QTest::newRow("items a string") << QByteArray(R"({"platform":"Amazon","items":"[]"})")
                                    << locList({R"(["body","items"])"});
    QTest::newRow("blank platform") << QByteArray(R"({"platform":"   ","items":[{"product_id":%1,"quantity":1}]})")
                                    << locList({R"(["body","platform"])"});
    QTest::newRow("huge numbers")
        << QByteArray(R"({"platform":"Amazon","customer_id":1e30,"total_amount":1e300,)"
                      R"("items":[{"product_id":1e20,"quantity":1e300,"unit_price":1e20,"discount":-1e308}]})")
        << locList({R"(["body","customer_id"])", R"(["body","total_amount"])", R"(["body","items",0,"product_id"])",
                    R"(["body","items",0,"quantity"])", R"(["body","items",0,"unit_price"])",
                    R"(["body","items",0,"discount"])"});
    QTest::newRow("fractional quantity")
        << QByteArray(R"({"platform":"Amazon","items":[{"product_id":%1,"quantity":1.5}]})")
        << locList({R"(["body","items",0,"quantity"])"});
    QTest::newRow("line amount too large")
        << QByteArray(R"({"platform":"Amazon","items":[)"
                      R"({"product_id":%1,"quantity":1000000,"unit_price":99999999999}]})")
        << locList({R"(["body","items",0,"quantity"])"});
    QTest::newRow("discount beyond line")
        << QByteArray(R"({"platform":"Amazon","items":[{"product_id":%1,"quantity":1,"unit_price":1,"discount":2}]})")
        << locList({R"(["body","items",0,"discount"])"});
    QTest::newRow("bad dates")
        << QByteArray(R"({"platform":"Amazon","order_date":"2025-02-30","items":[{"product_id":%1,"quantity":1}]})")
        << locList({R"(["body","order_date"])"});
    QTest::newRow("date out of range")
        << QByteArray(R"({"platform":"Amazon","order_date":"0999-12-31T00:00:00Z",)"
                      R"("items":[{"product_id":%1,"quantity":1}]})")
        << locList({R"(["body","order_date"])"});
    QTest::newRow("date past 9999")
        << QByteArray(R"({"platform":"Amazon","order_date":"9999-12-31T23:00:00-05:00",)"
                      R"("items":[{"product_id":%1,"quantity":1}]})")
        << locList({R"(["body","order_date"])"});
    QTest::newRow("order number too long")
        << QByteArray(R"({"platform":"Amazon","order_number":")") + QByteArray(65, 'N')
               + QByteArray(R"(","items":[{"product_id":%1,"quantity":1}]})")
        << locList({R"(["body","order_number"])"});
}

void TestSaleRoutes::invalidBodiesAre422()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, expectedLocs);
    start();
    seedCatalogue();
    body.replace("%1", QByteArray::number(m_hammer.id));
    const ApiReply r = m_client->send("POST", kBase + u'/', body, {{"Content-Type", "application/json"}});
    QCOMPARE(r.status, 422);
    QCOMPARE(r.header("content-type"), QByteArray("application/json"));
    const QJsonArray detail = r.object().value(QStringLiteral("detail")).toArray();
    for (const QJsonValue &e : detail) {
        QCOMPARE(sortedKeys(e.toObject()), keyList({"loc", "msg", "type"}));
        QVERIFY(!e.toObject().value(QStringLiteral("msg")).toString().isEmpty());
    }
    QCOMPARE(locs(r), expectedLocs);
    // Item indexes are JSON numbers, not strings.
    for (const QJsonValue &e : detail) {
        const QJsonArray loc = e.toObject().value(QStringLiteral("loc")).toArray();
        if (loc.size() > 2 && loc[1].toString() == u"items")
            QVERIFY(loc[2].isDouble());
    }
    QCOMPARE(rowCount(QStringLiteral("sales")), qint64(0));
    QCOMPARE(rowCount(QStringLiteral("sale_items")), qint64(0));
    QCOMPARE(mainStock(m_hammer.id), qint64(100));
}

void TestSaleRoutes::getByIdAndUnknownIs404()
{
    start();
    seedOrders();
    if (QTest::currentTestFailed())
        return;
    for (const QJsonObject &order : std::as_const(m_orders)) {
        const ApiReply r = m_client->get(kBase + u'/' + QString::number(idOf(order)));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object(), order);
    }
    const qint64 missing = idOf(m_orders.last()) + 1000;
    const ApiReply r = m_client->get(kBase + u'/' + QString::number(missing));
    QCOMPARE(r.status, 404);
    QVERIFY(r.object().value(QStringLiteral("detail")).isString());
    QCOMPARE(m_client->get(kBase + QStringLiteral("/0")).status, 404);
    QCOMPARE(m_client->get(kBase + QStringLiteral("/-1")).status, 404);
    QCOMPARE(m_client->get(kBase + QStringLiteral("/1x")).status, 404);
}

void TestSaleRoutes::getByOrderNumber_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<bool>("reachable");
    QTest::newRow("plain") << QStringLiteral("ORD-1001") << true;
    QTest::newRow("digits only") << QStringLiteral("12345") << true;
    QTest::newRow("space") << QStringLiteral("ORD 77") << true;
    QTest::newRow("percent, plus, hash, question") << QStringLiteral("50%+#1?x=2") << true;
    QTest::newRow("quote and markup") << QStringLiteral("O'Neil<b>;--") << true;
    QTest::newRow("unicode") << QStringLiteral("Bestellung-Ä€") << true;
    // A slash cannot be part of one path segment: such a number is not reachable by this route.
    QTest::newRow("slash") << QStringLiteral("2025/42") << false;
}

void TestSaleRoutes::getByOrderNumber()
{
    QFETCH(QString, number);
    QFETCH(bool, reachable);
    start();
    seedCatalogue();
    const QJsonObject other = createSale({{QStringLiteral("platform"), QStringLiteral("Amazon")},
                                          {QStringLiteral("order_number"), QStringLiteral("OTHER")},
                                          {QStringLiteral("items"), QJsonArray{item(m_kite.id, 1)}}});
    const QJsonObject sale = createSale({{QStringLiteral("platform"), QStringLiteral("Amazon")},
                                         {QStringLiteral("order_number"), number},
                                         {QStringLiteral("customer_id"), m_alice.id},
                                         {QStringLiteral("items"), QJsonArray{item(m_hammer.id, 1)}}});
    QVERIFY(!other.isEmpty() && !sale.isEmpty());
    QCOMPARE(sale.value(QStringLiteral("order_number")).toString(), number);
    const ApiReply r = m_client->get(kBase + QStringLiteral("/order/") + pct(number));
    if (reachable) {
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object(), sale);
        QCOMPARE(sortedKeys(r.object()), kSaleKeys);
    } else {
        QCOMPARE(r.status, 404);
        QVERIFY(r.object().value(QStringLiteral("detail")).isString());
    }
    const ApiReply missing = m_client->get(kBase + QStringLiteral("/order/") + pct(number + QStringLiteral("-nope")));
    QCOMPARE(missing.status, 404);
    QVERIFY(missing.object().value(QStringLiteral("detail")).isString());
    // Exact match: a case variant is another order number.
    if (number.toLower() != number)
        QCOMPARE(m_client->get(kBase + QStringLiteral("/order/") + pct(number.toLower())).status, 404);
}

void TestSaleRoutes::listDefaultNewestFirstWithNestedObjects()
{
    start();
    seedOrders();
    if (QTest::currentTestFailed())
        return;
    QList<QJsonObject> expected = m_orders;
    std::sort(expected.begin(), expected.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return parsed(a.value(QStringLiteral("order_date"))) > parsed(b.value(QStringLiteral("order_date")));
    });
    const ApiReply r = m_client->get(kBase + u'/');
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("x-total-count"), QByteArray::number(m_orders.size()));
    const QJsonArray list = r.array();
    QCOMPARE(list.size(), expected.size());
    for (qsizetype i = 0; i < list.size(); ++i)
        QCOMPARE(list[i].toObject(), expected[i]); // the same full objects GET /sales/{id} and POST return
    // Spot-check the nesting of a list element independently of the POST answers.
    const QJsonObject shipped = list[2].toObject();
    QCOMPARE(shipped.value(QStringLiteral("status")).toString(), QStringLiteral("shipped"));
    QCOMPARE(shipped.value(QStringLiteral("customer")).toObject().value(QStringLiteral("name")).toString(), m_bob.name);
    QVERIFY(shipped.value(QStringLiteral("customer")).toObject().value(QStringLiteral("email")).isNull());
    const QJsonArray items = shipped.value(QStringLiteral("sale_items")).toArray();
    QCOMPARE(items.size(), 2);
    const QJsonObject kite = items[1].toObject().value(QStringLiteral("product")).toObject();
    QCOMPARE(sortedKeys(kite), kProductKeys);
    QCOMPARE(kite.value(QStringLiteral("name")).toString(), m_kite.name);
    QCOMPARE(sortedKeys(kite.value(QStringLiteral("category")).toObject()), kCategoryKeys);
    QCOMPARE(kite.value(QStringLiteral("category")).toObject().value(QStringLiteral("name")).toString(), m_toys.name);
    QVERIFY(kite.value(QStringLiteral("category")).toObject().value(QStringLiteral("description")).isNull());
    QVERIFY(list[3].toObject().value(QStringLiteral("customer")).isNull()); // the walk-in eBay order
}

void TestSaleRoutes::listFilters_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("customer") << QStringLiteral("customer_id=%alice");
    QTest::newRow("product") << QStringLiteral("product_id=%hammer");
    QTest::newRow("category") << QStringLiteral("category_id=%toys");
    QTest::newRow("platform") << QStringLiteral("platform=Amazon");
    QTest::newRow("platform none") << QStringLiteral("platform=amazon");
    QTest::newRow("status") << QStringLiteral("status=cancelled");
    QTest::newRow("start") << QStringLiteral("start_date=2025-01-15");
    QTest::newRow("end") << QStringLiteral("end_date=2025-01-15");
    QTest::newRow("range") << QStringLiteral("start_date=2025-01-16&end_date=2025-02-01");
    QTest::newRow("one day") << QStringLiteral("start_date=2025-01-20&end_date=2025-01-20");
    QTest::newRow("combined") << QStringLiteral("product_id=%hammer&customer_id=%bob&start_date=2025-01-01");
    QTest::newRow("unknown param ignored") << QStringLiteral("colour=red&status=refunded");
}

void TestSaleRoutes::listFilters()
{
    QFETCH(QString, query);
    start();
    seedOrders();
    if (QTest::currentTestFailed())
        return;
    const QString q = withIds(query);

    // The expectation, from the orders as inserted.
    const QUrlQuery params(q);
    auto has = [&](const char *name) { return params.hasQueryItem(QString::fromLatin1(name)); };
    auto text = [&](const char *name) { return params.queryItemValue(QString::fromLatin1(name)); };
    auto number = [&](const char *name) { return text(name).toLongLong(); };
    auto date = [&](const char *name) { return QDate::fromString(text(name), Qt::ISODate); };
    QList<QJsonObject> expected;
    for (const QJsonObject &o : std::as_const(m_orders)) {
        const QDate day = parsed(o.value(QStringLiteral("order_date"))).toUTC().date(); // store zone is UTC here
        bool match = true;
        QSet<qint64> products, categories;
        for (const QJsonValue &line : o.value(QStringLiteral("sale_items")).toArray()) {
            const QJsonObject product = line.toObject().value(QStringLiteral("product")).toObject();
            products.insert(line.toObject().value(QStringLiteral("product_id")).toInteger());
            categories.insert(product.value(QStringLiteral("category_id")).toInteger());
        }
        const QJsonValue customer = o.value(QStringLiteral("customer_id"));
        if (has("customer_id"))
            match &= !customer.isNull() && customer.toInteger() == number("customer_id");
        if (has("product_id"))
            match &= products.contains(number("product_id"));
        if (has("category_id"))
            match &= categories.contains(number("category_id"));
        if (has("platform"))
            match &= o.value(QStringLiteral("platform")).toString() == text("platform");
        if (has("status"))
            match &= o.value(QStringLiteral("status")).toString() == text("status");
        if (has("start_date"))
            match &= day >= date("start_date");
        if (has("end_date"))
            match &= day <= date("end_date");
        if (match)
            expected << o;
    }
    std::sort(expected.begin(), expected.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return parsed(a.value(QStringLiteral("order_date"))) > parsed(b.value(QStringLiteral("order_date")));
    });
    QList<qint64> expectedIds;
    for (const QJsonObject &o : expected)
        expectedIds << idOf(o);

    const ApiReply r = m_client->get(kBase + QStringLiteral("/?") + q);
    QCOMPARE(r.status, 200);
    QCOMPARE(ids(r.array()), expectedIds);
    QCOMPARE(r.header("x-total-count"), QByteArray::number(expectedIds.size()));
    // Filters select whole orders: every line of a matching order is listed.
    for (qsizetype i = 0; i < expected.size(); ++i)
        QCOMPARE(r.array()[i].toObject(), expected[i]);
}

void TestSaleRoutes::listDateRangeUsesStoreZone()
{
    StoreConfig config = TestDatabases::defaultConfig();
    config.storeTimeZone = QTimeZone("America/New_York");
    start(config);
    seedCatalogue();
    // Around the New York midnights that bound 2025-03-15 (UTC−4 after the DST switch of 2025-03-09).
    const QStringList stamps{QStringLiteral("2025-03-15T03:59:59Z"), QStringLiteral("2025-03-15T04:00:00Z"),
                             QStringLiteral("2025-03-16T03:59:59Z"), QStringLiteral("2025-03-16T04:00:00Z"),
                             QStringLiteral("2025-03-15T12:00:00-04:00")};
    QList<QPair<qint64, QDate>> orders; // id, local day
    for (const QString &stamp : stamps) {
        const QJsonObject sale = createSale({{QStringLiteral("platform"), QStringLiteral("Website")},
                                             {QStringLiteral("order_date"), stamp},
                                             {QStringLiteral("items"), QJsonArray{item(m_kite.id, 1)}}});
        QVERIFY(!sale.isEmpty());
        const QDate localDay = QDateTime::fromString(stamp, Qt::ISODate).toTimeZone(config.storeTimeZone).date();
        orders << qMakePair(idOf(sale), localDay);
    }
    const QDate day(2025, 3, 15);
    QList<qint64> expected;
    for (const auto &[id, local] : orders) {
        if (local == day)
            expected << id;
    }
    QCOMPARE(expected.size(), 3);
    const ApiReply r = m_client->get(kBase + QStringLiteral("?start_date=2025-03-15&end_date=2025-03-15&sort=id"));
    QCOMPARE(r.status, 200);
    QCOMPARE(ids(r.array()), expected);
    QCOMPARE(r.header("x-total-count"), QByteArray::number(expected.size()));
    // The compact listing draws the same boundaries.
    const ApiReply lines = m_client->get(QStringLiteral("/sales?start_date=2025-03-15&end_date=2025-03-15"));
    QCOMPARE(lines.status, 200);
    QCOMPARE(lines.array().size(), expected.size());
    // An end date far in the future keeps everything.
    QCOMPARE(m_client->get(kBase + QStringLiteral("?end_date=9999-12-31")).array().size(), stamps.size());
}

void TestSaleRoutes::listPagesWithTotalCount()
{
    start();
    seedOrders();
    if (QTest::currentTestFailed())
        return;
    const QList<qint64> all = ids(m_client->get(kBase).array());
    QCOMPARE(all.size(), m_orders.size());
    const QList<QPair<int, int>> pages{{0, 2}, {2, 2}, {4, 2}, {1, 3}, {5, 10}};
    for (const auto &[skip, limit] : pages) {
        const ApiReply r = m_client->get(kBase + QStringLiteral("/?skip=%1&limit=%2").arg(skip).arg(limit));
        QCOMPARE(r.status, 200);
        QCOMPARE(ids(r.array()), all.mid(skip, limit));
        QCOMPARE(r.header("x-total-count"), QByteArray::number(all.size()));
    }
    const ApiReply filtered = m_client->get(kBase + QStringLiteral("?platform=Website&limit=1"));
    QCOMPARE(filtered.array().size(), 1);
    QCOMPARE(filtered.header("x-total-count"), QByteArray("2"));
    QCOMPARE(m_client->get(kBase + QStringLiteral("?skip=9223372036854775807")).status, 200);
}

void TestSaleRoutes::listSorts_data()
{
    QTest::addColumn<QString>("sort");
    QTest::addColumn<QString>("field");
    QTest::addColumn<bool>("descending");
    QTest::newRow("total asc") << QStringLiteral("total_amount") << QStringLiteral("total_amount") << false;
    QTest::newRow("total desc") << QStringLiteral("-total_amount") << QStringLiteral("total_amount") << true;
    QTest::newRow("date asc") << QStringLiteral("order_date") << QStringLiteral("order_date") << false;
    QTest::newRow("id desc") << QStringLiteral("id:desc") << QStringLiteral("id") << true;
    QTest::newRow("order number") << QStringLiteral("order_number") << QStringLiteral("order_number") << false;
}

void TestSaleRoutes::listSorts()
{
    QFETCH(QString, sort);
    QFETCH(QString, field);
    QFETCH(bool, descending);
    start();
    seedOrders();
    if (QTest::currentTestFailed())
        return;
    QList<QJsonObject> expected = m_orders;
    auto key = [&](const QJsonObject &o) -> QVariant {
        const QJsonValue v = o.value(field);
        if (field == u"total_amount")
            return cents(v);
        if (field == u"order_date")
            return parsed(v);
        return v.toVariant();
    };
    std::stable_sort(expected.begin(), expected.end(), [&](const QJsonObject &a, const QJsonObject &b) {
        const QPartialOrdering order = QVariant::compare(key(a), key(b));
        if (order == QPartialOrdering::Less)
            return !descending;
        if (order == QPartialOrdering::Greater)
            return descending;
        return descending ? idOf(a) > idOf(b) : idOf(a) < idOf(b); // the id breaks ties, in the same direction
    });
    QList<qint64> expectedIds;
    for (const QJsonObject &o : expected)
        expectedIds << idOf(o);
    const ApiReply r = m_client->get(kBase + QStringLiteral("?sort=") + sort);
    QCOMPARE(r.status, 200);
    QCOMPARE(ids(r.array()), expectedIds);
}

void TestSaleRoutes::invalidQueryIs422()
{
    start();
    seedOrders();
    if (QTest::currentTestFailed())
        return;
    const ApiReply r = m_client->get(kBase + QStringLiteral("/?status=lost&start_date=2025-13-01&end_date=15.01.2025"
                                                            "&customer_id=x&product_id=0&category_id=1.5&limit=5000"
                                                            "&skip=-3&sort=secret"));
    QCOMPARE(r.status, 422);
    QStringList expected;
    for (const char *name :
         {"status", "start_date", "end_date", "customer_id", "product_id", "category_id", "limit", "skip", "sort"})
        expected << QStringLiteral(R"(["query","%1"])").arg(QString::fromLatin1(name));
    expected.sort();
    QCOMPARE(locs(r), expected);
    const ApiReply reversed = m_client->get(kBase + QStringLiteral("?start_date=2025-02-02&end_date=2025-02-01"));
    QCOMPARE(reversed.status, 422);
    QCOMPARE(locs(reversed), QStringList{QStringLiteral(R"(["query","end_date"])")});
    // Status names are exact.
    QCOMPARE(m_client->get(kBase + QStringLiteral("?status=Cancelled")).status, 422);
    QCOMPARE(m_client->get(kBase + QStringLiteral("?status=cancelled")).status, 200);
    // Metacharacters in a text filter are just text.
    const ApiReply sql = m_client->get(kBase + QStringLiteral("?platform=") + pct(QStringLiteral("Amazon' OR '1'='1")));
    QCOMPARE(sql.status, 200);
    QCOMPARE(sql.array().size(), 0);
    QCOMPARE(sql.header("x-total-count"), QByteArray("0"));
}

void TestSaleRoutes::cancelRestoresStockAndReinstatingTakesIt()
{
    start();
    seedCatalogue(10);
    const QJsonObject sale = createSale(order(QStringLiteral("Amazon"), {item(m_hammer.id, 3), item(m_kite.id, 2)},
                                              {{QStringLiteral("order_number"), QStringLiteral("R-1")}}));
    QVERIFY(!sale.isEmpty());
    const QString path = kBase + u'/' + QString::number(idOf(sale));
    QCOMPARE(mainStock(m_hammer.id), qint64(7));
    QCOMPARE(mainStock(m_kite.id), qint64(8));
    const qint64 history = rowCount(QStringLiteral("inventory_history"));

    const ApiReply cancelled = m_client->put(path, {{QStringLiteral("status"), QStringLiteral("cancelled")}});
    QCOMPARE(cancelled.status, 200);
    QCOMPARE(sortedKeys(cancelled.object()), kSaleKeys);
    QCOMPARE(cancelled.object().value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
    QCOMPARE(mainStock(m_hammer.id), qint64(10));
    QCOMPARE(mainStock(m_kite.id), qint64(10));
    QCOMPARE(rowCount(QStringLiteral("inventory_history")), history + 2);
    const InventoryItem hammerRow = m_store->inventory().forProduct(m_hammer.id).first();
    QVERIFY(m_store->inventory().history(hammerRow.id).first().changeReason.contains(QStringLiteral("R-1")));

    // Cancelled → refunded: both inactive, the stock stays where it is.
    QCOMPARE(m_client->put(path, {{QStringLiteral("status"), QStringLiteral("refunded")}}).status, 200);
    QCOMPARE(mainStock(m_hammer.id), qint64(10));
    QCOMPARE(rowCount(QStringLiteral("inventory_history")), history + 2);

    const ApiReply reinstated = m_client->put(path, {{QStringLiteral("status"), QStringLiteral("processing")}});
    QCOMPARE(reinstated.status, 200);
    QCOMPARE(reinstated.object().value(QStringLiteral("status")).toString(), QStringLiteral("processing"));
    QCOMPARE(mainStock(m_hammer.id), qint64(7));
    QCOMPARE(mainStock(m_kite.id), qint64(8));
    QCOMPARE(rowCount(QStringLiteral("inventory_history")), history + 4);

    // Active → active changes no stock.
    QCOMPARE(m_client->put(path, {{QStringLiteral("status"), QStringLiteral("delivered")}}).status, 200);
    QCOMPARE(mainStock(m_hammer.id), qint64(7));
    QCOMPARE(m_client->get(path).object().value(QStringLiteral("status")).toString(), QStringLiteral("delivered"));
}

void TestSaleRoutes::reinstatingWithoutStockIs409()
{
    start();
    seedCatalogue(5);
    const QJsonObject sale = createSale({{QStringLiteral("platform"), QStringLiteral("Amazon")},
                                         {QStringLiteral("items"), QJsonArray{item(m_saw.id, 4)}}});
    QVERIFY(!sale.isEmpty());
    const QString path = kBase + u'/' + QString::number(idOf(sale));
    QCOMPARE(m_client->put(path, {{QStringLiteral("status"), QStringLiteral("cancelled")}}).status, 200);
    QCOMPARE(mainStock(m_saw.id), qint64(5));
    QVERIFY(!createSale(order(QStringLiteral("Amazon"), {item(m_saw.id, 3)})).isEmpty());
    QCOMPARE(mainStock(m_saw.id), qint64(2));
    const qint64 history = rowCount(QStringLiteral("inventory_history"));

    const ApiReply r = m_client->put(path, {{QStringLiteral("status"), QStringLiteral("pending")},
                                            {QStringLiteral("platform"), QStringLiteral("eBay")}});
    QCOMPARE(r.status, 409);
    QCOMPARE(mainStock(m_saw.id), qint64(2));
    QCOMPARE(rowCount(QStringLiteral("inventory_history")), history);
    const QJsonObject unchanged = m_client->get(path).object();
    QCOMPARE(unchanged.value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
    QCOMPARE(unchanged.value(QStringLiteral("platform")).toString(), QStringLiteral("Amazon"));
}

void TestSaleRoutes::updateFieldsAndWalkIn()
{
    StoreConfig config = TestDatabases::defaultConfig();
    config.storeTimeZone = QTimeZone("Asia/Tokyo");
    start(config);
    seedCatalogue();
    const QJsonObject sale = createSale({{QStringLiteral("platform"), QStringLiteral("Amazon")},
                                         {QStringLiteral("items"), QJsonArray{item(m_kite.id, 1)}}});
    QVERIFY(!sale.isEmpty());
    const QString path = kBase + u'/' + QString::number(idOf(sale));

    const ApiReply set = m_client->put(path, {{QStringLiteral("customer_id"), m_alice.id},
                                              {QStringLiteral("order_date"), QStringLiteral("2025-05-05")},
                                              {QStringLiteral("platform"), QStringLiteral("Etsy")}});
    QCOMPARE(set.status, 200);
    const QJsonObject updated = set.object();
    QCOMPARE(sortedKeys(updated), kSaleKeys);
    QCOMPARE(updated.value(QStringLiteral("customer_id")).toInteger(), m_alice.id);
    QCOMPARE(sortedKeys(updated.value(QStringLiteral("customer")).toObject()), kCustomerKeys);
    const QJsonObject customer = updated.value(QStringLiteral("customer")).toObject();
    QCOMPARE(customer.value(QStringLiteral("name")).toString(), m_alice.name);
    QCOMPARE(parsed(updated.value(QStringLiteral("order_date"))),
             QDateTime(QDate(2025, 5, 5), QTime(0, 0), config.storeTimeZone));
    QCOMPARE(updated.value(QStringLiteral("order_date")).toString(), QStringLiteral("2025-05-04T15:00:00+00:00"));
    QCOMPARE(updated.value(QStringLiteral("platform")).toString(), QStringLiteral("Etsy"));
    for (const QString &key : {QStringLiteral("order_number"), QStringLiteral("total_amount"), QStringLiteral("status"),
                               QStringLiteral("created_at"), QStringLiteral("sale_items")})
        QCOMPARE(updated.value(key), sale.value(key));

    // Omitting customer_id keeps it; null makes the order walk-in.
    const ApiReply keep = m_client->put(path, {{QStringLiteral("status"), QStringLiteral("shipped")}});
    QCOMPARE(keep.object().value(QStringLiteral("customer_id")).toInteger(), m_alice.id);
    const ApiReply walkIn = m_client->put(path, {{QStringLiteral("customer_id"), QJsonValue(QJsonValue::Null)}});
    QCOMPARE(walkIn.status, 200);
    QVERIFY(walkIn.object().value(QStringLiteral("customer_id")).isNull());
    QVERIFY(walkIn.object().value(QStringLiteral("customer")).isNull());
    QVERIFY(!m_store->sales().get(idOf(sale)).customerId.has_value());
    QCOMPARE(walkIn.object().value(QStringLiteral("status")).toString(), QStringLiteral("shipped"));
}

void TestSaleRoutes::updateErrors()
{
    start();
    seedCatalogue();
    const QJsonObject sale = createSale({{QStringLiteral("platform"), QStringLiteral("Amazon")},
                                         {QStringLiteral("items"), QJsonArray{item(m_kite.id, 1)}}});
    QVERIFY(!sale.isEmpty());
    const QString path = kBase + u'/' + QString::number(idOf(sale));

    const ApiReply missing = m_client->put(kBase + u'/' + QString::number(idOf(sale) + 50),
                                           {{QStringLiteral("status"), QStringLiteral("shipped")}});
    QCOMPARE(missing.status, 404);
    const ApiReply noCustomer = m_client->put(path, {{QStringLiteral("customer_id"), m_bob.id + 100}});
    QCOMPARE(noCustomer.status, 404);
    const ApiReply types = m_client->put(path, {{QStringLiteral("status"), 3},
                                                {QStringLiteral("platform"), QJsonArray()},
                                                {QStringLiteral("order_date"), QStringLiteral("2025-99-01")},
                                                {QStringLiteral("customer_id"), QStringLiteral("7")}});
    QCOMPARE(types.status, 422);
    QCOMPARE(locs(types), locList({R"(["body","customer_id"])", R"(["body","order_date"])", R"(["body","platform"])",
                                   R"(["body","status"])"}));
    const ApiReply rules = m_client->put(path, {{QStringLiteral("status"), QStringLiteral("lost")},
                                                {QStringLiteral("platform"), QStringLiteral(" ")},
                                                {QStringLiteral("customer_id"), -4}});
    QCOMPARE(rules.status, 422);
    QCOMPARE(locs(rules), locList({R"(["body","customer_id"])", R"(["body","platform"])", R"(["body","status"])"}));
    const ApiReply malformed = m_client->send("PUT", path, "{\"status\": ", kJson);
    QCOMPARE(malformed.status, 400);
    QCOMPARE(m_client->get(path).object(), sale); // none of the refused updates changed anything
}

void TestSaleRoutes::unsupportedMethodsAre405()
{
    start();
    seedCatalogue();
    const QJsonObject sale = createSale({{QStringLiteral("platform"), QStringLiteral("Amazon")},
                                         {QStringLiteral("order_number"), QStringLiteral("M-1")},
                                         {QStringLiteral("items"), QJsonArray{item(m_kite.id, 1)}}});
    QVERIFY(!sale.isEmpty());
    const ApiReply del = m_client->del(kBase + u'/' + QString::number(idOf(sale)));
    QCOMPARE(del.status, 405);
    QCOMPARE(del.header("allow"), QByteArray("GET, PUT"));
    const ApiReply patch = m_client->send("PATCH", kBase, "{}", {{"Content-Type", "application/json"}});
    QCOMPARE(patch.status, 405);
    QCOMPARE(patch.header("allow"), QByteArray("GET, POST"));
    const ApiReply byNumber = m_client->send("PUT", kBase + QStringLiteral("/order/M-1"), "{}", kJson);
    QCOMPARE(byNumber.status, 405);
    QCOMPARE(byNumber.header("allow"), QByteArray("GET"));
    const ApiReply compact = m_client->send("POST", QStringLiteral("/sales"), "{}", kJson);
    QCOMPARE(compact.status, 405);
    QCOMPARE(compact.header("allow"), QByteArray("GET"));
    QCOMPARE(rowCount(QStringLiteral("sales")), qint64(1));
}

void TestSaleRoutes::compactLinesOnePerActiveLine()
{
    start();
    seedOrders();
    if (QTest::currentTestFailed())
        return;
    // Expected: every line of every order that is not cancelled or refunded, by line id.
    QJsonArray expected;
    int skippedLines = 0;
    QList<QJsonObject> lines;
    for (const QJsonObject &o : std::as_const(m_orders)) {
        const QString status = o.value(QStringLiteral("status")).toString();
        for (const QJsonValue &v : o.value(QStringLiteral("sale_items")).toArray()) {
            if (status == u"cancelled" || status == u"refunded") {
                ++skippedLines;
                continue;
            }
            const QJsonObject line = v.toObject();
            lines << QJsonObject{{QStringLiteral("id"), line.value(QStringLiteral("id"))},
                                 {QStringLiteral("product_id"), line.value(QStringLiteral("product_id"))},
                                 {QStringLiteral("channel"), o.value(QStringLiteral("platform"))},
                                 {QStringLiteral("quantity"), line.value(QStringLiteral("quantity"))},
                                 {QStringLiteral("price"), line.value(QStringLiteral("unit_price"))},
                                 {QStringLiteral("sale_date"), o.value(QStringLiteral("order_date"))}};
        }
    }
    std::sort(lines.begin(), lines.end(), [](const QJsonObject &a, const QJsonObject &b) { return idOf(a) < idOf(b); });
    for (const QJsonObject &l : lines)
        expected.append(l);
    QCOMPARE(expected.size(), 4);
    QCOMPARE(skippedLines, 3);

    const ApiReply r = m_client->get(QStringLiteral("/sales"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("content-type"), QByteArray("application/json"));
    QCOMPARE(r.header("x-total-count"), QByteArray::number(expected.size()));
    QCOMPARE(r.array().size(), expected.size());
    for (const QJsonValue &v : r.array())
        QCOMPARE(sortedKeys(v.toObject()), kLineKeys);
    QCOMPARE(r.array(), expected);
    QCOMPARE(m_client->get(QStringLiteral("/sales/")).array(), expected);
}

void TestSaleRoutes::compactLinesFilterAndPage_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("product") << QStringLiteral("product_id=%hammer");
    QTest::newRow("category") << QStringLiteral("category_id=%toys");
    QTest::newRow("channel") << QStringLiteral("channel=Amazon");
    QTest::newRow("channel of inactive orders") << QStringLiteral("channel=Website");
    QTest::newRow("dates") << QStringLiteral("start_date=2025-01-11&end_date=2025-01-20");
    QTest::newRow("platform is not a compact filter") << QStringLiteral("platform=eBay");
    QTest::newRow("page") << QStringLiteral("skip=1&limit=2");
    QTest::newRow("combined") << QStringLiteral("category_id=%tools&channel=Amazon&limit=1&skip=1");
}

void TestSaleRoutes::compactLinesFilterAndPage()
{
    QFETCH(QString, query);
    start();
    seedOrders();
    if (QTest::currentTestFailed())
        return;
    const QString q = withIds(query);
    const QUrlQuery params(q);
    auto has = [&](const char *name) { return params.hasQueryItem(QString::fromLatin1(name)); };
    auto text = [&](const char *name) { return params.queryItemValue(QString::fromLatin1(name)); };
    auto number = [&](const char *name) { return text(name).toLongLong(); };
    auto date = [&](const char *name) { return QDate::fromString(text(name), Qt::ISODate); };
    QHash<qint64, qint64> categoryOf{{m_hammer.id, m_tools.id}, {m_saw.id, m_tools.id}, {m_kite.id, m_toys.id}};

    QList<qint64> matching;
    for (const QJsonObject &o : std::as_const(m_orders)) {
        const QString status = o.value(QStringLiteral("status")).toString();
        if (status == u"cancelled" || status == u"refunded")
            continue;
        const QDate day = parsed(o.value(QStringLiteral("order_date"))).toUTC().date();
        for (const QJsonValue &v : o.value(QStringLiteral("sale_items")).toArray()) {
            const qint64 product = v.toObject().value(QStringLiteral("product_id")).toInteger();
            bool match = true;
            if (has("product_id"))
                match &= product == number("product_id");
            if (has("category_id"))
                match &= categoryOf.value(product) == number("category_id");
            if (has("channel"))
                match &= o.value(QStringLiteral("platform")).toString() == text("channel");
            if (has("start_date"))
                match &= day >= date("start_date");
            if (has("end_date"))
                match &= day <= date("end_date");
            if (match)
                matching << idOf(v);
        }
    }
    std::sort(matching.begin(), matching.end());
    const qint64 skip = number("skip");
    const qint64 limit = has("limit") ? number("limit") : 100;

    const ApiReply r = m_client->get(QStringLiteral("/sales?") + q);
    QCOMPARE(r.status, 200);
    QCOMPARE(ids(r.array()), matching.mid(skip, limit));
    QCOMPARE(r.header("x-total-count"), QByteArray::number(matching.size()));
}

void TestSaleRoutes::compactLinesInvalidQueryIs422()
{
    start();
    const ApiReply r =
        m_client->get(QStringLiteral("/sales?product_id=abc&category_id=-1&start_date=2025-1-1&end_date=x&limit=0"));
    QCOMPARE(r.status, 422);
    QCOMPARE(locs(r), locList({R"(["query","category_id"])", R"(["query","end_date"])", R"(["query","limit"])",
                               R"(["query","product_id"])", R"(["query","start_date"])"}));
    const ApiReply empty = m_client->get(QStringLiteral("/sales"));
    QCOMPARE(empty.status, 200);
    QCOMPARE(empty.array().size(), 0);
    QCOMPARE(empty.header("x-total-count"), QByteArray("0"));
}

STOREDESK_DB_TEST_MAIN(TestSaleRoutes)
#include "tst_saleroutes.moc"
