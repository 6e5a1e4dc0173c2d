// SPDX-License-Identifier: MIT
#include "apitestclient.h"
#include "testdatabases.h"

#include <QTest>

#include <algorithm>
#include <functional>

namespace {

const QStringList kProductKeys{QStringLiteral("category"),   QStringLiteral("category_id"), QStringLiteral("created_at"),
                               QStringLiteral("description"), QStringLiteral("id"),          QStringLiteral("name"),
                               QStringLiteral("price"),       QStringLiteral("sku"),         QStringLiteral("updated_at")};
const QStringList kCategoryKeys{QStringLiteral("created_at"), QStringLiteral("description"), QStringLiteral("id"),
                                QStringLiteral("name"), QStringLiteral("updated_at")};
const QStringList kCompactKeys{QStringLiteral("category_id"), QStringLiteral("description"), QStringLiteral("id"),
                               QStringLiteral("name"), QStringLiteral("price")};

bool isIsoDateTime(const QJsonValue &v)
{
    return v.isString() && QDateTime::fromString(v.toString(), Qt::ISODate).isValid() && v.toString().contains(u'T');
}

QList<qint64> ids(const QJsonArray &array)
{
    QList<qint64> result;
    for (const QJsonValue &v : array)
        result << v.toObject().value(QStringLiteral("id")).toInteger();
    return result;
}

} // namespace

/** The product routes, versioned and compact, over real HTTP. */
class TestProductRoutes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { TestDatabases::addEngineRows(); }
    void init();
    void cleanup();

    void createReturns201WithLocationAndNestedCategory();
    void createWithInitialQuantityCreatesTheStockRow();
    void createCollectsEveryBodyError();
    void createReportsServiceRulesTogether();
    void createRejectsHugeAndFractionalNumbers();
    void createUnknownCategoryIs404AndWritesNothing();
    void createDuplicateSkuIs409AndWritesNothing();
    void listShapeAndNestedCategories();
    void listFilters();
    void listPagingAndTotalCount();
    void listSort();
    void listRejectsBadQueryParameters();
    void getUnknownIs404();
    void updateIsPartial();
    void updateErrors();
    void deleteRemovesStockAndHistory();
    void deleteWithSalesIs409();
    void wrongMethodIs405();
    void compactListAndGet();
    void compactCreateGeneratesSku();
    void compactCreateErrors();

private:
    struct Fixture
    {
        QString name;
        QString sku;
        qint64 cents;
        qint64 categoryId;
        qint64 id = 0;
    };

    qint64 makeCategory(const QString &name);
    Product makeProduct(const QString &name, const QString &sku, qint64 cents, qint64 categoryId, qint64 quantity = -1);
    /** Five products over two categories, in id order. */
    QList<Fixture> makeCatalogue();
    QList<qint64> expectedIds(const QList<Fixture> &catalogue, const std::function<bool(const Fixture &)> &keep);

    std::unique_ptr<Store> m_store;
    std::unique_ptr<ApiTestClient> m_client;
    qint64 m_toolsId = 0;
    qint64 m_gardenId = 0;
};

void TestProductRoutes::init()
{
    QFETCH_GLOBAL(QString, engine);
    m_store = TestDatabases::freshStore(engine);
    m_client = std::make_unique<ApiTestClient>(*m_store);
    m_toolsId = makeCategory(QStringLiteral("Tools"));
    m_gardenId = makeCategory(QStringLiteral("Garden"));
}

void TestProductRoutes::cleanup()
{
    m_client.reset();
    m_store.reset();
}

qint64 TestProductRoutes::makeCategory(const QString &name)
{
    return m_store->categories().create({name, name + QStringLiteral(" department")}).id;
}

Product TestProductRoutes::makeProduct(const QString &name, const QString &sku, qint64 cents, qint64 categoryId, qint64 quantity)
{
    ProductInput input;
    input.name = name;
    input.description = name + QStringLiteral(" description");
    input.sku = sku;
    input.price = Money::fromCents(cents);
    input.categoryId = categoryId;
    if (quantity >= 0)
        input.initialQuantity = quantity;
    return m_store->products().create(input);
}

QList<TestProductRoutes::Fixture> TestProductRoutes::makeCatalogue()
{
    QList<Fixture> catalogue{{QStringLiteral("Alpha Drill"), QStringLiteral("TL-DRL-1"), 4999, m_toolsId},
                             {QStringLiteral("Bravo Saw"), QStringLiteral("TL-SAW-2"), 1950, m_toolsId},
                             {QStringLiteral("Charlie Hose"), QStringLiteral("GD-HOS-1"), 2500, m_gardenId},
                             {QStringLiteral("Delta Rake"), QStringLiteral("GD-RAK-2"), 1275, m_gardenId},
                             {QStringLiteral("Echo Hammer"), QStringLiteral("TL-HAM-3"), 500, m_toolsId}};
    for (Fixture &f : catalogue)
        f.id = makeProduct(f.name, f.sku, f.cents, f.categoryId).id;
    return catalogue;
}

