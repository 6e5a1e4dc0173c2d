// SPDX-License-Identifier: MIT
#include "apitestclient.h"
#include "testdatabases.h"

#include <QTest>

#include <algorithm>
#include <functional>

namespace {

const QStringList kInventoryKeys{QStringLiteral("channel"),      QStringLiteral("created_at"),          QStringLiteral("id"),
                                 QStringLiteral("is_low_stock"), QStringLiteral("last_restock_date"),   QStringLiteral("location"),
                                 QStringLiteral("low_stock_threshold"), QStringLiteral("product"),     QStringLiteral("product_id"),
                                 QStringLiteral("quantity"),     QStringLiteral("updated_at")};
const QStringList kProductKeys{QStringLiteral("category"),   QStringLiteral("category_id"), QStringLiteral("created_at"),
                               QStringLiteral("description"), QStringLiteral("id"),          QStringLiteral("name"),
                               QStringLiteral("price"),       QStringLiteral("sku"),         QStringLiteral("updated_at")};
const QStringList kCategoryKeys{QStringLiteral("created_at"), QStringLiteral("description"), QStringLiteral("id"),
                                QStringLiteral("name"), QStringLiteral("updated_at")};
const QStringList kHistoryKeys{QStringLiteral("change_qty"),  QStringLiteral("change_reason"), QStringLiteral("created_at"),
                               QStringLiteral("id"),          QStringLiteral("inventory_id"),  QStringLiteral("new_quantity"),
                               QStringLiteral("previous_quantity")};
const QStringList kLowStockKeys{QStringLiteral("channel"),      QStringLiteral("current_quantity"), QStringLiteral("inventory_id"),
                                QStringLiteral("location"),     QStringLiteral("product_id"),       QStringLiteral("product_name"),
                                QStringLiteral("shortfall"),    QStringLiteral("sku"),              QStringLiteral("threshold")};
const QStringList kCompactKeys{QStringLiteral("channel"),  QStringLiteral("id"),            QStringLiteral("last_updated"),
                               QStringLiteral("product_id"), QStringLiteral("quantity"),    QStringLiteral("reorder_level")};

QDateTime parseIso(const QJsonValue &v)
{
    return v.isString() && v.toString().contains(u'T') ? QDateTime::fromString(v.toString(), Qt::ISODate) : QDateTime();
}

QList<qint64> ids(const QJsonArray &array, const QString &key = QStringLiteral("id"))
{
    QList<qint64> result;
    for (const QJsonValue &v : array)
        result << v.toObject().value(key).toInteger();
    return result;
}

QList<qint64> values(const QJsonArray &array, const QString &key)
{
    return ids(array, key);
}

const QByteArray kJson = "application/json";

} // namespace

/** The inventory routes, versioned and compact, over real HTTP. */
class TestInventoryRoutes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { TestDatabases::addEngineRows(); }
    void init();
    void cleanup();

    void createReturns201WithLocationAndNestedProduct();
    void createDefaults();
    void createErrors();
    void listShapeAndNesting();
    void listFilters();
    void listPagingAndSort();
    void listRejectsBadQueryParameters();
    void getAndForProduct();
    void lowStockMostUrgentFirst();
    void lowStockThresholdOverrideAndPaging();
    void updateWritesHistory();
    void updateLocationAndChannel();
    void updateErrorsChangeNothing();
    void historyPagingAndDates();
    void adjustReturnsRowAndHistory();
    void adjustBelowZeroIs409AndChangesNothing();
    void adjustAboveTheLargestQuantityIs409();
    void adjustErrors();
    void wrongMethodIs405();
    void compactListAndGet();
    void compactLowStock();
    void compactCreate();
    void compactUpdateLogsTheChange();

private:
    struct Row
    {
        qint64 id;
        qint64 productId;
        qint64 categoryId;
        QString location;
        QString channel;
        qint64 quantity;
        qint64 threshold;
        QString productName;
        QString sku;
    };

    qint64 makeProduct(const QString &name, const QString &sku, qint64 categoryId);
    Row makeRow(qint64 productId, const QString &location, const QString &channel, qint64 quantity, qint64 threshold);
    /** Five rows over three products in two categories (see the body for the numbers). */
    QList<Row> makeStock();
    QList<qint64> expectedIds(const QList<Row> &rows, const std::function<bool(const Row &)> &keep);
    qint64 historyCount(qint64 inventoryId) { return m_store->inventory().historyCount(inventoryId); }

    std::unique_ptr<Store> m_store;
    std::unique_ptr<ApiTestClient> m_client;
    qint64 m_toolsId = 0;
    qint64 m_gardenId = 0;
    QHash<qint64, Product> m_products;
};

void TestInventoryRoutes::init()
{
    QFETCH_GLOBAL(QString, engine);
    m_store = TestDatabases::freshStore(engine);
    m_client = std::make_unique<ApiTestClient>(*m_store);
    m_toolsId = m_store->categories().create({QStringLiteral("Tools"), QStringLiteral("Hand and power tools")}).id;
    m_gardenId = m_store->categories().create({QStringLiteral("Garden"), QString()}).id;
    m_products.clear();
}

void TestInventoryRoutes::cleanup()
{
    m_client.reset();
    m_store.reset();
}

qint64 TestInventoryRoutes::makeProduct(const QString &name, const QString &sku, qint64 categoryId)
{
    ProductInput input;
    input.name = name;
    input.sku = sku;
    input.price = Money::fromCents(1999);
    input.categoryId = categoryId;
    const Product p = m_store->products().create(input);
    m_products.insert(p.id, p);
    return p.id;
}

TestInventoryRoutes::Row TestInventoryRoutes::makeRow(qint64 productId, const QString &location, const QString &channel,
                                                      qint64 quantity, qint64 threshold)
{
    InventoryInput input;
    input.productId = productId;
    input.location = location;
    input.channel = channel;
    input.quantity = quantity;
    input.lowStockThreshold = threshold;
    const InventoryItem item = m_store->inventory().create(input);
    const Product &p = m_products[productId];
    return Row{item.id, productId, p.categoryId, location, channel, quantity, threshold, p.name, p.sku};
}

QList<TestInventoryRoutes::Row> TestInventoryRoutes::makeStock()
{
    const qint64 drill = makeProduct(QStringLiteral("Drill"), QStringLiteral("DRL-1"), m_toolsId);
    const qint64 hose = makeProduct(QStringLiteral("Hose"), QStringLiteral("HOS-1"), m_gardenId);
    const qint64 saw = makeProduct(QStringLiteral("Saw"), QStringLiteral("SAW-1"), m_toolsId);
    return {makeRow(drill, QStringLiteral("main"), QString(), 50, 10),
            makeRow(drill, QStringLiteral("main"), QStringLiteral("Amazon"), 4, 5),
            makeRow(hose, QStringLiteral("main"), QString(), 0, 5),
            makeRow(hose, QStringLiteral("warehouse"), QString(), 2, 10),
            makeRow(saw, QStringLiteral("warehouse"), QStringLiteral("eBay"), 30, 3)};
}

QList<qint64> TestInventoryRoutes::expectedIds(const QList<Row> &rows, const std::function<bool(const Row &)> &keep)
{
    QList<qint64> result;
    for (const Row &r : rows) {
        if (keep(r))
            result << r.id;
    }
    return result;
}