QList<qint64> TestProductRoutes::expectedIds(const QList<Fixture> &catalogue, const std::function<bool(const Fixture &)> &keep)
{
    QList<qint64> result;
    for (const Fixture &f : catalogue) {
        if (keep(f))
            result << f.id;
    }
    return result;
}

void TestProductRoutes::createReturns201WithLocationAndNestedCategory()
{
    const ApiReply r = m_client->post(QStringLiteral("/api/v1/products/"),
                                      {{QStringLiteral("name"), QStringLiteral("Cordless Drill")},
                                       {QStringLiteral("description"), QStringLiteral("18 V, two batteries")},
                                       {QStringLiteral("sku"), QStringLiteral("DRL-18V")},
                                       {QStringLiteral("price"), 129.99},
                                       {QStringLiteral("category_id"), m_toolsId}});
    QCOMPARE(r.status, 201);
    QCOMPARE(r.header("content-type"), QByteArray("application/json"));
    const QJsonObject p = r.object();
    QCOMPARE(p.keys(), kProductKeys);
    const qint64 id = p.value(QStringLiteral("id")).toInteger();
    QVERIFY(id > 0);
    QCOMPARE(r.header("location"), QByteArray("/api/v1/products/") + QByteArray::number(id));
    QCOMPARE(p.value(QStringLiteral("name")).toString(), QStringLiteral("Cordless Drill"));
    QCOMPARE(p.value(QStringLiteral("description")).toString(), QStringLiteral("18 V, two batteries"));
    QCOMPARE(p.value(QStringLiteral("sku")).toString(), QStringLiteral("DRL-18V"));
    QCOMPARE(p.value(QStringLiteral("price")).toDouble(), 129.99);
    QCOMPARE(p.value(QStringLiteral("category_id")).toInteger(), m_toolsId);
    QVERIFY(isIsoDateTime(p.value(QStringLiteral("created_at"))));
    QVERIFY(isIsoDateTime(p.value(QStringLiteral("updated_at"))));
    const QJsonObject category = p.value(QStringLiteral("category")).toObject();
    QCOMPARE(category.keys(), kCategoryKeys);
    QCOMPARE(category.value(QStringLiteral("id")).toInteger(), m_toolsId);
    QCOMPARE(category.value(QStringLiteral("name")).toString(), QStringLiteral("Tools"));
    QCOMPARE(category.value(QStringLiteral("description")).toString(), QStringLiteral("Tools department"));

    // Stored exactly, and the Location answers with the same object.
    const Product stored = m_store->products().get(id);
    QCOMPARE(stored.price.cents(), qint64(12999));
    QCOMPARE(stored.sku, QStringLiteral("DRL-18V"));
    const ApiReply again = m_client->get(QString::fromUtf8(r.header("location")));
    QCOMPARE(again.status, 200);
    QCOMPARE(again.object(), p);
    // No initial_quantity: no stock row.
    InventoryFilter rows;
    rows.productId = id;
    QCOMPARE(m_store->inventory().count(rows), qint64(0));
}

void TestProductRoutes::createWithInitialQuantityCreatesTheStockRow()
{
    const ApiReply r = m_client->post(QStringLiteral("/api/v1/products"),
                                      {{QStringLiteral("name"), QStringLiteral("Hose 20 m")},
                                       {QStringLiteral("sku"), QStringLiteral("HOSE-20")},
                                       {QStringLiteral("price"), QStringLiteral("24.50")},
                                       {QStringLiteral("category_id"), m_gardenId},
                                       {QStringLiteral("initial_quantity"), 7},
                                       {QStringLiteral("location"), QStringLiteral("backroom")}});
    QCOMPARE(r.status, 201);
    const qint64 id = r.object().value(QStringLiteral("id")).toInteger();
    QCOMPARE(r.object().value(QStringLiteral("price")).toDouble(), 24.5);
    QVERIFY(r.object().value(QStringLiteral("description")).isNull());
    const QList<InventoryItem> rows = m_store->inventory().forProduct(id);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().quantity, qint64(7));
    QCOMPARE(rows.first().location, QStringLiteral("backroom"));
    QCOMPARE(m_store->inventory().historyCount(rows.first().id), qint64(1));
}

void TestProductRoutes::createCollectsEveryBodyError()
{
    const ApiReply r = m_client->post(QStringLiteral("/api/v1/products/"),
                                      {{QStringLiteral("description"), 5},
                                       {QStringLiteral("price"), QStringLiteral("abc")},
                                       {QStringLiteral("category_id"), QStringLiteral("x")},
                                       {QStringLiteral("initial_quantity"), 1.5}});
    QCOMPARE(r.status, 422);
    QCOMPARE(r.header("content-type"), QByteArray("application/json"));
    QCOMPARE(r.object().keys(), QStringList{QStringLiteral("detail")});
    QCOMPARE(validationErrors(r), sorted({QStringLiteral("body.name:missing"), QStringLiteral("body.sku:missing"),
                                          QStringLiteral("body.description:string_type"),
                                          QStringLiteral("body.price:decimal_max_places"),
                                          QStringLiteral("body.category_id:int_type"),
                                          QStringLiteral("body.initial_quantity:int_type")}));
    // An empty SKU is refused in the versioned API (only the compact API generates one).
    const ApiReply empty = m_client->post(QStringLiteral("/api/v1/products/"),
                                          {{QStringLiteral("name"), QStringLiteral("X")},
                                           {QStringLiteral("sku"), QStringLiteral("  ")},
                                           {QStringLiteral("price"), 1},
                                           {QStringLiteral("category_id"), m_toolsId}});
    QCOMPARE(empty.status, 422);
    QCOMPARE(validationErrors(empty), QStringList{QStringLiteral("body.sku:string_too_short")});
    QCOMPARE(m_store->products().count(), qint64(0));
}

void TestProductRoutes::createReportsServiceRulesTogether()
{
    const ApiReply r = m_client->post(QStringLiteral("/api/v1/products/"),
                                      {{QStringLiteral("name"), QStringLiteral("   ")},
                                       {QStringLiteral("sku"), QStringLiteral("NEG-1")},
                                       {QStringLiteral("price"), -1},
                                       {QStringLiteral("category_id"), m_toolsId},
                                       {QStringLiteral("initial_quantity"), -4}});
    QCOMPARE(r.status, 422);
    QCOMPARE(validationErrors(r), sorted({QStringLiteral("body.name:string_too_short"),
                                          QStringLiteral("body.price:greater_than_equal"),
                                          QStringLiteral("body.initial_quantity:greater_than_equal")}));
    QCOMPARE(m_store->products().count(), qint64(0));
    QCOMPARE(m_store->inventory().count(), qint64(0));
}

void TestProductRoutes::createRejectsHugeAndFractionalNumbers()
{
    const QByteArray category = QByteArray::number(m_toolsId);
    const QList<QPair<QByteArray, QString>> cases{
        {"{\"name\":\"A\",\"sku\":\"A1\",\"price\":1e300,\"category_id\":" + category + "}", QStringLiteral("body.price")},
        {"{\"name\":\"A\",\"sku\":\"A1\",\"price\":0.001,\"category_id\":" + category + "}", QStringLiteral("body.price")},
        {"{\"name\":\"A\",\"sku\":\"A1\",\"price\":1,\"category_id\":1e300}", QStringLiteral("body.category_id")},
        {"{\"name\":\"A\",\"sku\":\"A1\",\"price\":1,\"category_id\":" + category + ",\"initial_quantity\":1e300}",
         QStringLiteral("body.initial_quantity")},
    };
    for (const auto &[body, loc] : cases) {
        const ApiReply r = m_client->send("POST", QStringLiteral("/api/v1/products/"), body, {{"Content-Type", "application/json"}});
        QCOMPARE(r.status, 422);
        const QStringList errors = validationErrors(r);
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().startsWith(loc + u':'), qPrintable(errors.first()));
    }
    QCOMPARE(m_store->products().count(), qint64(0));
}

void TestProductRoutes::createUnknownCategoryIs404AndWritesNothing()
{
    const qint64 missing = m_gardenId + 1000;
    const ApiReply r = m_client->post(QStringLiteral("/api/v1/products/"),
                                      {{QStringLiteral("name"), QStringLiteral("Ghost")},
                                       {QStringLiteral("sku"), QStringLiteral("GHOST-1")},
                                       {QStringLiteral("price"), 10},
                                       {QStringLiteral("category_id"), missing},
                                       {QStringLiteral("initial_quantity"), 5}});
    QCOMPARE(r.status, 404);
    QCOMPARE(r.object().keys(), QStringList{QStringLiteral("detail")});
    QVERIFY(r.object().value(QStringLiteral("detail")).toString().contains(QString::number(missing)));
    QCOMPARE(m_store->products().count(), qint64(0));
    QCOMPARE(m_store->inventory().count(), qint64(0));
}

void TestProductRoutes::createDuplicateSkuIs409AndWritesNothing()
{
    const Product existing = makeProduct(QStringLiteral("Saw"), QStringLiteral("SAW-1"), 1500, m_toolsId, 3);
    const ApiReply r = m_client->post(QStringLiteral("/api/v1/products/"),
                                      {{QStringLiteral("name"), QStringLiteral("Other saw")},
                                       {QStringLiteral("sku"), QStringLiteral("SAW-1")},
                                       {QStringLiteral("price"), 12},
                                       {QStringLiteral("category_id"), m_gardenId},
                                       {QStringLiteral("initial_quantity"), 9},
                                       {QStringLiteral("location"), QStringLiteral("annex")}});
    QCOMPARE(r.status, 409);
    QCOMPARE(r.object().keys(), QStringList{QStringLiteral("detail")});
    QVERIFY(r.object().value(QStringLiteral("detail")).toString().contains(QStringLiteral("SAW-1")));
    QCOMPARE(m_store->products().count(), qint64(1));
    QCOMPARE(m_store->inventory().count(), qint64(1));
    QCOMPARE(m_store->products().get(existing.id).name, QStringLiteral("Saw"));
}