void TestInventoryRoutes::createReturns201WithLocationAndNestedProduct()
{
    const qint64 productId = makeProduct(QStringLiteral("Drill"), QStringLiteral("DRL-1"), m_toolsId);
    const ApiReply r = m_client->post(QStringLiteral("/api/v1/inventory/"),
                                      {{QStringLiteral("product_id"), productId},
                                       {QStringLiteral("quantity"), 12},
                                       {QStringLiteral("location"), QStringLiteral("store")},
                                       {QStringLiteral("channel"), QStringLiteral("Amazon")},
                                       {QStringLiteral("low_stock_threshold"), 3}});
    QCOMPARE(r.status, 201);
    QCOMPARE(r.header("content-type"), kJson);
    const QJsonObject o = r.object();
    QCOMPARE(o.keys(), kInventoryKeys);
    const qint64 id = o.value(QStringLiteral("id")).toInteger();
    QVERIFY(id > 0);
    QCOMPARE(r.header("location"), QByteArray("/api/v1/inventory/") + QByteArray::number(id));
    QCOMPARE(o.value(QStringLiteral("product_id")).toInteger(), productId);
    QCOMPARE(o.value(QStringLiteral("location")).toString(), QStringLiteral("store"));
    QCOMPARE(o.value(QStringLiteral("channel")).toString(), QStringLiteral("Amazon"));
    QCOMPARE(o.value(QStringLiteral("quantity")).toInteger(), qint64(12));
    QCOMPARE(o.value(QStringLiteral("low_stock_threshold")).toInteger(), qint64(3));
    QCOMPARE(o.value(QStringLiteral("is_low_stock")), QJsonValue(false));
    QVERIFY(parseIso(o.value(QStringLiteral("last_restock_date"))).isValid());
    QVERIFY(parseIso(o.value(QStringLiteral("created_at"))).isValid());
    QVERIFY(parseIso(o.value(QStringLiteral("updated_at"))).isValid());
    const QJsonObject product = o.value(QStringLiteral("product")).toObject();
    QCOMPARE(product.keys(), kProductKeys);
    QCOMPARE(product.value(QStringLiteral("id")).toInteger(), productId);
    QCOMPARE(product.value(QStringLiteral("sku")).toString(), QStringLiteral("DRL-1"));
    QCOMPARE(product.value(QStringLiteral("price")).toDouble(), 19.99);
    const QJsonObject category = product.value(QStringLiteral("category")).toObject();
    QCOMPARE(category.keys(), kCategoryKeys);
    QCOMPARE(category.value(QStringLiteral("id")).toInteger(), m_toolsId);
    QCOMPARE(category.value(QStringLiteral("name")).toString(), QStringLiteral("Tools"));

    QCOMPARE(m_client->get(QString::fromUtf8(r.header("location"))).object(), o);
    const InventoryItem stored = m_store->inventory().get(id);
    QCOMPARE(stored.quantity, qint64(12));
    QCOMPARE(stored.channel, QStringLiteral("Amazon"));
    QCOMPARE(historyCount(id), qint64(1));
}

void TestInventoryRoutes::createDefaults()
{
    const qint64 productId = makeProduct(QStringLiteral("Hose"), QStringLiteral("HOS-1"), m_gardenId);
    const ApiReply r = m_client->post(QStringLiteral("/api/v1/inventory"),
                                      {{QStringLiteral("product_id"), productId}, {QStringLiteral("quantity"), 0},
                                       {QStringLiteral("channel"), QJsonValue::Null}});
    QCOMPARE(r.status, 201);
    const QJsonObject o = r.object();
    QCOMPARE(o.keys(), kInventoryKeys);
    QCOMPARE(o.value(QStringLiteral("location")).toString(), QStringLiteral("main"));
    QVERIFY(o.value(QStringLiteral("channel")).isNull());
    QCOMPARE(o.value(QStringLiteral("low_stock_threshold")).toInteger(), m_store->config().lowStockThreshold);
    QCOMPARE(o.value(QStringLiteral("is_low_stock")), QJsonValue(true));
    QVERIFY(o.value(QStringLiteral("last_restock_date")).isNull());
    // A category without a description nests it as null.
    QVERIFY(o.value(QStringLiteral("product")).toObject().value(QStringLiteral("category")).toObject().value(QStringLiteral("description")).isNull());
    QCOMPARE(historyCount(o.value(QStringLiteral("id")).toInteger()), qint64(0));
}

void TestInventoryRoutes::createErrors()
{
    const qint64 productId = makeProduct(QStringLiteral("Drill"), QStringLiteral("DRL-1"), m_toolsId);
    makeRow(productId, QStringLiteral("store"), QStringLiteral("Amazon"), 5, 2);
    const qint64 before = m_store->inventory().count();

    const ApiReply unknown = m_client->post(QStringLiteral("/api/v1/inventory/"),
                                            {{QStringLiteral("product_id"), productId + 50}, {QStringLiteral("quantity"), 1}});
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.object().keys(), QStringList{QStringLiteral("detail")});
    QVERIFY(unknown.object().value(QStringLiteral("detail")).isString());

    const ApiReply duplicate = m_client->post(QStringLiteral("/api/v1/inventory/"),
                                              {{QStringLiteral("product_id"), productId}, {QStringLiteral("quantity"), 1},
                                               {QStringLiteral("location"), QStringLiteral("store")},
                                               {QStringLiteral("channel"), QStringLiteral("Amazon")}});
    QCOMPARE(duplicate.status, 409);
    QCOMPARE(duplicate.object().keys(), QStringList{QStringLiteral("detail")});
    QVERIFY(duplicate.object().value(QStringLiteral("detail")).toString().contains(QStringLiteral("store")));

    const ApiReply rules = m_client->post(QStringLiteral("/api/v1/inventory/"),
                                          {{QStringLiteral("product_id"), productId}, {QStringLiteral("quantity"), -1},
                                           {QStringLiteral("low_stock_threshold"), -2}});
    QCOMPARE(rules.status, 422);
    QCOMPARE(validationErrors(rules), sorted({QStringLiteral("body.quantity:greater_than_equal"),
                                              QStringLiteral("body.low_stock_threshold:greater_than_equal")}));

    const ApiReply types = m_client->post(QStringLiteral("/api/v1/inventory/"),
                                          {{QStringLiteral("quantity"), QStringLiteral("x")}, {QStringLiteral("low_stock_threshold"), 1.5},
                                           {QStringLiteral("channel"), 7}});
    QCOMPARE(types.status, 422);
    QCOMPARE(validationErrors(types), sorted({QStringLiteral("body.product_id:missing"), QStringLiteral("body.quantity:int_type"),
                                              QStringLiteral("body.low_stock_threshold:int_type"), QStringLiteral("body.channel:string_type")}));

    const ApiReply huge = m_client->send("POST", QStringLiteral("/api/v1/inventory/"),
                                         "{\"product_id\":" + QByteArray::number(productId) + ",\"quantity\":1e300}", {{"Content-Type", kJson}});
    QCOMPARE(huge.status, 422);
    QCOMPARE(validationErrors(huge), QStringList{QStringLiteral("body.quantity:int_type")});

    QCOMPARE(m_store->inventory().count(), before);

    // The channel is part of the key: the same product and location without a channel is a new row.
    const ApiReply other = m_client->post(QStringLiteral("/api/v1/inventory/"),
                                          {{QStringLiteral("product_id"), productId}, {QStringLiteral("quantity"), 1},
                                           {QStringLiteral("location"), QStringLiteral("store")}});
    QCOMPARE(other.status, 201);
    QCOMPARE(m_store->inventory().count(), before + 1);
}

void TestInventoryRoutes::listShapeAndNesting()
{
    const QList<Row> rows = makeStock();
    const ApiReply r = m_client->get(QStringLiteral("/api/v1/inventory/"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("x-total-count"), QByteArray::number(rows.size()));
    const QJsonArray array = r.array();
    QCOMPARE(array.size(), rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const Row &row = rows[i];
        const QJsonObject o = array[i].toObject();
        QCOMPARE(o.keys(), kInventoryKeys);
        QCOMPARE(o.value(QStringLiteral("id")).toInteger(), row.id);
        QCOMPARE(o.value(QStringLiteral("product_id")).toInteger(), row.productId);
        QCOMPARE(o.value(QStringLiteral("location")).toString(), row.location);
        if (row.channel.isEmpty())
            QVERIFY(o.value(QStringLiteral("channel")).isNull());
        else
            QCOMPARE(o.value(QStringLiteral("channel")).toString(), row.channel);
        QCOMPARE(o.value(QStringLiteral("quantity")).toInteger(), row.quantity);
        QCOMPARE(o.value(QStringLiteral("low_stock_threshold")).toInteger(), row.threshold);
        QCOMPARE(o.value(QStringLiteral("is_low_stock")), QJsonValue(row.quantity <= row.threshold));
        QCOMPARE(o.value(QStringLiteral("last_restock_date")).isNull(), row.quantity == 0);
        const QJsonObject product = o.value(QStringLiteral("product")).toObject();
        QCOMPARE(product.keys(), kProductKeys);
        QCOMPARE(product.value(QStringLiteral("id")).toInteger(), row.productId);
        QCOMPARE(product.value(QStringLiteral("name")).toString(), row.productName);
        QCOMPARE(product.value(QStringLiteral("sku")).toString(), row.sku);
        QCOMPARE(product.value(QStringLiteral("category_id")).toInteger(), row.categoryId);
        const QJsonObject category = product.value(QStringLiteral("category")).toObject();
        QCOMPARE(category.keys(), kCategoryKeys);
        QCOMPARE(category.value(QStringLiteral("id")).toInteger(), row.categoryId);
        QCOMPARE(category.value(QStringLiteral("name")).toString(), row.categoryId == m_toolsId ? QStringLiteral("Tools") : QStringLiteral("Garden"));
    }
}

void TestInventoryRoutes::listFilters()
{
    const QList<Row> rows = makeStock();
    const qint64 drill = rows[0].productId;
    const qint64 tools = m_toolsId;
    struct Case
    {
        QString query;
        std::function<bool(const Row &)> keep;
    };
    const QList<Case> cases{
        {QStringLiteral("product_id=%1").arg(drill), [drill](const Row &r) { return r.productId == drill; }},
        {QStringLiteral("category_id=%1").arg(tools), [tools](const Row &r) { return r.categoryId == tools; }},
        {QStringLiteral("location=warehouse"), [](const Row &r) { return r.location == u"warehouse"; }},
        {QStringLiteral("channel=Amazon"), [](const Row &r) { return r.channel == u"Amazon"; }},
        {QStringLiteral("channel="), [](const Row &r) { return r.channel.isEmpty(); }},
        {QStringLiteral("low_stock_only=true"), [](const Row &r) { return r.quantity <= r.threshold; }},
        {QStringLiteral("low_stock_only=false"), [](const Row &) { return true; }},
        {QStringLiteral("location=main&low_stock_only=1"), [](const Row &r) { return r.location == u"main" && r.quantity <= r.threshold; }},
        {QStringLiteral("category_id=%1&location=warehouse").arg(tools),
         [tools](const Row &r) { return r.categoryId == tools && r.location == u"warehouse"; }},
        {QStringLiteral("location=nowhere"), [](const Row &) { return false; }},
    };
    for (const Case &c : cases) {
        const ApiReply r = m_client->get(QStringLiteral("/api/v1/inventory/?") + c.query);
        QVERIFY2(r.status == 200, qPrintable(c.query));
        const QList<qint64> expected = expectedIds(rows, c.keep);
        QVERIFY2(ids(r.array()) == expected, qPrintable(c.query));
        QCOMPARE(r.header("x-total-count"), QByteArray::number(expected.size()));
    }
}

void TestInventoryRoutes::listPagingAndSort()
{
    QList<Row> rows = makeStock();
    const QList<qint64> all = expectedIds(rows, [](const Row &) { return true; });
    const ApiReply page = m_client->get(QStringLiteral("/api/v1/inventory/?skip=1&limit=2"));
    QCOMPARE(ids(page.array()), all.mid(1, 2));
    QCOMPARE(page.header("x-total-count"), QByteArray::number(all.size()));
    const ApiReply beyond = m_client->get(QStringLiteral("/api/v1/inventory/?skip=9223372036854775807&limit=1000"));
    QCOMPARE(beyond.array().size(), 0);
    QCOMPARE(beyond.header("x-total-count"), QByteArray::number(all.size()));

    QList<Row> byQuantityDesc = rows;
    std::sort(byQuantityDesc.begin(), byQuantityDesc.end(), [](const Row &a, const Row &b) { return a.quantity > b.quantity; });
    QCOMPARE(ids(m_client->get(QStringLiteral("/api/v1/inventory/?sort=-quantity")).array()),
             expectedIds(byQuantityDesc, [](const Row &) { return true; }));
    QList<Row> byLocation = rows;
    std::stable_sort(byLocation.begin(), byLocation.end(), [](const Row &a, const Row &b) { return a.location < b.location; });
    QCOMPARE(ids(m_client->get(QStringLiteral("/api/v1/inventory/?sort=location")).array()),
             expectedIds(byLocation, [](const Row &) { return true; }));
    QList<qint64> reversed = all;
    std::reverse(reversed.begin(), reversed.end());
    QCOMPARE(ids(m_client->get(QStringLiteral("/api/v1/inventory/?sort=id:desc")).array()), reversed);
    QCOMPARE(ids(m_client->get(QStringLiteral("/api/v1/inventory/?sort=-quantity&skip=1&limit=2")).array()),
             expectedIds(byQuantityDesc, [](const Row &) { return true; }).mid(1, 2));
}

void TestInventoryRoutes::listRejectsBadQueryParameters()
{
    makeStock();
    const ApiReply r = m_client->get(QStringLiteral("/api/v1/inventory/?low_stock_only=maybe&product_id=abc&category_id=0&sort=price&limit=5000"));
    QCOMPARE(r.status, 422);
    QCOMPARE(validationErrors(r), sorted({QStringLiteral("query.low_stock_only:bool_parsing"), QStringLiteral("query.product_id:int_parsing"),
                                          QStringLiteral("query.category_id:greater_than_equal"), QStringLiteral("query.sort:enum"),
                                          QStringLiteral("query.limit:less_than_equal")}));
}

void TestInventoryRoutes::getAndForProduct()
{
    const QList<Row> rows = makeStock();
    const ApiReply list = m_client->get(QStringLiteral("/api/v1/inventory/"));
    const ApiReply one = m_client->get(QStringLiteral("/api/v1/inventory/%1").arg(rows[3].id));
    QCOMPARE(one.status, 200);
    QCOMPARE(one.object(), list.array()[3].toObject());

    const qint64 hose = rows[2].productId;
    const ApiReply forHose = m_client->get(QStringLiteral("/api/v1/inventory/product/%1").arg(hose));
    QCOMPARE(forHose.status, 200);
    const QList<qint64> expected = expectedIds(rows, [hose](const Row &r) { return r.productId == hose; });
    QCOMPARE(ids(forHose.array()), expected);
    QCOMPARE(forHose.header("x-total-count"), QByteArray::number(expected.size()));
    for (const QJsonValue &v : forHose.array()) {
        QCOMPARE(v.toObject().keys(), kInventoryKeys);
        QCOMPARE(v.toObject().value(QStringLiteral("product")).toObject().value(QStringLiteral("id")).toInteger(), hose);
    }

    const qint64 bare = makeProduct(QStringLiteral("Bare"), QStringLiteral("BARE-1"), m_gardenId);
    const ApiReply none = m_client->get(QStringLiteral("/api/v1/inventory/product/%1/").arg(bare));
    QCOMPARE(none.status, 200);
    QCOMPARE(none.array().size(), 0);
    QCOMPARE(none.header("x-total-count"), QByteArray("0"));

    for (const QString &path : {QStringLiteral("/api/v1/inventory/product/%1").arg(bare + 10),
                                QStringLiteral("/api/v1/inventory/product/abc"),
                                QStringLiteral("/api/v1/inventory/%1").arg(rows.last().id + 1),
                                QStringLiteral("/api/v1/inventory/0"),
                                QStringLiteral("/api/v1/inventory/12345678901234567890"),
                                QStringLiteral("/api/v1/inventory/%1/history").arg(rows.last().id + 1)}) {
        const ApiReply r = m_client->get(path);
        QVERIFY2(r.status == 404, qPrintable(path));
        QVERIFY(r.object().value(QStringLiteral("detail")).isString());
    }
}

void TestInventoryRoutes::lowStockMostUrgentFirst()
{
    const QList<Row> rows = makeStock();
    const ApiReply r = m_client->get(QStringLiteral("/api/v1/inventory/low-stock"));
    QCOMPARE(r.status, 200);
    // Out of stock first, then the largest shortfall (threshold − quantity).
    QList<Row> low;
    for (const Row &row : rows) {
        if (row.quantity <= row.threshold)
            low << row;
    }
    std::sort(low.begin(), low.end(), [](const Row &a, const Row &b) {
        if ((a.quantity == 0) != (b.quantity == 0))
            return a.quantity == 0;
        return a.threshold - a.quantity > b.threshold - b.quantity;
    });
    QCOMPARE(ids(r.array(), QStringLiteral("inventory_id")), expectedIds(low, [](const Row &) { return true; }));
    QCOMPARE(r.header("x-total-count"), QByteArray::number(low.size()));
    for (qsizetype i = 0; i < low.size(); ++i) {
        const QJsonObject o = r.array()[i].toObject();
        QCOMPARE(o.keys(), kLowStockKeys);
        QCOMPARE(o.value(QStringLiteral("product_id")).toInteger(), low[i].productId);
        QCOMPARE(o.value(QStringLiteral("product_name")).toString(), low[i].productName);
        QCOMPARE(o.value(QStringLiteral("sku")).toString(), low[i].sku);
        QCOMPARE(o.value(QStringLiteral("location")).toString(), low[i].location);
        QCOMPARE(o.value(QStringLiteral("channel")).isNull(), low[i].channel.isEmpty());
        if (!low[i].channel.isEmpty())
            QCOMPARE(o.value(QStringLiteral("channel")).toString(), low[i].channel);
        QCOMPARE(o.value(QStringLiteral("current_quantity")).toInteger(), low[i].quantity);
        QCOMPARE(o.value(QStringLiteral("threshold")).toInteger(), low[i].threshold);
        QCOMPARE(o.value(QStringLiteral("shortfall")).toInteger(), low[i].threshold - low[i].quantity);
    }
    // The literal route is not taken for an inventory id, with or without a trailing slash.
    QCOMPARE(m_client->get(QStringLiteral("/api/v1/inventory/low-stock/")).array(), r.array());
}

void TestInventoryRoutes::lowStockThresholdOverrideAndPaging()
{
    const QList<Row> rows = makeStock();
    const qint64 threshold = 30;
    QList<Row> low;
    for (const Row &row : rows) {
        if (row.quantity <= threshold)
            low << row;
    }
    std::sort(low.begin(), low.end(), [](const Row &a, const Row &b) {
        if ((a.quantity == 0) != (b.quantity == 0))
            return a.quantity == 0;
        return a.quantity < b.quantity; // the same threshold for all: the largest shortfall is the smallest quantity
    });
    const ApiReply r = m_client->get(QStringLiteral("/api/v1/inventory/low-stock?threshold_override=%1").arg(threshold));
    QCOMPARE(r.status, 200);
    QCOMPARE(ids(r.array(), QStringLiteral("inventory_id")), expectedIds(low, [](const Row &) { return true; }));
    QCOMPARE(values(r.array(), QStringLiteral("threshold")), QList<qint64>(low.size(), threshold));
    QList<qint64> shortfalls;
    for (const Row &row : low)
        shortfalls << threshold - row.quantity;
    QCOMPARE(values(r.array(), QStringLiteral("shortfall")), shortfalls);

    const ApiReply zero = m_client->get(QStringLiteral("/api/v1/inventory/low-stock?threshold_override=0"));
    QCOMPARE(ids(zero.array(), QStringLiteral("inventory_id")), expectedIds(rows, [](const Row &row) { return row.quantity == 0; }));

    const ApiReply page = m_client->get(QStringLiteral("/api/v1/inventory/low-stock?threshold_override=%1&skip=1&limit=2").arg(threshold));
    QCOMPARE(ids(page.array(), QStringLiteral("inventory_id")), expectedIds(low, [](const Row &) { return true; }).mid(1, 2));
    QCOMPARE(page.header("x-total-count"), QByteArray::number(low.size()));

    const ApiReply garden = m_client->get(QStringLiteral("/api/v1/inventory/low-stock?category_id=%1").arg(m_gardenId));
    QCOMPARE(ids(garden.array(), QStringLiteral("inventory_id")),
             expectedIds(rows, [this](const Row &row) { return row.categoryId == m_gardenId && row.quantity <= row.threshold; }));

    const ApiReply negative = m_client->get(QStringLiteral("/api/v1/inventory/low-stock?threshold_override=-1"));
    QCOMPARE(negative.status, 422);
    QCOMPARE(validationErrors(negative), QStringList{QStringLiteral("query.threshold_override:greater_than_equal")});
    const ApiReply bad = m_client->get(QStringLiteral("/api/v1/inventory/low-stock?threshold_override=abc&limit=0"));
    QCOMPARE(bad.status, 422);
    QCOMPARE(validationErrors(bad), sorted({QStringLiteral("query.threshold_override:int_parsing"), QStringLiteral("query.limit:greater_than_equal")}));
}

void TestInventoryRoutes::updateWritesHistory()
{
    const qint64 productId = makeProduct(QStringLiteral("Drill"), QStringLiteral("DRL-1"), m_toolsId);
    const Row row = makeRow(productId, QStringLiteral("main"), QString(), 0, 10);
    const QString path = QStringLiteral("/api/v1/inventory/%1").arg(row.id);
    const QString historyPath = path + QStringLiteral("/history");
    QCOMPARE(historyCount(row.id), qint64(0));
    const QDateTime old(QDate(2024, 1, 15), QTime(9, 30), QTimeZone::utc());

    // An increase writes history and sets the restock date.
    const ApiReply a = m_client->put(path, {{QStringLiteral("quantity"), 20}, {QStringLiteral("change_reason"), QStringLiteral("recount")}});
    QCOMPARE(a.status, 200);
    QCOMPARE(a.object().keys(), kInventoryKeys);
    QCOMPARE(a.object().value(QStringLiteral("quantity")).toInteger(), qint64(20));
    QCOMPARE(a.object().value(QStringLiteral("is_low_stock")), QJsonValue(false));
    QVERIFY(parseIso(a.object().value(QStringLiteral("last_restock_date"))) > old);
    QCOMPARE(a.object().value(QStringLiteral("product")).toObject().value(QStringLiteral("id")).toInteger(), productId);
    ApiReply h = m_client->get(historyPath);
    QCOMPARE(h.status, 200);
    QCOMPARE(h.header("x-total-count"), QByteArray("1"));
    QCOMPARE(h.array().size(), 1);
    const QJsonObject first = h.array().first().toObject();
    QCOMPARE(first.keys(), kHistoryKeys);
    QCOMPARE(first.value(QStringLiteral("inventory_id")).toInteger(), row.id);
    QCOMPARE(first.value(QStringLiteral("previous_quantity")).toInteger(), qint64(0));
    QCOMPARE(first.value(QStringLiteral("new_quantity")).toInteger(), qint64(20));
    QCOMPARE(first.value(QStringLiteral("change_qty")).toInteger(), qint64(20));
    QCOMPARE(first.value(QStringLiteral("change_reason")).toString(), QStringLiteral("recount"));
    QVERIFY(parseIso(first.value(QStringLiteral("created_at"))).isValid());

    // Attributes only: no history; the restock date can be set explicitly.
    const ApiReply b = m_client->put(path, {{QStringLiteral("last_restock_date"), QStringLiteral("2024-01-15T09:30:00Z")},
                                            {QStringLiteral("low_stock_threshold"), 25}});
    QCOMPARE(b.status, 200);
    QCOMPARE(parseIso(b.object().value(QStringLiteral("last_restock_date"))), old);
    QCOMPARE(b.object().value(QStringLiteral("low_stock_threshold")).toInteger(), qint64(25));
    QCOMPARE(b.object().value(QStringLiteral("is_low_stock")), QJsonValue(true));
    QCOMPARE(historyCount(row.id), qint64(1));

    // The reason as a query parameter; a decrease leaves the restock date alone.
    const ApiReply c = m_client->put(path + QStringLiteral("?change_reason=cycle%20count"), {{QStringLiteral("quantity"), 15}});
    QCOMPARE(c.status, 200);
    QCOMPARE(c.object().value(QStringLiteral("quantity")).toInteger(), qint64(15));
    QCOMPARE(parseIso(c.object().value(QStringLiteral("last_restock_date"))), old);

    // The body's reason wins over the query's; an increase moves the restock date.
    const ApiReply d = m_client->put(path + QStringLiteral("?change_reason=ignored"),
                                     {{QStringLiteral("quantity"), 18}, {QStringLiteral("change_reason"), QStringLiteral("delivery")}});
    QCOMPARE(d.status, 200);
    QVERIFY(parseIso(d.object().value(QStringLiteral("last_restock_date"))) > old);

    // The same quantity again is no change.
    QCOMPARE(m_client->put(path, {{QStringLiteral("quantity"), 18}, {QStringLiteral("change_reason"), QStringLiteral("noop")}}).status, 200);
    // Without a reason the service's default text is used.
    QCOMPARE(m_client->put(path, {{QStringLiteral("quantity"), 16}}).status, 200);

    h = m_client->get(historyPath);
    QCOMPARE(h.header("x-total-count"), QByteArray("4"));
    QCOMPARE(values(h.array(), QStringLiteral("new_quantity")), (QList<qint64>{16, 18, 15, 20}));
    QCOMPARE(values(h.array(), QStringLiteral("previous_quantity")), (QList<qint64>{18, 15, 20, 0}));
    QCOMPARE(values(h.array(), QStringLiteral("change_qty")), (QList<qint64>{-2, 3, -5, 20}));
    QStringList reasons;
    for (const QJsonValue &v : h.array())
        reasons << v.toObject().value(QStringLiteral("change_reason")).toString();
    QCOMPARE(reasons, (QStringList{QStringLiteral("manual update"), QStringLiteral("delivery"), QStringLiteral("cycle count"),
                                   QStringLiteral("recount")}));
    QCOMPARE(m_store->inventory().get(row.id).quantity, qint64(16));
}

void TestInventoryRoutes::updateLocationAndChannel()
{
    const qint64 productId = makeProduct(QStringLiteral("Drill"), QStringLiteral("DRL-1"), m_toolsId);
    const Row main = makeRow(productId, QStringLiteral("main"), QString(), 5, 10);
    const Row other = makeRow(productId, QStringLiteral("annex"), QStringLiteral("Etsy"), 5, 10);
    const QString path = QStringLiteral("/api/v1/inventory/%1").arg(other.id);

    const ApiReply moved = m_client->put(path, {{QStringLiteral("location"), QStringLiteral("store")},
                                                {QStringLiteral("channel"), QStringLiteral("eBay")}});
    QCOMPARE(moved.status, 200);
    QCOMPARE(moved.object().value(QStringLiteral("location")).toString(), QStringLiteral("store"));
    QCOMPARE(moved.object().value(QStringLiteral("channel")).toString(), QStringLiteral("eBay"));
    const ApiReply unreserved = m_client->put(path, {{QStringLiteral("channel"), QJsonValue::Null}});
    QCOMPARE(unreserved.status, 200);
    QVERIFY(unreserved.object().value(QStringLiteral("channel")).isNull());
    QCOMPARE(unreserved.object().value(QStringLiteral("location")).toString(), QStringLiteral("store"));

    // Moving onto the key of another row of the product is a conflict and changes nothing.
    const ApiReply clash = m_client->put(path, {{QStringLiteral("location"), QStringLiteral("main")}, {QStringLiteral("quantity"), 9}});
    QCOMPARE(clash.status, 409);
    QVERIFY(clash.object().value(QStringLiteral("detail")).isString());
    const InventoryItem after = m_store->inventory().get(other.id);
    QCOMPARE(after.location, QStringLiteral("store"));
    QCOMPARE(after.quantity, qint64(5));
    QCOMPARE(historyCount(other.id), qint64(1));
    QCOMPARE(m_store->inventory().get(main.id).location, QStringLiteral("main"));
}

void TestInventoryRoutes::updateErrorsChangeNothing()
{
    const qint64 productId = makeProduct(QStringLiteral("Drill"), QStringLiteral("DRL-1"), m_toolsId);
    const Row row = makeRow(productId, QStringLiteral("main"), QString(), 5, 10);
    const QString path = QStringLiteral("/api/v1/inventory/%1").arg(row.id);

    const ApiReply missing = m_client->put(QStringLiteral("/api/v1/inventory/%1").arg(row.id + 1), {{QStringLiteral("quantity"), 1}});
    QCOMPARE(missing.status, 404);
    QVERIFY(missing.object().value(QStringLiteral("detail")).isString());

    const ApiReply types = m_client->put(path, {{QStringLiteral("quantity"), QStringLiteral("x")},
                                                {QStringLiteral("low_stock_threshold"), 1.5},
                                                {QStringLiteral("last_restock_date"), QStringLiteral("yesterday")},
                                                {QStringLiteral("change_reason"), 4}});
    QCOMPARE(types.status, 422);
    QCOMPARE(validationErrors(types), sorted({QStringLiteral("body.quantity:int_type"), QStringLiteral("body.low_stock_threshold:int_type"),
                                              QStringLiteral("body.last_restock_date:datetime_parsing"),
                                              QStringLiteral("body.change_reason:string_type")}));

    const ApiReply rules = m_client->put(path, {{QStringLiteral("quantity"), -3}, {QStringLiteral("low_stock_threshold"), -1},
                                                {QStringLiteral("location"), QJsonValue::Null}});
    QCOMPARE(rules.status, 422);
    QCOMPARE(validationErrors(rules), sorted({QStringLiteral("body.quantity:greater_than_equal"),
                                              QStringLiteral("body.low_stock_threshold:greater_than_equal"),
                                              QStringLiteral("body.location:string_too_short")}));

    const ApiReply huge = m_client->send("PUT", path, "{\"quantity\": 1e300}", {{"Content-Type", kJson}});
    QCOMPARE(huge.status, 422);
    QCOMPARE(validationErrors(huge), QStringList{QStringLiteral("body.quantity:int_type")});

    const InventoryItem after = m_store->inventory().get(row.id);
    QCOMPARE(after.quantity, qint64(5));
    QCOMPARE(after.lowStockThreshold, qint64(10));
    QCOMPARE(after.location, QStringLiteral("main"));
    QCOMPARE(historyCount(row.id), qint64(1));
}

void TestInventoryRoutes::historyPagingAndDates()
{
    const qint64 productId = makeProduct(QStringLiteral("Drill"), QStringLiteral("DRL-1"), m_toolsId);
    const Row row = makeRow(productId, QStringLiteral("main"), QString(), 10, 5);
    QList<qint64> newestFirst{10};
    qint64 quantity = 10;
    for (qint64 delta = 1; delta <= 5; ++delta) {
        quantity += delta;
        m_store->inventory().adjust(row.id, delta, QStringLiteral("received"));
        newestFirst.prepend(quantity);
    }
    const QString path = QStringLiteral("/api/v1/inventory/%1/history").arg(row.id);
    const ApiReply all = m_client->get(path);
    QCOMPARE(all.status, 200);
    QCOMPARE(values(all.array(), QStringLiteral("new_quantity")), newestFirst);
    QCOMPARE(all.header("x-total-count"), QByteArray::number(newestFirst.size()));
    QList<qint64> historyIds = ids(all.array());
    QVERIFY(std::is_sorted(historyIds.rbegin(), historyIds.rend()));

    const ApiReply page = m_client->get(path + QStringLiteral("?skip=1&limit=2"));
    QCOMPARE(values(page.array(), QStringLiteral("new_quantity")), newestFirst.mid(1, 2));
    QCOMPARE(page.header("x-total-count"), QByteArray::number(newestFirst.size()));
    const ApiReply far = m_client->get(path + QStringLiteral("?skip=9223372036854775807"));
    QCOMPARE(far.status, 200);
    QCOMPARE(far.array().size(), 0);
    QCOMPARE(far.header("x-total-count"), QByteArray::number(newestFirst.size()));

    // Dates are inclusive days in the store's zone (UTC in the tests); every change happened "today".
    const QDate today = parseIso(all.array().first().toObject().value(QStringLiteral("created_at"))).toUTC().date();
    const QString iso = QStringLiteral("yyyy-MM-dd");
    struct Case
    {
        QString query;
        qsizetype count;
    };
    const QList<Case> cases{
        {QStringLiteral("start_date=%1").arg(today.toString(iso)), newestFirst.size()},
        {QStringLiteral("end_date=%1").arg(today.toString(iso)), newestFirst.size()},
        {QStringLiteral("start_date=%1&end_date=%2").arg(today.addDays(-1).toString(iso), today.addDays(1).toString(iso)), newestFirst.size()},
        {QStringLiteral("start_date=%1").arg(today.addDays(1).toString(iso)), 0},
        {QStringLiteral("end_date=%1").arg(today.addDays(-1).toString(iso)), 0},
        {QStringLiteral("start_date=%1&end_date=%1&limit=3").arg(today.toString(iso)), 3},
    };
    for (const Case &c : cases) {
        const ApiReply r = m_client->get(path + u'?' + c.query);
        QVERIFY2(r.status == 200, qPrintable(c.query));
        QVERIFY2(r.array().size() == c.count, qPrintable(c.query));
        const qsizetype total = c.query.contains(QStringLiteral("limit")) ? newestFirst.size() : c.count;
        QVERIFY2(r.header("x-total-count") == QByteArray::number(total), qPrintable(c.query));
    }

    const ApiReply bad = m_client->get(path + QStringLiteral("?start_date=2024-13-01&end_date=x&skip=-1"));
    QCOMPARE(bad.status, 422);
    QCOMPARE(validationErrors(bad), sorted({QStringLiteral("query.start_date:date_parsing"), QStringLiteral("query.end_date:date_parsing"),
                                            QStringLiteral("query.skip:greater_than_equal")}));
    const ApiReply reversed = m_client->get(path + QStringLiteral("?start_date=2024-05-02&end_date=2024-05-01"));
    QCOMPARE(reversed.status, 422);
    QCOMPARE(validationErrors(reversed), QStringList{QStringLiteral("query.end_date:value_error")});
}

void TestInventoryRoutes::adjustReturnsRowAndHistory()
{
    const qint64 productId = makeProduct(QStringLiteral("Drill"), QStringLiteral("DRL-1"), m_toolsId);
    const Row row = makeRow(productId, QStringLiteral("main"), QStringLiteral("Shopify"), 10, 8);
    const QString path = QStringLiteral("/api/v1/inventory/%1/adjust").arg(row.id);
    const QDateTime old(QDate(2024, 2, 1), QTime(8, 0), QTimeZone::utc());
    InventoryPatch patch;
    patch.lastRestockDate = old;
    m_store->inventory().update(row.id, patch);

    const ApiReply r = m_client->post(path, {{QStringLiteral("delta"), -3}, {QStringLiteral("reason"), QStringLiteral("sold")}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("content-type"), kJson);
    QCOMPARE(r.object().keys(), (QStringList{QStringLiteral("history"), QStringLiteral("inventory")}));
    const QJsonObject item = r.object().value(QStringLiteral("inventory")).toObject();
    QCOMPARE(item.keys(), kInventoryKeys);
    QCOMPARE(item.value(QStringLiteral("id")).toInteger(), row.id);
    QCOMPARE(item.value(QStringLiteral("quantity")).toInteger(), qint64(7));
    QCOMPARE(item.value(QStringLiteral("is_low_stock")), QJsonValue(true));
    QCOMPARE(item.value(QStringLiteral("channel")).toString(), QStringLiteral("Shopify"));
    QCOMPARE(parseIso(item.value(QStringLiteral("last_restock_date"))), old);
    QCOMPARE(item.value(QStringLiteral("product")).toObject().keys(), kProductKeys);
    QCOMPARE(item.value(QStringLiteral("product")).toObject().value(QStringLiteral("category")).toObject().value(QStringLiteral("id")).toInteger(),
             m_toolsId);
    const QJsonObject history = r.object().value(QStringLiteral("history")).toObject();
    QCOMPARE(history.keys(), kHistoryKeys);
    QCOMPARE(history.value(QStringLiteral("inventory_id")).toInteger(), row.id);
    QCOMPARE(history.value(QStringLiteral("previous_quantity")).toInteger(), qint64(10));
    QCOMPARE(history.value(QStringLiteral("new_quantity")).toInteger(), qint64(7));
    QCOMPARE(history.value(QStringLiteral("change_qty")).toInteger(), qint64(-3));
    QCOMPARE(history.value(QStringLiteral("change_reason")).toString(), QStringLiteral("sold"));
    QVERIFY(parseIso(history.value(QStringLiteral("created_at"))).isValid());
    // The returned history row is the one stored.
    const ApiReply stored = m_client->get(QStringLiteral("/api/v1/inventory/%1/history?limit=1").arg(row.id));
    QCOMPARE(stored.array().first().toObject(), history);
    QCOMPARE(m_store->inventory().get(row.id).quantity, qint64(7));

    const ApiReply up = m_client->post(path + u'/', {{QStringLiteral("delta"), 5}, {QStringLiteral("reason"), QStringLiteral("received")}});
    QCOMPARE(up.status, 200);
    const QJsonObject upItem = up.object().value(QStringLiteral("inventory")).toObject();
    QCOMPARE(upItem.value(QStringLiteral("quantity")).toInteger(), qint64(12));
    QVERIFY(parseIso(upItem.value(QStringLiteral("last_restock_date"))) > old);
    QCOMPARE(up.object().value(QStringLiteral("history")).toObject().value(QStringLiteral("change_qty")).toInteger(), qint64(5));
    QCOMPARE(historyCount(row.id), qint64(3));
}

void TestInventoryRoutes::adjustBelowZeroIs409AndChangesNothing()
{
    const qint64 productId = makeProduct(QStringLiteral("Drill"), QStringLiteral("DRL-1"), m_toolsId);
    const Row row = makeRow(productId, QStringLiteral("main"), QString(), 4, 2);
    const InventoryItem before = m_store->inventory().get(row.id);
    const ApiReply r = m_client->post(QStringLiteral("/api/v1/inventory/%1/adjust").arg(row.id),
                                      {{QStringLiteral("delta"), -5}, {QStringLiteral("reason"), QStringLiteral("sold")}});
    QCOMPARE(r.status, 409);
    QCOMPARE(r.object().keys(), QStringList{QStringLiteral("detail")});
    QVERIFY(r.object().value(QStringLiteral("detail")).toString().contains(QStringLiteral("insufficient")));
    const InventoryItem after = m_store->inventory().get(row.id);
    QCOMPARE(after.quantity, qint64(4));
    QCOMPARE(after.updatedAt, before.updatedAt);
    QCOMPARE(historyCount(row.id), qint64(1));
    // Down to exactly zero is allowed.
    const ApiReply zero = m_client->post(QStringLiteral("/api/v1/inventory/%1/adjust").arg(row.id),
                                         {{QStringLiteral("delta"), -4}, {QStringLiteral("reason"), QStringLiteral("sold")}});
    QCOMPARE(zero.status, 200);
    QCOMPARE(zero.object().value(QStringLiteral("inventory")).toObject().value(QStringLiteral("quantity")).toInteger(), qint64(0));
}

void TestInventoryRoutes::adjustAboveTheLargestQuantityIs409()
{
    const qint64 productId = makeProduct(QStringLiteral("Drill"), QStringLiteral("DRL-1"), m_toolsId);
    const qint64 largest = 9'000'000'000'000'000LL;
    const ApiReply created = m_client->post(QStringLiteral("/api/v1/inventory/"),
                                            {{QStringLiteral("product_id"), productId}, {QStringLiteral("quantity"), largest}});
    QCOMPARE(created.status, 201);
    const qint64 id = created.object().value(QStringLiteral("id")).toInteger();
    QCOMPARE(created.object().value(QStringLiteral("quantity")).toInteger(), largest);
    const ApiReply r = m_client->post(QStringLiteral("/api/v1/inventory/%1/adjust").arg(id),
                                      {{QStringLiteral("delta"), 1}, {QStringLiteral("reason"), QStringLiteral("received")}});
    QCOMPARE(r.status, 409);
    QVERIFY(r.object().value(QStringLiteral("detail")).isString());
    QCOMPARE(m_store->inventory().get(id).quantity, largest);
    QCOMPARE(historyCount(id), qint64(1));
    const ApiReply down = m_client->post(QStringLiteral("/api/v1/inventory/%1/adjust").arg(id),
                                         {{QStringLiteral("delta"), -largest}, {QStringLiteral("reason"), QStringLiteral("sold")}});
    QCOMPARE(down.status, 200);
    QCOMPARE(down.object().value(QStringLiteral("inventory")).toObject().value(QStringLiteral("quantity")).toInteger(), qint64(0));
    const ApiReply tooBig = m_client->put(QStringLiteral("/api/v1/inventory/%1").arg(id), {{QStringLiteral("quantity"), double(largest) * 2}});
    QCOMPARE(tooBig.status, 422);
    QCOMPARE(validationErrors(tooBig), QStringList{QStringLiteral("body.quantity:int_type")});
}

void TestInventoryRoutes::adjustErrors()
{
    const qint64 productId = makeProduct(QStringLiteral("Drill"), QStringLiteral("DRL-1"), m_toolsId);
    const Row row = makeRow(productId, QStringLiteral("main"), QString(), 4, 2);
    const QString path = QStringLiteral("/api/v1/inventory/%1/adjust").arg(row.id);

    const ApiReply missing = m_client->post(path, {});
    QCOMPARE(missing.status, 422);
    QCOMPARE(validationErrors(missing), sorted({QStringLiteral("body.delta:missing"), QStringLiteral("body.reason:missing")}));
    const ApiReply types = m_client->post(path, {{QStringLiteral("delta"), 1.5}, {QStringLiteral("reason"), 3}});
    QCOMPARE(types.status, 422);
    QCOMPARE(validationErrors(types), sorted({QStringLiteral("body.delta:int_type"), QStringLiteral("body.reason:string_type")}));
    const ApiReply rules = m_client->post(path, {{QStringLiteral("delta"), 0}, {QStringLiteral("reason"), QStringLiteral("  ")}});
    QCOMPARE(rules.status, 422);
    QCOMPARE(validationErrors(rules), sorted({QStringLiteral("body.delta:value_error"), QStringLiteral("body.reason:string_too_short")}));
    for (const qint64 delta : {qint64(-1), qint64(1)}) {
        const ApiReply unknown = m_client->post(QStringLiteral("/api/v1/inventory/%1/adjust").arg(row.id + 1),
                                                {{QStringLiteral("delta"), delta}, {QStringLiteral("reason"), QStringLiteral("x")}});
        QCOMPARE(unknown.status, 404);
        QVERIFY(unknown.object().value(QStringLiteral("detail")).isString());
    }
    QCOMPARE(m_store->inventory().get(row.id).quantity, qint64(4));
    QCOMPARE(historyCount(row.id), qint64(1));
}

void TestInventoryRoutes::wrongMethodIs405()
{
    const qint64 productId = makeProduct(QStringLiteral("Drill"), QStringLiteral("DRL-1"), m_toolsId);
    const Row row = makeRow(productId, QStringLiteral("main"), QString(), 4, 2);
    const QString item = QStringLiteral("/api/v1/inventory/%1").arg(row.id);
    struct Case
    {
        QByteArray method;
        QString path;
        QByteArray allow;
    };
    const QList<Case> cases{
        {"DELETE", item, "GET, PUT"},
        {"PUT", QStringLiteral("/api/v1/inventory/"), "GET, POST"},
        {"POST", QStringLiteral("/api/v1/inventory/low-stock"), "GET"},
        {"GET", item + QStringLiteral("/adjust"), "POST"},
        {"DELETE", item + QStringLiteral("/history"), "GET"},
        {"POST", QStringLiteral("/api/v1/inventory/product/%1").arg(productId), "GET"},
        {"DELETE", QStringLiteral("/inventory/%1").arg(row.id), "GET, PUT"},
        {"PUT", QStringLiteral("/inventory/stock/low-stock"), "GET"},
    };
    for (const Case &c : cases) {
        const ApiReply r = m_client->send(c.method, c.path, "{}", {{"Content-Type", kJson}});
        QVERIFY2(r.status == 405, qPrintable(QString::fromLatin1(c.method) + u' ' + c.path));
        QCOMPARE(r.header("allow"), c.allow);
        QVERIFY(r.object().value(QStringLiteral("detail")).isString());
    }
    QCOMPARE(m_store->inventory().get(row.id).quantity, qint64(4));
}

void TestInventoryRoutes::compactListAndGet()
{
    const QList<Row> rows = makeStock();
    const ApiReply r = m_client->get(QStringLiteral("/inventory"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("x-total-count"), QByteArray::number(rows.size()));
    QCOMPARE(r.array().size(), rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonObject o = r.array()[i].toObject();
        QCOMPARE(o.keys(), kCompactKeys);
        QCOMPARE(o.value(QStringLiteral("id")).toInteger(), rows[i].id);
        QCOMPARE(o.value(QStringLiteral("product_id")).toInteger(), rows[i].productId);
        QCOMPARE(o.value(QStringLiteral("channel")).isNull(), rows[i].channel.isEmpty());
        if (!rows[i].channel.isEmpty())
            QCOMPARE(o.value(QStringLiteral("channel")).toString(), rows[i].channel);
        QCOMPARE(o.value(QStringLiteral("quantity")).toInteger(), rows[i].quantity);
        QCOMPARE(o.value(QStringLiteral("reorder_level")).toInteger(), rows[i].threshold);
        QCOMPARE(parseIso(o.value(QStringLiteral("last_updated"))), m_store->inventory().get(rows[i].id).updatedAt);
    }
    const qint64 drill = rows[0].productId;
    const ApiReply byProduct = m_client->get(QStringLiteral("/inventory?product_id=%1").arg(drill));
    QCOMPARE(ids(byProduct.array()), expectedIds(rows, [drill](const Row &row) { return row.productId == drill; }));
    const ApiReply byChannel = m_client->get(QStringLiteral("/inventory?channel=eBay"));
    QCOMPARE(ids(byChannel.array()), expectedIds(rows, [](const Row &row) { return row.channel == u"eBay"; }));
    QCOMPARE(byChannel.header("x-total-count"), QByteArray("1"));
    const ApiReply page = m_client->get(QStringLiteral("/inventory?skip=3&limit=1"));
    QCOMPARE(ids(page.array()), QList<qint64>{rows[3].id});
    QCOMPARE(page.header("x-total-count"), QByteArray::number(rows.size()));
    const ApiReply bad = m_client->get(QStringLiteral("/inventory?product_id=x&limit=0"));
    QCOMPARE(bad.status, 422);
    QCOMPARE(validationErrors(bad), sorted({QStringLiteral("query.product_id:int_parsing"), QStringLiteral("query.limit:greater_than_equal")}));

    const ApiReply one = m_client->get(QStringLiteral("/inventory/%1").arg(rows[1].id));
    QCOMPARE(one.status, 200);
    QCOMPARE(one.object(), r.array()[1].toObject());
    const ApiReply missing = m_client->get(QStringLiteral("/inventory/%1").arg(rows.last().id + 1));
    QCOMPARE(missing.status, 404);
    QVERIFY(missing.object().value(QStringLiteral("detail")).isString());
}

void TestInventoryRoutes::compactLowStock()
{
    const QList<Row> rows = makeStock();
    const ApiReply r = m_client->get(QStringLiteral("/inventory/stock/low-stock"));
    QCOMPARE(r.status, 200);
    const QList<qint64> expected = expectedIds(rows, [](const Row &row) { return row.quantity <= row.threshold; });
    QCOMPARE(ids(r.array()), expected);
    QCOMPARE(r.header("x-total-count"), QByteArray::number(expected.size()));
    for (const QJsonValue &v : r.array()) {
        const QJsonObject o = v.toObject();
        QCOMPARE(o.keys(), kCompactKeys);
        QVERIFY(o.value(QStringLiteral("quantity")).toInteger() <= o.value(QStringLiteral("reorder_level")).toInteger());
    }
    // A row exactly at its reorder level is low; one above it is not.
    const qint64 saw = rows[4].productId;
    const Row atLevel = makeRow(saw, QStringLiteral("shop"), QString(), 7, 7);
    makeRow(saw, QStringLiteral("depot"), QString(), 8, 7);
    const ApiReply again = m_client->get(QStringLiteral("/inventory/stock/low-stock/"));
    QCOMPARE(ids(again.array()), expected + QList<qint64>{atLevel.id});
}

void TestInventoryRoutes::compactCreate()
{
    const qint64 productId = makeProduct(QStringLiteral("Saw"), QStringLiteral("SAW-1"), m_toolsId);
    const ApiReply r = m_client->post(QStringLiteral("/inventory"), {{QStringLiteral("product_id"), productId},
                                                                     {QStringLiteral("channel"), QStringLiteral("Etsy")},
                                                                     {QStringLiteral("quantity"), 6},
                                                                     {QStringLiteral("reorder_level"), 8}});
    QCOMPARE(r.status, 201);
    const QJsonObject o = r.object();
    QCOMPARE(o.keys(), kCompactKeys);
    const qint64 id = o.value(QStringLiteral("id")).toInteger();
    QCOMPARE(r.header("location"), QByteArray("/inventory/") + QByteArray::number(id));
    QCOMPARE(o.value(QStringLiteral("product_id")).toInteger(), productId);
    QCOMPARE(o.value(QStringLiteral("channel")).toString(), QStringLiteral("Etsy"));
    QCOMPARE(o.value(QStringLiteral("quantity")).toInteger(), qint64(6));
    QCOMPARE(o.value(QStringLiteral("reorder_level")).toInteger(), qint64(8));
    QVERIFY(parseIso(o.value(QStringLiteral("last_updated"))).isValid());
    const InventoryItem stored = m_store->inventory().get(id);
    QCOMPARE(stored.location, QStringLiteral("main"));
    QCOMPARE(stored.lowStockThreshold, qint64(8));
    QCOMPARE(historyCount(id), qint64(1));
    const qint64 before = m_store->inventory().count();

    const ApiReply duplicate = m_client->post(QStringLiteral("/inventory"), {{QStringLiteral("product_id"), productId},
                                                                             {QStringLiteral("channel"), QStringLiteral("Etsy")},
                                                                             {QStringLiteral("quantity"), 1}});
    QCOMPARE(duplicate.status, 409);
    const ApiReply unknown = m_client->post(QStringLiteral("/inventory"), {{QStringLiteral("product_id"), productId + 9},
                                                                           {QStringLiteral("quantity"), 1}});
    QCOMPARE(unknown.status, 404);
    const ApiReply missing = m_client->post(QStringLiteral("/inventory"), {{QStringLiteral("reorder_level"), QStringLiteral("x")}});
    QCOMPARE(missing.status, 422);
    QCOMPARE(validationErrors(missing), sorted({QStringLiteral("body.product_id:missing"), QStringLiteral("body.quantity:missing"),
                                                QStringLiteral("body.reorder_level:int_type")}));
    // The service's rules are reported under the compact API's field names.
    const ApiReply rules = m_client->post(QStringLiteral("/inventory"), {{QStringLiteral("product_id"), productId},
                                                                         {QStringLiteral("quantity"), -1},
                                                                         {QStringLiteral("reorder_level"), -1}});
    QCOMPARE(rules.status, 422);
    QCOMPARE(validationErrors(rules), sorted({QStringLiteral("body.quantity:greater_than_equal"),
                                              QStringLiteral("body.reorder_level:greater_than_equal")}));
    QCOMPARE(m_store->inventory().count(), before);

    // Without a channel and reorder level: not reserved, the store's default level.
    const ApiReply plain = m_client->post(QStringLiteral("/inventory"), {{QStringLiteral("product_id"), productId}, {QStringLiteral("quantity"), 2}});
    QCOMPARE(plain.status, 201);
    QVERIFY(plain.object().value(QStringLiteral("channel")).isNull());
    QCOMPARE(plain.object().value(QStringLiteral("reorder_level")).toInteger(), m_store->config().lowStockThreshold);
}

void TestInventoryRoutes::compactUpdateLogsTheChange()
{
    const qint64 productId = makeProduct(QStringLiteral("Saw"), QStringLiteral("SAW-1"), m_toolsId);
    const Row row = makeRow(productId, QStringLiteral("main"), QStringLiteral("Etsy"), 6, 8);
    const QString path = QStringLiteral("/inventory/%1").arg(row.id);

    const ApiReply r = m_client->put(path, {{QStringLiteral("quantity"), 9}, {QStringLiteral("comment"), QStringLiteral("cycle count")}});
    QCOMPARE(r.status, 200);
    QStringList keys = kCompactKeys;
    keys << QStringLiteral("change_qty");
    QCOMPARE(r.object().keys(), sorted(keys));
    QCOMPARE(r.object().value(QStringLiteral("quantity")).toInteger(), qint64(9));
    QCOMPARE(r.object().value(QStringLiteral("change_qty")).toInteger(), qint64(3));
    QCOMPARE(r.object().value(QStringLiteral("reorder_level")).toInteger(), qint64(8));
    QCOMPARE(r.object().value(QStringLiteral("channel")).toString(), QStringLiteral("Etsy"));
    const QList<InventoryHistoryEntry> history = m_store->inventory().history(row.id);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.first().previousQuantity, qint64(6));
    QCOMPARE(history.first().newQuantity, qint64(9));
    QCOMPARE(history.first().changeReason, QStringLiteral("cycle count"));
    QCOMPARE(m_store->inventory().get(row.id).quantity, qint64(9));

    const ApiReply same = m_client->put(path, {{QStringLiteral("quantity"), 9}, {QStringLiteral("comment"), QStringLiteral("again")}});
    QCOMPARE(same.status, 200);
    QCOMPARE(same.object().value(QStringLiteral("change_qty")).toInteger(), qint64(0));
    QCOMPARE(historyCount(row.id), qint64(2));

    const ApiReply down = m_client->put(path, {{QStringLiteral("quantity"), 1}, {QStringLiteral("comment"), QStringLiteral("damaged")}});
    QCOMPARE(down.object().value(QStringLiteral("change_qty")).toInteger(), qint64(-8));
    QCOMPARE(m_store->inventory().history(row.id).first().changeReason, QStringLiteral("damaged"));

    const ApiReply missing = m_client->put(path, {{QStringLiteral("comment"), QStringLiteral("no quantity")}});
    QCOMPARE(missing.status, 422);
    QCOMPARE(validationErrors(missing), QStringList{QStringLiteral("body.quantity:missing")});
    const ApiReply rules = m_client->put(path, {{QStringLiteral("quantity"), -1}, {QStringLiteral("comment"), QString(501, u'x')}});
    QCOMPARE(rules.status, 422);
    QCOMPARE(validationErrors(rules), sorted({QStringLiteral("body.quantity:greater_than_equal"), QStringLiteral("body.comment:string_too_long")}));
    const ApiReply unknown = m_client->put(QStringLiteral("/inventory/%1").arg(row.id + 1), {{QStringLiteral("quantity"), 1}});
    QCOMPARE(unknown.status, 404);
    QCOMPARE(m_store->inventory().get(row.id).quantity, qint64(1));
    QCOMPARE(historyCount(row.id), qint64(3));
}

STOREDESK_DB_TEST_MAIN(TestInventoryRoutes)
#include "tst_inventoryroutes.moc"