void TestProductRoutes::listShapeAndNestedCategories()
{
    const QList<Fixture> catalogue = makeCatalogue();
    const ApiReply r = m_client->get(QStringLiteral("/api/v1/products/"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("x-total-count"), QByteArray::number(catalogue.size()));
    const QJsonArray array = r.array();
    QCOMPARE(array.size(), catalogue.size());
    for (qsizetype i = 0; i < catalogue.size(); ++i) {
        const QJsonObject p = array[i].toObject();
        const Fixture &f = catalogue[i];
        QCOMPARE(p.keys(), kProductKeys);
        QCOMPARE(p.value(QStringLiteral("id")).toInteger(), f.id);
        QCOMPARE(p.value(QStringLiteral("name")).toString(), f.name);
        QCOMPARE(p.value(QStringLiteral("sku")).toString(), f.sku);
        QCOMPARE(p.value(QStringLiteral("price")).toDouble(), double(f.cents) / 100.0);
        QCOMPARE(p.value(QStringLiteral("description")).toString(), f.name + QStringLiteral(" description"));
        QCOMPARE(p.value(QStringLiteral("category_id")).toInteger(), f.categoryId);
        const QJsonObject c = p.value(QStringLiteral("category")).toObject();
        QCOMPARE(c.keys(), kCategoryKeys);
        QCOMPARE(c.value(QStringLiteral("id")).toInteger(), f.categoryId);
        QCOMPARE(c.value(QStringLiteral("name")).toString(), f.categoryId == m_toolsId ? QStringLiteral("Tools") : QStringLiteral("Garden"));
    }
    // A filter nothing matches: an empty array and a zero count.
    const ApiReply none = m_client->get(QStringLiteral("/api/v1/products?category_id=%1").arg(m_gardenId + 99));
    QCOMPARE(none.status, 200);
    QCOMPARE(none.array().size(), 0);
    QCOMPARE(none.header("x-total-count"), QByteArray("0"));
}

void TestProductRoutes::listFilters()
{
    const QList<Fixture> catalogue = makeCatalogue();
    struct Case
    {
        QString query;
        std::function<bool(const Fixture &)> keep;
    };
    const qint64 garden = m_gardenId;
    const QList<Case> cases{
        {QStringLiteral("category_id=%1").arg(garden), [garden](const Fixture &f) { return f.categoryId == garden; }},
        {QStringLiteral("q=dRi"), [](const Fixture &f) { return f.name.contains(QStringLiteral("dri"), Qt::CaseInsensitive); }},
        {QStringLiteral("q=tl-"), [](const Fixture &f) { return f.sku.startsWith(QStringLiteral("TL-")); }},
        {QStringLiteral("min_price=12.75&max_price=25"), [](const Fixture &f) { return f.cents >= 1275 && f.cents <= 2500; }},
        {QStringLiteral("min_price=20"), [](const Fixture &f) { return f.cents >= 2000; }},
        {QStringLiteral("max_price=5"), [](const Fixture &f) { return f.cents <= 500; }},
        {QStringLiteral("category_id=%1&q=a&max_price=30").arg(m_toolsId),
         [this](const Fixture &f) { return f.categoryId == m_toolsId && f.cents <= 3000 && (f.name.contains(u'a', Qt::CaseInsensitive) || f.sku.contains(u'A', Qt::CaseInsensitive)); }},
        {QStringLiteral("q=nothing-like-this"), [](const Fixture &) { return false; }},
        {QStringLiteral("unknown_param=1"), [](const Fixture &) { return true; }},
    };
    for (const Case &c : cases) {
        const ApiReply r = m_client->get(QStringLiteral("/api/v1/products/?") + c.query);
        QCOMPARE(r.status, 200);
        const QList<qint64> expected = expectedIds(catalogue, c.keep);
        QCOMPARE(ids(r.array()), expected);
        QCOMPARE(r.header("x-total-count"), QByteArray::number(expected.size()));
    }
}

void TestProductRoutes::listPagingAndTotalCount()
{
    const QList<Fixture> catalogue = makeCatalogue();
    const QList<qint64> all = expectedIds(catalogue, [](const Fixture &) { return true; });
    const ApiReply page = m_client->get(QStringLiteral("/api/v1/products/?skip=1&limit=2"));
    QCOMPARE(page.status, 200);
    QCOMPARE(ids(page.array()), all.mid(1, 2));
    QCOMPARE(page.header("x-total-count"), QByteArray::number(all.size()));
    const ApiReply last = m_client->get(QStringLiteral("/api/v1/products/?skip=4&limit=10"));
    QCOMPARE(ids(last.array()), all.mid(4));
    QCOMPARE(last.header("x-total-count"), QByteArray::number(all.size()));
    const ApiReply beyond = m_client->get(QStringLiteral("/api/v1/products/?skip=9223372036854775807&limit=1000"));
    QCOMPARE(beyond.status, 200);
    QCOMPARE(beyond.array().size(), 0);
    QCOMPARE(beyond.header("x-total-count"), QByteArray::number(all.size()));
    // Paging combines with a filter; the count is the filter's.
    const ApiReply tools = m_client->get(QStringLiteral("/api/v1/products/?category_id=%1&limit=1&skip=1").arg(m_toolsId));
    const QList<qint64> toolIds = expectedIds(catalogue, [this](const Fixture &f) { return f.categoryId == m_toolsId; });
    QCOMPARE(ids(tools.array()), toolIds.mid(1, 1));
    QCOMPARE(tools.header("x-total-count"), QByteArray::number(toolIds.size()));
}

void TestProductRoutes::listSort()
{
    QList<Fixture> catalogue = makeCatalogue();
    auto idsOf = [](const QList<Fixture> &list) {
        QList<qint64> result;
        for (const Fixture &f : list)
            result << f.id;
        return result;
    };
    QList<Fixture> byPriceDesc = catalogue;
    std::sort(byPriceDesc.begin(), byPriceDesc.end(), [](const Fixture &a, const Fixture &b) { return a.cents > b.cents; });
    QList<Fixture> byName = catalogue;
    std::sort(byName.begin(), byName.end(), [](const Fixture &a, const Fixture &b) { return a.name < b.name; });
    QList<Fixture> bySkuDesc = catalogue;
    std::sort(bySkuDesc.begin(), bySkuDesc.end(), [](const Fixture &a, const Fixture &b) { return a.sku > b.sku; });
    QList<Fixture> byIdDesc = catalogue;
    std::reverse(byIdDesc.begin(), byIdDesc.end());

    QCOMPARE(ids(m_client->get(QStringLiteral("/api/v1/products/?sort=-price")).array()), idsOf(byPriceDesc));
    QCOMPARE(ids(m_client->get(QStringLiteral("/api/v1/products/?sort=price:desc")).array()), idsOf(byPriceDesc));
    QList<qint64> byPriceAsc = idsOf(byPriceDesc);
    std::reverse(byPriceAsc.begin(), byPriceAsc.end());
    QCOMPARE(ids(m_client->get(QStringLiteral("/api/v1/products/?sort=price")).array()), byPriceAsc);
    QCOMPARE(ids(m_client->get(QStringLiteral("/api/v1/products/?sort=name")).array()), idsOf(byName));
    QCOMPARE(ids(m_client->get(QStringLiteral("/api/v1/products/?sort=-sku")).array()), idsOf(bySkuDesc));
    QCOMPARE(ids(m_client->get(QStringLiteral("/api/v1/products/?sort=-id")).array()), idsOf(byIdDesc));
    // Sort then page.
    QCOMPARE(ids(m_client->get(QStringLiteral("/api/v1/products/?sort=-price&skip=1&limit=2")).array()), idsOf(byPriceDesc).mid(1, 2));
}

void TestProductRoutes::listRejectsBadQueryParameters()
{
    makeCatalogue();
    const ApiReply r = m_client->get(QStringLiteral("/api/v1/products/?skip=-1&limit=0&category_id=x&min_price=abc&max_price=1.234&sort=colour"));
    QCOMPARE(r.status, 422);
    QCOMPARE(validationErrors(r), sorted({QStringLiteral("query.skip:greater_than_equal"), QStringLiteral("query.limit:greater_than_equal"),
                                          QStringLiteral("query.category_id:int_parsing"), QStringLiteral("query.min_price:decimal_parsing"),
                                          QStringLiteral("query.max_price:decimal_parsing"), QStringLiteral("query.sort:enum")}));
    const ApiReply tooMany = m_client->get(QStringLiteral("/api/v1/products/?limit=1001"));
    QCOMPARE(tooMany.status, 422);
    QCOMPARE(validationErrors(tooMany), QStringList{QStringLiteral("query.limit:less_than_equal")});
    QCOMPARE(m_client->get(QStringLiteral("/api/v1/products/?limit=1000")).status, 200);
}

void TestProductRoutes::getUnknownIs404()
{
    const Product p = makeProduct(QStringLiteral("Only"), QStringLiteral("ONLY-1"), 100, m_toolsId);
    QCOMPARE(m_client->get(QStringLiteral("/api/v1/products/%1").arg(p.id)).status, 200);
    for (const QString &path : {QStringLiteral("/api/v1/products/%1").arg(p.id + 1), QStringLiteral("/api/v1/products/0"),
                                QStringLiteral("/api/v1/products/999999999999999999"),
                                QStringLiteral("/api/v1/products/99999999999999999999999"), QStringLiteral("/api/v1/products/abc"),
                                QStringLiteral("/api/v1/products/-1")}) {
        const ApiReply r = m_client->get(path);
        QVERIFY2(r.status == 404, qPrintable(path));
        QCOMPARE(r.header("content-type"), QByteArray("application/json"));
        QVERIFY(r.object().value(QStringLiteral("detail")).isString());
    }
}

void TestProductRoutes::updateIsPartial()
{
    const Product p = makeProduct(QStringLiteral("Rake"), QStringLiteral("RAKE-1"), 1200, m_gardenId);
    const QString path = QStringLiteral("/api/v1/products/%1").arg(p.id);

    const ApiReply price = m_client->put(path, {{QStringLiteral("price"), 13.5}});
    QCOMPARE(price.status, 200);
    QCOMPARE(price.object().keys(), kProductKeys);
    QCOMPARE(price.object().value(QStringLiteral("price")).toDouble(), 13.5);
    QCOMPARE(price.object().value(QStringLiteral("name")).toString(), QStringLiteral("Rake"));
    QCOMPARE(price.object().value(QStringLiteral("sku")).toString(), QStringLiteral("RAKE-1"));
    QCOMPARE(price.object().value(QStringLiteral("description")).toString(), QStringLiteral("Rake description"));
    QCOMPARE(m_store->products().get(p.id).price.cents(), qint64(1350));

    const ApiReply moved = m_client->put(path + u'/', {{QStringLiteral("category_id"), m_toolsId},
                                                       {QStringLiteral("name"), QStringLiteral("Steel rake")},
                                                       {QStringLiteral("sku"), QStringLiteral("RAKE-2")},
                                                       {QStringLiteral("description"), QJsonValue::Null}});
    QCOMPARE(moved.status, 200);
    const QJsonObject o = moved.object();
    QCOMPARE(o.value(QStringLiteral("category_id")).toInteger(), m_toolsId);
    QCOMPARE(o.value(QStringLiteral("category")).toObject().value(QStringLiteral("id")).toInteger(), m_toolsId);
    QCOMPARE(o.value(QStringLiteral("category")).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Tools"));
    QCOMPARE(o.value(QStringLiteral("name")).toString(), QStringLiteral("Steel rake"));
    QCOMPARE(o.value(QStringLiteral("sku")).toString(), QStringLiteral("RAKE-2"));
    QVERIFY(o.value(QStringLiteral("description")).isNull());
    QCOMPARE(o.value(QStringLiteral("price")).toDouble(), 13.5);
    QCOMPARE(m_client->get(path).object(), o);

    // An empty body changes nothing.
    const ApiReply nothing = m_client->put(path, {});
    QCOMPARE(nothing.status, 200);
    QCOMPARE(nothing.object().value(QStringLiteral("name")).toString(), QStringLiteral("Steel rake"));
}

void TestProductRoutes::updateErrors()
{
    const Product a = makeProduct(QStringLiteral("A"), QStringLiteral("SKU-A"), 100, m_toolsId);
    makeProduct(QStringLiteral("B"), QStringLiteral("SKU-B"), 200, m_toolsId);
    const QString path = QStringLiteral("/api/v1/products/%1").arg(a.id);

    const ApiReply missing = m_client->put(QStringLiteral("/api/v1/products/%1").arg(a.id + 100), {{QStringLiteral("price"), 1}});
    QCOMPARE(missing.status, 404);
    QVERIFY(missing.object().value(QStringLiteral("detail")).isString());

    const ApiReply category = m_client->put(path, {{QStringLiteral("category_id"), m_gardenId + 500}});
    QCOMPARE(category.status, 404);
    QCOMPARE(m_store->products().get(a.id).categoryId, m_toolsId);

    const ApiReply duplicate = m_client->put(path, {{QStringLiteral("sku"), QStringLiteral("SKU-B")}, {QStringLiteral("price"), 9}});
    QCOMPARE(duplicate.status, 409);
    QVERIFY(duplicate.object().value(QStringLiteral("detail")).toString().contains(QStringLiteral("SKU-B")));
    QCOMPARE(m_store->products().get(a.id).sku, QStringLiteral("SKU-A"));
    QCOMPARE(m_store->products().get(a.id).price.cents(), qint64(100));

    const ApiReply types = m_client->put(path, {{QStringLiteral("price"), QStringLiteral("x")},
                                                {QStringLiteral("category_id"), QStringLiteral("y")},
                                                {QStringLiteral("name"), 3}});
    QCOMPARE(types.status, 422);
    QCOMPARE(validationErrors(types), sorted({QStringLiteral("body.price:decimal_max_places"), QStringLiteral("body.category_id:int_type"),
                                              QStringLiteral("body.name:string_type")}));

    const ApiReply rules = m_client->put(path, {{QStringLiteral("price"), -0.01}, {QStringLiteral("sku"), QStringLiteral("")}});
    QCOMPARE(rules.status, 422);
    QCOMPARE(validationErrors(rules), sorted({QStringLiteral("body.price:greater_than_equal"), QStringLiteral("body.sku:string_too_short")}));
    QCOMPARE(m_store->products().get(a.id).price.cents(), qint64(100));

    const ApiReply malformed = m_client->send("PUT", path, "{\"price\": ", {{"Content-Type", "application/json"}});
    QCOMPARE(malformed.status, 400);
}

void TestProductRoutes::deleteRemovesStockAndHistory()
{
    const Product p = makeProduct(QStringLiteral("Doomed"), QStringLiteral("DOOM-1"), 100, m_toolsId, 4);
    const Product keep = makeProduct(QStringLiteral("Kept"), QStringLiteral("KEEP-1"), 100, m_toolsId, 2);
    const qint64 rowId = m_store->inventory().forProduct(p.id).first().id;
    m_store->inventory().adjust(rowId, 3, QStringLiteral("received"));
    QCOMPARE(m_store->inventory().historyCount(rowId), qint64(2));

    const ApiReply r = m_client->del(QStringLiteral("/api/v1/products/%1").arg(p.id));
    QCOMPARE(r.status, 204);
    QVERIFY(r.body.isEmpty());
    QCOMPARE(m_client->get(QStringLiteral("/api/v1/products/%1").arg(p.id)).status, 404);
    InventoryFilter rows;
    rows.productId = p.id;
    QCOMPARE(m_store->inventory().count(rows), qint64(0));
    QCOMPARE(m_store->inventory().historyCount(rowId), qint64(0));
    // The other product and its stock are untouched.
    QCOMPARE(m_store->products().count(), qint64(1));
    QCOMPARE(m_store->inventory().forProduct(keep.id).size(), 1);

    const ApiReply again = m_client->del(QStringLiteral("/api/v1/products/%1").arg(p.id));
    QCOMPARE(again.status, 404);
    QVERIFY(again.object().value(QStringLiteral("detail")).isString());
}

void TestProductRoutes::deleteWithSalesIs409()
{
    const Product p = makeProduct(QStringLiteral("Sold"), QStringLiteral("SOLD-1"), 1000, m_toolsId, 5);
    SaleInput sale;
    sale.platform = QStringLiteral("Website");
    sale.items = {SaleItemInput{p.id, 2, std::nullopt, Money()}};
    m_store->sales().create(sale);

    const ApiReply r = m_client->del(QStringLiteral("/api/v1/products/%1").arg(p.id));
    QCOMPARE(r.status, 409);
    QCOMPARE(r.object().keys(), QStringList{QStringLiteral("detail")});
    QVERIFY(r.object().value(QStringLiteral("detail")).toString().contains(QStringLiteral("sales")));
    QCOMPARE(m_client->get(QStringLiteral("/api/v1/products/%1").arg(p.id)).status, 200);
    QCOMPARE(m_store->inventory().forProduct(p.id).first().quantity, qint64(3));
}

void TestProductRoutes::wrongMethodIs405()
{
    const Product p = makeProduct(QStringLiteral("P"), QStringLiteral("P-1"), 100, m_toolsId);
    const ApiReply item = m_client->send("PATCH", QStringLiteral("/api/v1/products/%1").arg(p.id), "{}", {{"Content-Type", "application/json"}});
    QCOMPARE(item.status, 405);
    QCOMPARE(item.header("allow"), QByteArray("GET, PUT, DELETE"));
    QVERIFY(item.object().value(QStringLiteral("detail")).isString());
    const ApiReply collection = m_client->del(QStringLiteral("/api/v1/products/"));
    QCOMPARE(collection.status, 405);
    QCOMPARE(collection.header("allow"), QByteArray("GET, POST"));
    const ApiReply compact = m_client->del(QStringLiteral("/products/%1").arg(p.id));
    QCOMPARE(compact.status, 405);
    QCOMPARE(compact.header("allow"), QByteArray("GET"));
    const ApiReply compactPut = m_client->put(QStringLiteral("/products"), {});
    QCOMPARE(compactPut.status, 405);
    QCOMPARE(compactPut.header("allow"), QByteArray("GET, POST"));
}

void TestProductRoutes::compactListAndGet()
{
    const QList<Fixture> catalogue = makeCatalogue();
    const ApiReply r = m_client->get(QStringLiteral("/products"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("x-total-count"), QByteArray::number(catalogue.size()));
    const QJsonArray array = r.array();
    QCOMPARE(array.size(), catalogue.size());
    for (qsizetype i = 0; i < catalogue.size(); ++i) {
        const QJsonObject p = array[i].toObject();
        QCOMPARE(p.keys(), kCompactKeys);
        QCOMPARE(p.value(QStringLiteral("id")).toInteger(), catalogue[i].id);
        QCOMPARE(p.value(QStringLiteral("name")).toString(), catalogue[i].name);
        QCOMPARE(p.value(QStringLiteral("description")).toString(), catalogue[i].name + QStringLiteral(" description"));
        QCOMPARE(p.value(QStringLiteral("price")).toDouble(), double(catalogue[i].cents) / 100.0);
        QCOMPARE(p.value(QStringLiteral("category_id")).toInteger(), catalogue[i].categoryId);
    }
    const ApiReply page = m_client->get(QStringLiteral("/products?skip=2&limit=2"));
    QCOMPARE(ids(page.array()), expectedIds(catalogue, [](const Fixture &) { return true; }).mid(2, 2));
    QCOMPARE(page.header("x-total-count"), QByteArray::number(catalogue.size()));
    const ApiReply bad = m_client->get(QStringLiteral("/products?skip=x&limit=5000"));
    QCOMPARE(bad.status, 422);
    QCOMPARE(validationErrors(bad), sorted({QStringLiteral("query.skip:int_parsing"), QStringLiteral("query.limit:less_than_equal")}));

    const ApiReply one = m_client->get(QStringLiteral("/products/%1").arg(catalogue[3].id));
    QCOMPARE(one.status, 200);
    QCOMPARE(one.object(), array[3].toObject());
    const ApiReply missing = m_client->get(QStringLiteral("/products/%1").arg(catalogue.last().id + 1));
    QCOMPARE(missing.status, 404);
    QVERIFY(missing.object().value(QStringLiteral("detail")).isString());
}

void TestProductRoutes::compactCreateGeneratesSku()
{
    const ApiReply r = m_client->post(QStringLiteral("/products"), {{QStringLiteral("name"), QStringLiteral("Trowel")},
                                                                    {QStringLiteral("description"), QStringLiteral("Hand trowel")},
                                                                    {QStringLiteral("price"), 7.25},
                                                                    {QStringLiteral("category_id"), m_gardenId}});
    QCOMPARE(r.status, 201);
    const QJsonObject p = r.object();
    QCOMPARE(p.keys(), kCompactKeys);
    const qint64 id = p.value(QStringLiteral("id")).toInteger();
    QCOMPARE(r.header("location"), QByteArray("/products/") + QByteArray::number(id));
    QCOMPARE(p.value(QStringLiteral("name")).toString(), QStringLiteral("Trowel"));
    QCOMPARE(p.value(QStringLiteral("description")).toString(), QStringLiteral("Hand trowel"));
    QCOMPARE(p.value(QStringLiteral("price")).toDouble(), 7.25);
    QCOMPARE(p.value(QStringLiteral("category_id")).toInteger(), m_gardenId);
    const Product stored = m_store->products().get(id);
    QVERIFY(!stored.sku.isEmpty());
    QCOMPARE(stored.price.cents(), qint64(725));
    // The versioned API shows the generated SKU.
    QCOMPARE(m_client->get(QStringLiteral("/api/v1/products/%1").arg(id)).object().value(QStringLiteral("sku")).toString(), stored.sku);

    // Two creates get two different SKUs.
    const ApiReply second = m_client->post(QStringLiteral("/products"), {{QStringLiteral("name"), QStringLiteral("Trowel")},
                                                                         {QStringLiteral("price"), 7.25},
                                                                         {QStringLiteral("category_id"), m_gardenId}});
    QCOMPARE(second.status, 201);
    QVERIFY(second.object().value(QStringLiteral("description")).isNull());
    QVERIFY(m_store->products().get(second.object().value(QStringLiteral("id")).toInteger()).sku != stored.sku);
}

void TestProductRoutes::compactCreateErrors()
{
    const ApiReply missing = m_client->post(QStringLiteral("/products"), {{QStringLiteral("description"), QStringLiteral("no name")}});
    QCOMPARE(missing.status, 422);
    QCOMPARE(validationErrors(missing), sorted({QStringLiteral("body.name:missing"), QStringLiteral("body.price:missing"),
                                                QStringLiteral("body.category_id:missing")}));
    const ApiReply negative = m_client->post(QStringLiteral("/products"), {{QStringLiteral("name"), QStringLiteral("N")},
                                                                           {QStringLiteral("price"), -3},
                                                                           {QStringLiteral("category_id"), m_toolsId}});
    QCOMPARE(negative.status, 422);
    QCOMPARE(validationErrors(negative), QStringList{QStringLiteral("body.price:greater_than_equal")});
    const ApiReply unknown = m_client->post(QStringLiteral("/products"), {{QStringLiteral("name"), QStringLiteral("N")},
                                                                          {QStringLiteral("price"), 3},
                                                                          {QStringLiteral("category_id"), m_gardenId + 77}});
    QCOMPARE(unknown.status, 404);
    QVERIFY(unknown.object().value(QStringLiteral("detail")).isString());
    QCOMPARE(m_store->products().count(), qint64(0));
}

STOREDESK_DB_TEST_MAIN(TestProductRoutes)
#include "tst_productroutes.moc"
