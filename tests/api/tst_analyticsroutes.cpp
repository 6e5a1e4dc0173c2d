// SPDX-License-Identifier: MIT
#include "analyticsfixture.h"
#include "apitestclient.h"
#include "testdatabases.h"

#include <QTest>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <cmath>

using namespace AnalyticsRef;

Q_DECLARE_METATYPE(Granularity)

namespace {

const QString kAnalytics = QStringLiteral("/api/v1/analytics");
const QString kDashboard = QStringLiteral("/api/v1/dashboard/summary");
const QString kAmazon = QStringLiteral("Amazon");
const QString kEbay = QStringLiteral("eBay");
const QString kWebsite = QStringLiteral("Website");
const QString kCompleted = QStringLiteral("completed");

QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *i : items)
        out << QString::fromLatin1(i);
    return out;
}

QStringList sortedList(std::initializer_list<const char *> items)
{
    QStringList out = list(items);
    out.sort();
    return out;
}

QStringList keysOf(const QJsonValue &v)
{
    QStringList keys = v.toObject().keys();
    keys.sort();
    return keys;
}

/** Whether every name in @p required is a key of @p object. */
bool hasKeys(const QJsonObject &object, const QStringList &required)
{
    for (const QString &k : required)
        if (!object.contains(k))
            return false;
    return true;
}

qint64 cents(const QJsonValue &value)
{
    return qRound64(value.toDouble() * 100.0);
}

QString day(QDate d)
{
    return d.toString(Qt::ISODate);
}

QString pctText(const QJsonValue &v)
{
    return v.isNull() ? QStringLiteral("null") : QString::number(v.toDouble(), 'f', 2);
}

QString pctText(std::optional<double> p)
{
    return p ? QString::number(*p, 'f', 2) : QStringLiteral("null");
}

/** The loc part of each validation error ("body.end_date"), sorted. */
QStringList errorLocs(const ApiReply &reply)
{
    QStringList out;
    for (const QString &e : validationErrors(reply))
        out << e.section(u':', 0, 0);
    out.sort();
    return out;
}

QString granularityName(Granularity g)
{
    switch (g) {
    case Granularity::Day: return QStringLiteral("day");
    case Granularity::Week: return QStringLiteral("week");
    case Granularity::Month: return QStringLiteral("month");
    case Granularity::Year: return QStringLiteral("year");
    }
    return {};
}

/** "period revenue" per bucket, from a JSON object keyed by period. */
QStringList byPeriodText(const QJsonObject &byPeriod)
{
    QStringList out;
    for (auto it = byPeriod.begin(); it != byPeriod.end(); ++it)
        out << it.key() + u' ' + QString::number(cents(it.value()));
    out.sort();
    return out;
}

QStringList byPeriodText(const QList<Bucket> &buckets)
{
    QStringList out;
    for (const Bucket &b : buckets)
        out << day(b.start) + u' ' + QString::number(b.totals.revenue);
    out.sort();
    return out;
}

/** "period revenue" per entry of a [{period, revenue}] array, in order. */
QStringList compactText(const QJsonArray &array)
{
    QStringList out;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        out << o.value(QStringLiteral("period")).toString() + u' ' + QString::number(cents(o.value(QStringLiteral("revenue"))))
                   + (o.keys() == list({"period", "revenue"}) ? QString() : QStringLiteral(" <keys %1>").arg(o.keys().join(u',')));
    }
    return out;
}

QStringList compactText(const QList<Bucket> &buckets)
{
    QStringList out;
    for (const Bucket &b : buckets)
        out << day(b.start) + u' ' + QString::number(b.totals.revenue);
    return out;
}

} // namespace

/**
 * The analytics, dashboard and compact revenue routes over real HTTP on every engine: exact
 * field names and nesting (SPEC §4), figures against a reference computed in C++ from the rows
 * each test inserted, query-parameter forms, presets, validation errors, and a write through the
 * API showing in the next read (the response cache).
 */
class TestAnalyticsRoutes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { TestDatabases::addEngineRows(); }
    void cleanup();

    void salesTotalsAndDays_data();
    void salesTotalsAndDays();
    void revenueBuckets_data();
    void revenueBuckets();
    void inventoryWithDaysOfCover();
    void compareBodyAndQuery_data();
    void compareBodyAndQuery();
    void dashboardPresets_data();
    void dashboardPresets();
    void dashboardCustom();
    void compactRevenue();
    void compactCompare();
    void invalidInputIs422_data();
    void invalidInputIs422();
    void unknownIdsGiveZeros();
    void twentyYearsIsTheLongestRange();
    void writeThroughApiShowsInNextRead();
    void productWritesThroughApiShowInNextRead();
    void compareGroupedByWeek();

private:
    void start(const QTimeZone &zone = QTimeZone("America/New_York"));
    /** Orders around the 2020/2021 and 2026/2027 year ends, 29 Feb 2024 and in May 2025. */
    void seed();
    /** Orders on days counted back from today (store zone), for presets and compact defaults. */
    void seedRecent();
    qint64 id(const char *name) const { return m_ids.value(QString::fromLatin1(name)); }
    QDate today() const { return QDateTime::currentDateTimeUtc().toTimeZone(m_model.zone).date(); }
    /** Checks one dashboard reply against the reference for [from, to]. */
    void checkDashboard(const ApiReply &reply, QDate from, QDate to);

    std::unique_ptr<Store> m_store;
    std::unique_ptr<ApiTestClient> m_client;
    Model m_model;
    std::unique_ptr<Seeder> m_seed;
    QHash<QString, qint64> m_ids;
};

void TestAnalyticsRoutes::cleanup()
{
    m_client.reset();
    m_seed.reset();
    m_store.reset();
    m_model = Model();
    m_ids.clear();
}

void TestAnalyticsRoutes::start(const QTimeZone &zone)
{
    QFETCH_GLOBAL(QString, engine);
    StoreConfig config = TestDatabases::defaultConfig();
    config.storeTimeZone = zone;
    m_store = TestDatabases::freshStore(engine, config);
    m_client = std::make_unique<ApiTestClient>(*m_store);
    m_seed = std::make_unique<Seeder>(*m_store, m_model);
    m_ids.insert(QStringLiteral("tools"), m_seed->category(QStringLiteral("Tools")));
    m_ids.insert(QStringLiteral("garden"), m_seed->category(QStringLiteral("Garden")));
    m_ids.insert(QStringLiteral("hammer"), m_seed->product(QStringLiteral("Hammer"), QStringLiteral("HAM-1"), 1999, id("tools")));
    m_ids.insert(QStringLiteral("saw"), m_seed->product(QStringLiteral("Saw"), QStringLiteral("SAW-1"), 2450, id("tools")));
    m_ids.insert(QStringLiteral("rake"), m_seed->product(QStringLiteral("Rake"), QStringLiteral("RAK-1"), 750, id("garden")));
    m_ids.insert(QStringLiteral("glove"), m_seed->product(QStringLiteral("Glove"), QStringLiteral("GLV-1"), 325, id("garden"), 12));
    m_seed->customer(QStringLiteral("Alice"));
}

void TestAnalyticsRoutes::seed()
{
    const QList<QPair<QDate, QTime>> when{
        {QDate(2020, 12, 27), QTime(12, 0)}, {QDate(2020, 12, 28), QTime(0, 5)},  {QDate(2020, 12, 31), QTime(23, 55)},
        {QDate(2021, 1, 3), QTime(23, 59)},  {QDate(2021, 1, 4), QTime(0, 1)},    {QDate(2024, 2, 28), QTime(15, 0)},
        {QDate(2024, 2, 29), QTime(0, 0, 1)}, {QDate(2024, 2, 29), QTime(23, 59)}, {QDate(2024, 3, 1), QTime(0, 0, 30)},
        {QDate(2026, 12, 27), QTime(23, 59)}, {QDate(2026, 12, 28), QTime(0, 1)}, {QDate(2027, 1, 1), QTime(9, 0)},
        {QDate(2027, 1, 4), QTime(0, 1)},    {QDate(2025, 5, 1), QTime(10, 0)},   {QDate(2025, 5, 4), QTime(10, 0)},
        {QDate(2025, 5, 11), QTime(10, 0)},  {QDate(2025, 5, 12), QTime(23, 0)},  {QDate(2025, 5, 20), QTime(8, 0)},
    };
    const QStringList platforms{kAmazon, kEbay, kWebsite};
    const QList<qint64> products{id("hammer"), id("saw"), id("rake"), id("glove")};
    for (int i = 0; i < when.size(); ++i) {
        QString status = kCompleted;
        if (i % 6 == 4)
            status = QStringLiteral("cancelled");
        else if (i % 6 == 5)
            status = QStringLiteral("refunded");
        LineSpec first{products[i % 4], 1 + i % 3, std::nullopt, i % 3 == 0 ? 25 : 0};
        if (i % 2 == 0)
            first.unitCents = 900 + 41 * i;
        QList<LineSpec> lines{first};
        if (i % 3 == 1)
            lines << LineSpec{products[(i + 1) % 4], 1, std::nullopt, 0};
        m_seed->sell(m_seed->local(when[i].first, when[i].second), platforms[i % 3], status, lines);
    }
}

void TestAnalyticsRoutes::seedRecent()
{
    const QDate t = today();
    const QList<int> daysAgo{0, 1, 3, 6, 7, 12, 29, 30, 45, 59, 60, 95, 150, 250, 400};
    const QStringList platforms{kAmazon, kEbay, kWebsite};
    for (int i = 0; i < daysAgo.size(); ++i) {
        const QDate d = t.addDays(-daysAgo[i]);
        const QString status = i % 5 == 4 ? QStringLiteral("cancelled") : kCompleted;
        m_seed->sell(m_seed->local(d, QTime(0, 0, 1)), platforms[i % 3], status,
                     {{i % 2 ? id("hammer") : id("rake"), 1 + i % 4}, {id("saw"), 1, 2000 + i}});
    }
}

// --- /analytics/sales ----------------------------------------------------------------------------

void TestAnalyticsRoutes::salesTotalsAndDays_data()
{
    QTest::addColumn<QString>("product");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("platform");
    QTest::newRow("all") << QString() << QString() << QString();
    QTest::newRow("product") << "hammer" << QString() << QString();
    QTest::newRow("category") << QString() << "garden" << QString();
    QTest::newRow("platform") << QString() << QString() << kEbay;
    QTest::newRow("category+platform") << QString() << "tools" << kAmazon;
}

void TestAnalyticsRoutes::salesTotalsAndDays()
{
    QFETCH(QString, product);
    QFETCH(QString, category);
    QFETCH(QString, platform);
    start();
    seed();
    const QDate from(2020, 12, 1), to(2027, 1, 31);
    QJsonObject body{{QStringLiteral("start_date"), day(from)}, {QStringLiteral("end_date"), day(to)}};
    Filter f;
    if (!product.isEmpty()) {
        f.productId = m_ids.value(product);
        body.insert(QStringLiteral("product_id"), *f.productId);
    }
    if (!category.isEmpty()) {
        f.categoryId = m_ids.value(category);
        body.insert(QStringLiteral("category_id"), *f.categoryId);
    }
    if (!platform.isEmpty()) {
        f.platform = platform;
        body.insert(QStringLiteral("platform"), platform);
    }
    const ApiReply r = m_client->post(kAnalytics + QStringLiteral("/sales"), body);
    QCOMPARE(r.status, 200);
    const QJsonObject o = r.object();
    QCOMPARE(keysOf(o), sortedList({"total_sales", "total_revenue", "average_order_value", "total_units", "sales_by_date"}));
    const Totals t = m_model.totals(from, to, f);
    QVERIFY(t.orders > 0);
    QCOMPARE(o.value(QStringLiteral("total_sales")).toInteger(), t.orders);
    QCOMPARE(cents(o.value(QStringLiteral("total_revenue"))), t.revenue);
    QCOMPARE(o.value(QStringLiteral("total_units")).toInteger(), t.units);
    QCOMPARE(cents(o.value(QStringLiteral("average_order_value"))), Model::averageOrderValue(t.revenue, t.orders));
    QStringList got, expected;
    const QJsonObject byDate = o.value(QStringLiteral("sales_by_date")).toObject();
    for (auto it = byDate.begin(); it != byDate.end(); ++it) {
        QCOMPARE(keysOf(it.value()), sortedList({"count", "revenue"}));
        got << QStringLiteral("%1 count=%2 revenue=%3").arg(it.key()).arg(it.value()[QStringLiteral("count")].toInteger())
                   .arg(cents(it.value()[QStringLiteral("revenue")]));
    }
    const QMap<QDate, Totals> days = m_model.days(from, to, f);
    for (auto it = days.begin(); it != days.end(); ++it)
        expected << QStringLiteral("%1 count=%2 revenue=%3").arg(day(it.key())).arg(it.value().orders).arg(it.value().revenue);
    got.sort();
    expected.sort();
    QCOMPARE(got, expected);
}

// --- /analytics/revenue --------------------------------------------------------------------------

void TestAnalyticsRoutes::revenueBuckets_data()
{
    QTest::addColumn<Granularity>("granularity");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QStringList>("buckets");
    QTest::newRow("day, leap day") << Granularity::Day << QDate(2024, 2, 27) << QDate(2024, 3, 2)
                                   << list({"2024-02-27", "2024-02-28", "2024-02-29", "2024-03-01", "2024-03-02"});
    QTest::newRow("week 2020-12-28..2021-01-10") << Granularity::Week << QDate(2020, 12, 28) << QDate(2021, 1, 10)
                                                 << list({"2020-12-28", "2021-01-04"});
    QTest::newRow("week 2026-12-28..2027-01-03") << Granularity::Week << QDate(2026, 12, 28) << QDate(2027, 1, 3)
                                                 << list({"2026-12-28"});
    QTest::newRow("week from a Wednesday") << Granularity::Week << QDate(2026, 12, 23) << QDate(2027, 1, 5)
                                           << list({"2026-12-21", "2026-12-28", "2027-01-04"});
    QTest::newRow("month") << Granularity::Month << QDate(2024, 1, 31) << QDate(2024, 4, 1)
                           << list({"2024-01-01", "2024-02-01", "2024-03-01", "2024-04-01"});
    QTest::newRow("year") << Granularity::Year << QDate(2020, 12, 31) << QDate(2027, 1, 1)
                          << list({"2020-01-01", "2021-01-01", "2022-01-01", "2023-01-01", "2024-01-01", "2025-01-01",
                                   "2026-01-01", "2027-01-01"});
}

void TestAnalyticsRoutes::revenueBuckets()
{
    QFETCH(Granularity, granularity);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QStringList, buckets);
    start();
    seed();
    for (const bool withCategory : {false, true}) {
        QJsonObject body{{QStringLiteral("start_date"), day(from)}, {QStringLiteral("end_date"), day(to)},
                         {QStringLiteral("group_by"), granularityName(granularity)}};
        Filter f;
        if (withCategory) {
            f.categoryId = id("garden");
            body.insert(QStringLiteral("category_id"), *f.categoryId);
        }
        const ApiReply r = m_client->post(kAnalytics + QStringLiteral("/revenue"), body);
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.object();
        QVERIFY2(hasKeys(o, list({"total_revenue", "revenue_by_period", "series"})), qPrintable(keysOf(o).join(u',')));
        const QList<Bucket> expected = m_model.series(from, to, granularity, f);
        QCOMPARE(cents(o.value(QStringLiteral("total_revenue"))), m_model.totals(from, to, f).revenue);
        QStringList keys = o.value(QStringLiteral("revenue_by_period")).toObject().keys();
        keys.sort();
        QCOMPARE(keys, buckets);
        QCOMPARE(byPeriodText(o.value(QStringLiteral("revenue_by_period")).toObject()), byPeriodText(expected));
        QStringList series, expectedSeries;
        for (const QJsonValue &v : o.value(QStringLiteral("series")).toArray()) {
            QCOMPARE(keysOf(v), sortedList({"period", "revenue", "orders", "units"}));
            series << QStringLiteral("%1 %2 %3 %4").arg(v[QStringLiteral("period")].toString()).arg(cents(v[QStringLiteral("revenue")]))
                          .arg(v[QStringLiteral("orders")].toInteger()).arg(v[QStringLiteral("units")].toInteger());
        }
        for (const Bucket &b : expected)
            expectedSeries << QStringLiteral("%1 %2 %3 %4").arg(day(b.start)).arg(b.totals.revenue).arg(b.totals.orders).arg(b.totals.units);
        QCOMPARE(series, expectedSeries);
    }
}

// --- /analytics/inventory ------------------------------------------------------------------------

void TestAnalyticsRoutes::inventoryWithDaysOfCover()
{
    start();
    const QDate t = today();
    // Glove: 12 in stock; 2 sold today, 3 sold 10 days ago, 4 sold 31 days ago → 3 left, 5 recent.
    m_seed->sell(m_seed->local(t, QTime(0, 0, 1)), kAmazon, kCompleted, {{id("glove"), 2}});
    m_seed->sell(m_seed->local(t.addDays(-10)), kEbay, kCompleted, {{id("glove"), 3}});
    m_seed->sell(m_seed->local(t.addDays(-31)), kEbay, kCompleted, {{id("glove"), 4}});
    const qint64 brush = m_seed->product(QStringLiteral("Brush"), QStringLiteral("BRS-1"), 499, id("tools"), 4);
    // The rake also has 3 reserved for the website; a website sale draws on that row.
    m_seed->channelRow(id("rake"), kWebsite, 3, 5);
    m_seed->sell(m_seed->local(t.addDays(-1)), kWebsite, kCompleted, {{id("rake"), 1}});

    for (const bool lowOnly : {false, true}) {
      for (const std::optional<qint64> category : {std::optional<qint64>(), std::optional<qint64>(id("garden"))}) {
        QJsonObject body{{QStringLiteral("low_stock_only"), lowOnly}};
        if (category)
            body.insert(QStringLiteral("category_id"), *category);
        const ApiReply r = m_client->post(kAnalytics + QStringLiteral("/inventory"), body);
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.object();
        QCOMPARE(keysOf(o), sortedList({"total_products", "total_units", "stock_value", "out_of_stock_products",
                                        "low_stock_products", "low_stock_alerts"}));
        const StockFigures expected = m_model.stock(t, category);
        if (!lowOnly) {
            QCOMPARE(o.value(QStringLiteral("low_stock_products")).toInteger(), expected.lowStockProducts);
            QCOMPARE(o.value(QStringLiteral("total_products")).toInteger(), expected.products);
            QCOMPARE(o.value(QStringLiteral("total_units")).toInteger(), expected.units);
            QCOMPARE(cents(o.value(QStringLiteral("stock_value"))), expected.valueCents);
            QCOMPARE(o.value(QStringLiteral("out_of_stock_products")).toInteger(), expected.outOfStockProducts);
        }
        QStringList got;
        for (const QJsonValue &v : o.value(QStringLiteral("low_stock_alerts")).toArray()) {
            QCOMPARE(keysOf(v), sortedList({"inventory_id", "product_id", "product_name", "sku", "location", "channel",
                                            "current_quantity", "threshold", "shortfall", "days_of_cover"}));
            const QJsonValue cover = v[QStringLiteral("days_of_cover")];
            got << QStringLiteral("#%1 product=%2 qty=%3 threshold=%4 cover=%5")
                       .arg(v[QStringLiteral("inventory_id")].toInteger()).arg(v[QStringLiteral("product_id")].toInteger())
                       .arg(v[QStringLiteral("current_quantity")].toInteger()).arg(v[QStringLiteral("threshold")].toInteger())
                       .arg(cover.isNull() ? QStringLiteral("null") : QString::number(cover.toDouble(), 'f', 1));
            QCOMPARE(v[QStringLiteral("shortfall")].toInteger(),
                     v[QStringLiteral("threshold")].toInteger() - v[QStringLiteral("current_quantity")].toInteger());
        }
        got.sort();
        QCOMPARE(got, expected.alerts);
        QCOMPARE(expected.alerts.filter(QStringLiteral("product=%1 qty=4 threshold=10 cover=null").arg(brush)).size(),
                 qsizetype(category ? 0 : 1));
        QCOMPARE(expected.alerts.filter(QStringLiteral("product=%1 qty=3 ").arg(id("glove"))).size(), qsizetype(1));
        QCOMPARE(expected.alerts.filter(QStringLiteral("product=%1 qty=2 threshold=5 cover=60.0").arg(id("rake"))).size(), qsizetype(1));
      }
    }
}

// --- /analytics/revenue/compare ------------------------------------------------------------------

void TestAnalyticsRoutes::compareBodyAndQuery_data()
{
    QTest::addColumn<QString>("currentStart");
    QTest::addColumn<QString>("currentEnd");
    QTest::addColumn<QString>("previousStart"); ///< empty: none given
    QTest::addColumn<QString>("previousEnd");
    QTest::addColumn<QString>("compareTo");
    QTest::addColumn<QString>("breakdown");
    QTest::addColumn<QString>("expectedPrevStart");
    QTest::addColumn<QString>("expectedPrevEnd");
    const QString none;
    QTest::newRow("previous period default") << "2025-05-11" << "2025-05-20" << none << none << none << none << "2025-05-01" << "2025-05-10";
    QTest::newRow("previous period, category") << "2025-05-11" << "2025-05-20" << none << none << "previous_period" << "category"
                                               << "2025-05-01" << "2025-05-10";
    QTest::newRow("previous year, platform") << "2027-01-01" << "2027-01-04" << none << none << "previous_year" << "platform"
                                             << "2026-01-01" << "2026-01-04";
    QTest::newRow("previous year from 29 Feb") << "2024-02-29" << "2024-03-01" << none << none << "previous_year" << none
                                               << "2023-02-28" << "2023-03-01";
    QTest::newRow("explicit, product") << "2024-02-28" << "2024-03-01" << "2020-12-27" << "2021-01-04" << none << "product"
                                       << "2020-12-27" << "2021-01-04";
}

void TestAnalyticsRoutes::compareBodyAndQuery()
{
    QFETCH(QString, currentStart);
    QFETCH(QString, currentEnd);
    QFETCH(QString, previousStart);
    QFETCH(QString, previousEnd);
    QFETCH(QString, compareTo);
    QFETCH(QString, breakdown);
    QFETCH(QString, expectedPrevStart);
    QFETCH(QString, expectedPrevEnd);
    start();
    seed();

    QJsonObject body{{QStringLiteral("current_start"), currentStart}, {QStringLiteral("current_end"), currentEnd}};
    if (!previousStart.isEmpty()) {
        body.insert(QStringLiteral("previous_start"), previousStart);
        body.insert(QStringLiteral("previous_end"), previousEnd);
    }
    if (!compareTo.isEmpty())
        body.insert(QStringLiteral("compare_to"), compareTo);
    if (!breakdown.isEmpty())
        body.insert(QStringLiteral("breakdown"), breakdown);
    QUrlQuery query;
    for (auto it = body.begin(); it != body.end(); ++it)
        query.addQueryItem(it.key(), it.value().toString());

    const QDate from = QDate::fromString(currentStart, Qt::ISODate), to = QDate::fromString(currentEnd, Qt::ISODate);
    const QDate prevFrom = QDate::fromString(expectedPrevStart, Qt::ISODate), prevTo = QDate::fromString(expectedPrevEnd, Qt::ISODate);
    const ApiReply viaBody = m_client->post(kAnalytics + QStringLiteral("/revenue/compare"), body);
    const ApiReply viaQuery = m_client->send("POST", kAnalytics + QStringLiteral("/revenue/compare?") + query.toString(QUrl::FullyEncoded));
    for (const ApiReply *r : {&viaBody, &viaQuery}) {
        QCOMPARE(r->status, 200);
        const QJsonObject o = r->object();
        QVERIFY2(hasKeys(o, list({"current_period", "previous_period", "absolute_change", "percent_change"})), qPrintable(keysOf(o).join(u',')));
        QCOMPARE(o.contains(QStringLiteral("breakdown")), !breakdown.isEmpty());
        auto checkPeriod = [&](const QJsonObject &p, QDate a, QDate b) {
            QVERIFY2(hasKeys(p, list({"start_date", "end_date", "total_revenue", "revenue_by_period"})), qPrintable(keysOf(p).join(u',')));
            QCOMPARE(p.value(QStringLiteral("start_date")).toString(), day(a));
            QCOMPARE(p.value(QStringLiteral("end_date")).toString(), day(b));
            QCOMPARE(cents(p.value(QStringLiteral("total_revenue"))), m_model.totals(a, b).revenue);
            QCOMPARE(byPeriodText(p.value(QStringLiteral("revenue_by_period")).toObject()), byPeriodText(m_model.series(a, b, Granularity::Day)));
        };
        checkPeriod(o.value(QStringLiteral("current_period")).toObject(), from, to);
        if (QTest::currentTestFailed())
            return;
        checkPeriod(o.value(QStringLiteral("previous_period")).toObject(), prevFrom, prevTo);
        if (QTest::currentTestFailed())
            return;
        const qint64 cur = m_model.totals(from, to).revenue, prev = m_model.totals(prevFrom, prevTo).revenue;
        QCOMPARE(cents(o.value(QStringLiteral("absolute_change"))), cur - prev);
        QCOMPARE(pctText(o.value(QStringLiteral("percent_change"))), pctText(Model::percent(cur, prev)));
        if (breakdown.isEmpty())
            continue;
        QStringList got, expected;
        for (const QJsonValue &v : o.value(QStringLiteral("breakdown")).toArray()) {
            QCOMPARE(keysOf(v), sortedList({"key", "name", "current", "previous", "absolute_change", "percent_change"}));
            got << QStringLiteral("%1 '%2' %3 %4 %5 %6").arg(v[QStringLiteral("key")].toString(), v[QStringLiteral("name")].toString())
                       .arg(cents(v[QStringLiteral("current")])).arg(cents(v[QStringLiteral("previous")]))
                       .arg(cents(v[QStringLiteral("absolute_change")])).arg(pctText(v[QStringLiteral("percent_change")]));
        }
        for (const AnalyticsRef::BreakdownRow &b : m_model.breakdown(breakdown, from, to, prevFrom, prevTo))
            expected << QStringLiteral("%1 '%2' %3 %4 %5 %6").arg(b.key, b.name).arg(b.current).arg(b.previous)
                            .arg(b.current - b.previous).arg(pctText(Model::percent(b.current, b.previous)));
        got.sort();
        expected.sort();
        QVERIFY(!expected.isEmpty());
        QCOMPARE(got, expected);
    }
    QCOMPARE(viaQuery.body, viaBody.body);
}

// --- /dashboard/summary --------------------------------------------------------------------------

void TestAnalyticsRoutes::checkDashboard(const ApiReply &reply, QDate from, QDate to)
{
    QCOMPARE(reply.status, 200);
    const QJsonObject o = reply.object();
    QVERIFY2(hasKeys(o, list({"period", "total_revenue", "total_orders", "average_order_value", "units_sold", "revenue_change_pct",
                              "orders_change_pct", "total_products", "total_customers", "low_stock_count", "out_of_stock_count",
                              "top_products", "platform_distribution", "revenue_trend"})),
             qPrintable(keysOf(o).join(u',')));
    QCOMPARE(keysOf(o.value(QStringLiteral("period"))), sortedList({"start_date", "end_date"}));
    QCOMPARE(o.value(QStringLiteral("period"))[QStringLiteral("start_date")].toString(), day(from));
    QCOMPARE(o.value(QStringLiteral("period"))[QStringLiteral("end_date")].toString(), day(to));
    const qint64 length = from.daysTo(to) + 1;
    const Totals now = m_model.totals(from, to), before = m_model.totals(from.addDays(-length), from.addDays(-1));
    QCOMPARE(cents(o.value(QStringLiteral("total_revenue"))), now.revenue);
    QCOMPARE(o.value(QStringLiteral("total_orders")).toInteger(), now.orders);
    QCOMPARE(o.value(QStringLiteral("units_sold")).toInteger(), now.units);
    QCOMPARE(cents(o.value(QStringLiteral("average_order_value"))), Model::averageOrderValue(now.revenue, now.orders));
    QCOMPARE(pctText(o.value(QStringLiteral("revenue_change_pct"))), pctText(Model::percent(now.revenue, before.revenue)));
    QCOMPARE(pctText(o.value(QStringLiteral("orders_change_pct"))), pctText(Model::percent(now.orders, before.orders)));
    QCOMPARE(o.value(QStringLiteral("total_products")).toInteger(), qint64(m_model.products.size()));
    QCOMPARE(o.value(QStringLiteral("total_customers")).toInteger(), m_model.customers);
    const StockFigures stock = m_model.stock(today());
    QCOMPARE(o.value(QStringLiteral("low_stock_count")).toInteger(), stock.lowRows);
    QCOMPARE(o.value(QStringLiteral("out_of_stock_count")).toInteger(), stock.outRows);

    QStringList top, expectedTop;
    for (const QJsonValue &v : o.value(QStringLiteral("top_products")).toArray()) {
        QCOMPARE(keysOf(v), sortedList({"product_id", "name", "sku", "units", "revenue"}));
        top << QStringLiteral("#%1 %2 %3 %4 %5").arg(v[QStringLiteral("product_id")].toInteger()).arg(v[QStringLiteral("name")].toString(),
                                                                                                  v[QStringLiteral("sku")].toString())
                   .arg(v[QStringLiteral("units")].toInteger()).arg(cents(v[QStringLiteral("revenue")]));
    }
    for (const AnalyticsRef::TopProduct &p : m_model.topProducts(from, to))
        expectedTop << QStringLiteral("#%1 %2 %3 %4 %5").arg(p.productId).arg(p.name, p.sku).arg(p.units).arg(p.revenue);
    QCOMPARE(top, expectedTop);

    QStringList platforms, expectedPlatforms;
    double sum = 0;
    for (const QJsonValue &v : o.value(QStringLiteral("platform_distribution")).toArray()) {
        QCOMPARE(keysOf(v), sortedList({"platform", "orders", "revenue", "share"}));
        sum += v[QStringLiteral("share")].toDouble();
        platforms << QStringLiteral("%1 %2 %3 %4").arg(v[QStringLiteral("platform")].toString()).arg(v[QStringLiteral("orders")].toInteger())
                         .arg(cents(v[QStringLiteral("revenue")])).arg(v[QStringLiteral("share")].toDouble(), 0, 'f', 6);
    }
    for (const AnalyticsRef::PlatformShare &p : m_model.platforms(from, to))
        expectedPlatforms << QStringLiteral("%1 %2 %3 %4").arg(p.platform).arg(p.orders).arg(p.revenue).arg(p.share, 0, 'f', 6);
    platforms.sort();
    QCOMPARE(platforms, expectedPlatforms);
    if (!expectedPlatforms.isEmpty())
        QVERIFY2(std::abs(sum - 1.0) < 1e-9, qPrintable(QString::number(sum, 'g', 17)));

    const QJsonArray trend = o.value(QStringLiteral("revenue_trend")).toArray();
    QCOMPARE(trend.size(), qsizetype(length)); // daily up to a year
    QCOMPARE(compactText(trend), compactText(m_model.series(from, to, Granularity::Day)));
}

void TestAnalyticsRoutes::dashboardPresets_data()
{
    QTest::addColumn<QString>("preset");
    for (const char *p : {"today", "7d", "30d", "month", "quarter", "year"})
        QTest::newRow(p) << QString::fromLatin1(p);
}

void TestAnalyticsRoutes::dashboardPresets()
{
    QFETCH(QString, preset);
    start();
    seedRecent();
    const QDate t = today();
    QDate from;
    if (preset == u"today")
        from = t;
    else if (preset == u"7d")
        from = t.addDays(-6);
    else if (preset == u"30d")
        from = t.addDays(-29);
    else if (preset == u"month")
        from = QDate(t.year(), t.month(), 1);
    else if (preset == u"quarter")
        from = QDate(t.year(), 1 + (t.month() - 1) / 3 * 3, 1);
    else
        from = QDate(t.year(), 1, 1);
    checkDashboard(m_client->get(kDashboard + QStringLiteral("?period=") + preset), from, t);
}

void TestAnalyticsRoutes::dashboardCustom()
{
    start();
    seed();
    checkDashboard(m_client->get(kDashboard + QStringLiteral("?period=custom&start_date=2025-05-11&end_date=2025-05-20")),
                   QDate(2025, 5, 11), QDate(2025, 5, 20));
    if (QTest::currentTestFailed())
        return;
    // The previous equal period has no orders: changes are null.
    const ApiReply r = m_client->get(kDashboard + QStringLiteral("?period=custom&start_date=2020-12-27&end_date=2021-01-04"));
    QVERIFY(r.object().value(QStringLiteral("revenue_change_pct")).isNull());
    QVERIFY(r.object().value(QStringLiteral("orders_change_pct")).isNull());
    checkDashboard(r, QDate(2020, 12, 27), QDate(2021, 1, 4));
}

// --- compact routes ------------------------------------------------------------------------------

void TestAnalyticsRoutes::compactRevenue()
{
    start();
    seed();
    seedRecent();
    const QDate t = today();
    // Default: the last 30 days ending today, by day.
    const ApiReply d = m_client->get(QStringLiteral("/sales/revenue"));
    QCOMPARE(d.status, 200);
    QCOMPARE(d.array().size(), qsizetype(30));
    QCOMPARE(compactText(d.array()), compactText(m_model.series(t.addDays(-29), t, Granularity::Day)));

    Filter ebay;
    ebay.platform = kEbay;
    const ApiReply channel = m_client->get(QStringLiteral("/sales/revenue?start_date=2020-12-26&end_date=2021-01-05&channel=eBay"));
    QCOMPARE(channel.status, 200);
    QCOMPARE(compactText(channel.array()), compactText(m_model.series(QDate(2020, 12, 26), QDate(2021, 1, 5), Granularity::Day, ebay)));
    QVERIFY(m_model.totals(QDate(2020, 12, 26), QDate(2021, 1, 5), ebay).revenue > 0);

    Filter garden;
    garden.categoryId = id("garden");
    const ApiReply weeks = m_client->get(QStringLiteral("/sales/revenue?start_date=2026-12-20&end_date=2027-01-10&group_by=week&category_id=%1")
                                             .arg(id("garden")));
    QCOMPARE(weeks.status, 200);
    QCOMPARE(compactText(weeks.array()), compactText(m_model.series(QDate(2026, 12, 20), QDate(2027, 1, 10), Granularity::Week, garden)));
}

void TestAnalyticsRoutes::compactCompare()
{
    start();
    seed();
    const ApiReply r = m_client->get(QStringLiteral("/sales/compare?start1=2024-02-27&end1=2024-03-02&start2=2020-12-27&end2=2021-01-04"));
    QCOMPARE(r.status, 200);
    QCOMPARE(keysOf(r.object()), sortedList({"range1", "range2"}));
    QCOMPARE(compactText(r.object().value(QStringLiteral("range1")).toArray()),
             compactText(m_model.series(QDate(2024, 2, 27), QDate(2024, 3, 2), Granularity::Day)));
    QCOMPARE(compactText(r.object().value(QStringLiteral("range2")).toArray()),
             compactText(m_model.series(QDate(2020, 12, 27), QDate(2021, 1, 4), Granularity::Day)));

    Filter hammer;
    hammer.productId = id("hammer");
    const ApiReply f = m_client->get(QStringLiteral("/sales/compare?start1=2024-02-27&end1=2024-03-02&start2=2020-12-27&end2=2021-01-04&product_id=%1")
                                         .arg(id("hammer")));
    QCOMPARE(f.status, 200);
    QCOMPARE(compactText(f.object().value(QStringLiteral("range2")).toArray()),
             compactText(m_model.series(QDate(2020, 12, 27), QDate(2021, 1, 4), Granularity::Day, hammer)));
}

// --- errors --------------------------------------------------------------------------------------

void TestAnalyticsRoutes::invalidInputIs422_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("locs");

    const QString sales = kAnalytics + QStringLiteral("/sales");
    const QString revenue = kAnalytics + QStringLiteral("/revenue");
    const QString compare = kAnalytics + QStringLiteral("/revenue/compare");
    QTest::newRow("sales: end before start") << QByteArray("POST") << sales
                                             << QByteArray(R"({"start_date":"2025-05-10","end_date":"2025-05-09"})") << list({"body.end_date"});
    QTest::newRow("sales: malformed date") << QByteArray("POST") << sales
                                           << QByteArray(R"({"start_date":"2025-02-30","end_date":"2025-05-09"})") << list({"body.start_date"});
    QTest::newRow("sales: not a date") << QByteArray("POST") << sales
                                       << QByteArray(R"({"start_date":"2025-05-01","end_date":"10/05/2025"})") << list({"body.end_date"});
    QTest::newRow("sales: missing start") << QByteArray("POST") << sales << QByteArray(R"({"end_date":"2025-05-09"})")
                                          << list({"body.start_date"});
    QTest::newRow("revenue: unknown group_by") << QByteArray("POST") << revenue
                                               << QByteArray(R"({"start_date":"2025-05-01","end_date":"2025-05-09","group_by":"hour"})")
                                               << list({"body.group_by"});
    QTest::newRow("revenue: over 20 years") << QByteArray("POST") << revenue
                                            << QByteArray(R"({"start_date":"2000-01-01","end_date":"2020-01-02","group_by":"year"})")
                                            << list({"body.end_date"});
    QTest::newRow("compare: previous_start alone") << QByteArray("POST") << compare
                                                   << QByteArray(R"({"current_start":"2025-05-01","current_end":"2025-05-09","previous_start":"2025-04-01"})")
                                                   << list({"body.previous_end"});
    QTest::newRow("compare: current end before start") << QByteArray("POST") << compare
                                                       << QByteArray(R"({"current_start":"2025-05-10","current_end":"2025-05-01"})")
                                                       << list({"body.current_end"});
    QTest::newRow("compare: unknown breakdown") << QByteArray("POST") << compare
                                                << QByteArray(R"({"current_start":"2025-05-01","current_end":"2025-05-09","breakdown":"colour"})")
                                                << list({"body.breakdown"});
    QTest::newRow("compare query: end before start") << QByteArray("POST")
                                                     << compare + QStringLiteral("?current_start=2025-05-10&current_end=2025-05-01")
                                                     << QByteArray() << list({"query.current_end"});
    QTest::newRow("compare query: previous_end alone") << QByteArray("POST")
                                                       << compare + QStringLiteral("?current_start=2025-05-01&current_end=2025-05-09&previous_end=2025-04-30")
                                                       << QByteArray() << list({"query.previous_start"});
    QTest::newRow("dashboard: unknown period") << QByteArray("GET") << kDashboard + QStringLiteral("?period=decade") << QByteArray()
                                               << list({"query.period"});
    QTest::newRow("dashboard: custom end before start") << QByteArray("GET")
                                                        << kDashboard + QStringLiteral("?period=custom&start_date=2025-05-10&end_date=2025-05-01")
                                                        << QByteArray() << list({"query.end_date"});
    QTest::newRow("compact revenue: end before start") << QByteArray("GET")
                                                       << QStringLiteral("/sales/revenue?start_date=2025-05-10&end_date=2025-05-01")
                                                       << QByteArray() << list({"query.end_date"});
    QTest::newRow("compact revenue: bad group_by") << QByteArray("GET") << QStringLiteral("/sales/revenue?group_by=quarter")
                                                   << QByteArray() << list({"query.group_by"});
    QTest::newRow("revenue: 20 years and a day") << QByteArray("POST") << revenue
                                                 << QByteArray(R"({"start_date":"2000-01-01","end_date":"2020-01-02","group_by":"day"})")
                                                 << list({"body.end_date"});
    QTest::newRow("sales: product_id 0") << QByteArray("POST") << sales
                                         << QByteArray(R"({"start_date":"2025-05-01","end_date":"2025-05-09","product_id":0})")
                                         << list({"body.product_id"});
    QTest::newRow("sales: year 0999") << QByteArray("POST") << sales
                                      << QByteArray(R"({"start_date":"0999-12-31","end_date":"2025-05-09"})") << list({"body.start_date"});
    QTest::newRow("compare: previous end before its start") << QByteArray("POST") << compare
                                                            << QByteArray(R"({"current_start":"2025-05-01","current_end":"2025-05-09","previous_start":"2025-04-09","previous_end":"2025-04-01"})")
                                                            << list({"body.previous_end"});
    QTest::newRow("compare query: bad product_id") << QByteArray("POST")
                                                   << compare + QStringLiteral("?current_start=2025-05-01&current_end=2025-05-09&product_id=abc")
                                                   << QByteArray() << list({"query.product_id"});
    QTest::newRow("dashboard: custom without dates") << QByteArray("GET") << kDashboard + QStringLiteral("?period=custom")
                                                     << QByteArray() << list({"query.end_date", "query.start_date"});
    QTest::newRow("compact compare: missing end2") << QByteArray("GET")
                                                   << QStringLiteral("/sales/compare?start1=2025-05-01&end1=2025-05-02&start2=2025-04-01")
                                                   << QByteArray() << list({"query.end2"});
}

void TestAnalyticsRoutes::invalidInputIs422()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QStringList, locs);
    start();
    const QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", "application/json"}};
    const ApiReply r = m_client->send(method, path, body, body.isEmpty() ? QList<QPair<QByteArray, QByteArray>>{} : headers);
    QCOMPARE(r.status, 422);
    QVERIFY2(!validationErrors(r).join(u' ').contains(QStringLiteral("<bad entry")), r.body.constData());
    QCOMPARE(errorLocs(r), locs);
}

void TestAnalyticsRoutes::unknownIdsGiveZeros()
{
    start();
    seed();
    const QJsonObject range{{QStringLiteral("start_date"), QStringLiteral("2020-01-01")}, {QStringLiteral("end_date"), QStringLiteral("2027-12-31")}};
    QJsonObject body = range;
    body.insert(QStringLiteral("product_id"), 987654);
    const ApiReply sales = m_client->post(kAnalytics + QStringLiteral("/sales"), body);
    QCOMPARE(sales.status, 200);
    QCOMPARE(sales.object().value(QStringLiteral("total_sales")).toInteger(), qint64(0));
    QCOMPARE(cents(sales.object().value(QStringLiteral("total_revenue"))), qint64(0));
    QCOMPARE(cents(sales.object().value(QStringLiteral("average_order_value"))), qint64(0));
    QCOMPARE(sales.object().value(QStringLiteral("sales_by_date")).toObject().size(), qsizetype(0));

    body = range;
    body.insert(QStringLiteral("category_id"), 987654);
    body.insert(QStringLiteral("group_by"), QStringLiteral("year"));
    const ApiReply revenue = m_client->post(kAnalytics + QStringLiteral("/revenue"), body);
    QCOMPARE(revenue.status, 200);
    QCOMPARE(cents(revenue.object().value(QStringLiteral("total_revenue"))), qint64(0));
    const QJsonObject byPeriod = revenue.object().value(QStringLiteral("revenue_by_period")).toObject();
    QCOMPARE(byPeriod.size(), qsizetype(8)); // still zero-filled, 2020…2027
    for (const QJsonValue &v : byPeriod)
        QCOMPARE(cents(v), qint64(0));

    const ApiReply compare = m_client->post(kAnalytics + QStringLiteral("/revenue/compare"),
                                            QJsonObject{{QStringLiteral("current_start"), QStringLiteral("2025-05-11")},
                                                        {QStringLiteral("current_end"), QStringLiteral("2025-05-20")},
                                                        {QStringLiteral("product_id"), 987654}});
    QCOMPARE(compare.status, 200);
    QVERIFY(compare.object().value(QStringLiteral("percent_change")).isNull());
    QCOMPARE(cents(compare.object().value(QStringLiteral("absolute_change"))), qint64(0));
}

void TestAnalyticsRoutes::twentyYearsIsTheLongestRange()
{
    start();
    seed();
    const ApiReply r = m_client->post(kAnalytics + QStringLiteral("/revenue"),
                                      QJsonObject{{QStringLiteral("start_date"), QStringLiteral("2008-01-01")},
                                                  {QStringLiteral("end_date"), QStringLiteral("2028-01-01")},
                                                  {QStringLiteral("group_by"), QStringLiteral("year")}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QStringLiteral("series")).toArray().size(), qsizetype(21));
    QCOMPARE(byPeriodText(r.object().value(QStringLiteral("revenue_by_period")).toObject()),
             byPeriodText(m_model.series(QDate(2008, 1, 1), QDate(2028, 1, 1), Granularity::Year)));
}

// --- the response cache --------------------------------------------------------------------------

void TestAnalyticsRoutes::writeThroughApiShowsInNextRead()
{
    start();
    seedRecent();
    const QDate t = today();
    const QString todayPath = kDashboard + QStringLiteral("?period=today");
    checkDashboard(m_client->get(todayPath), t, t);
    if (QTest::currentTestFailed())
        return;
    const QJsonObject salesBody{{QStringLiteral("start_date"), day(t)}, {QStringLiteral("end_date"), day(t)}};
    const ApiReply salesBefore = m_client->post(kAnalytics + QStringLiteral("/sales"), salesBody);
    QCOMPARE(salesBefore.status, 200);

    // A new order through the API, dated now.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QJsonObject order{{QStringLiteral("platform"), kWebsite},
                            {QStringLiteral("status"), kCompleted},
                            {QStringLiteral("order_date"), now.toString(Qt::ISODate)},
                            {QStringLiteral("items"), QJsonArray{QJsonObject{{QStringLiteral("product_id"), id("saw")},
                                                                             {QStringLiteral("quantity"), 2},
                                                                             {QStringLiteral("unit_price"), 12.34},
                                                                             {QStringLiteral("discount"), 0.5}}}}};
    const ApiReply created = m_client->post(QStringLiteral("/api/v1/sales/"), order);
    QCOMPARE(created.status, 201);
    Order mirrored;
    mirrored.id = created.object().value(QStringLiteral("id")).toInteger();
    mirrored.utc = now;
    mirrored.platform = kWebsite;
    mirrored.status = kCompleted;
    mirrored.lines << Line{id("saw"), 2, 1234, 50};
    m_model.orders << mirrored;
    checkDashboard(m_client->get(todayPath), t, t);
    if (QTest::currentTestFailed())
        return;
    const ApiReply salesAfter = m_client->post(kAnalytics + QStringLiteral("/sales"), salesBody);
    QCOMPARE(salesAfter.object().value(QStringLiteral("total_sales")).toInteger(),
             salesBefore.object().value(QStringLiteral("total_sales")).toInteger() + 1);
    QCOMPARE(cents(salesAfter.object().value(QStringLiteral("total_revenue"))),
             cents(salesBefore.object().value(QStringLiteral("total_revenue"))) + 2 * 1234 - 50);

    // Cancelling it through the API takes it out again.
    const ApiReply cancelled = m_client->put(QStringLiteral("/api/v1/sales/%1").arg(mirrored.id),
                                             QJsonObject{{QStringLiteral("status"), QStringLiteral("cancelled")}});
    QCOMPARE(cancelled.status, 200);
    m_model.order(mirrored.id)->status = QStringLiteral("cancelled");
    checkDashboard(m_client->get(todayPath), t, t);
    const ApiReply salesCancelled = m_client->post(kAnalytics + QStringLiteral("/sales"), salesBody);
    QCOMPARE(salesCancelled.body, salesBefore.body);
}

void TestAnalyticsRoutes::productWritesThroughApiShowInNextRead()
{
    start();
    seed();
    const QString path = kAnalytics + QStringLiteral("/revenue/compare?current_start=2025-05-01&current_end=2025-05-31"
                                                     "&compare_to=previous_year&breakdown=category");
    auto breakdown = [&](const ApiReply &r) {
        QStringList rows;
        for (const QJsonValue &v : r.object().value(QStringLiteral("breakdown")).toArray())
            rows << QStringLiteral("%1 '%2' %3 %4").arg(v[QStringLiteral("key")].toString(), v[QStringLiteral("name")].toString())
                        .arg(cents(v[QStringLiteral("current")])).arg(cents(v[QStringLiteral("previous")]));
        rows.sort();
        return rows;
    };
    auto expected = [&] {
        QStringList rows;
        for (const AnalyticsRef::BreakdownRow &b : m_model.breakdown(QStringLiteral("category"), QDate(2025, 5, 1), QDate(2025, 5, 31),
                                                                     QDate(2024, 5, 1), QDate(2024, 5, 31)))
            rows << QStringLiteral("%1 '%2' %3 %4").arg(b.key, b.name).arg(b.current).arg(b.previous);
        return rows;
    };
    const ApiReply before = m_client->send("POST", path);
    QCOMPARE(before.status, 200);
    QCOMPARE(breakdown(before), expected());

    // The saw moves to Garden: its past sales move with it.
    const ApiReply moved = m_client->put(QStringLiteral("/api/v1/products/%1").arg(id("saw")),
                                         QJsonObject{{QStringLiteral("category_id"), id("garden")}});
    QCOMPARE(moved.status, 200);
    m_model.products[id("saw")].categoryId = id("garden");
    const ApiReply after = m_client->send("POST", path);
    QCOMPARE(after.status, 200);
    QCOMPARE(breakdown(after), expected());
    QVERIFY(breakdown(after) != breakdown(before));

    // A category renamed: the breakdown names it by its current name.
    const ApiReply renamed = m_client->put(QStringLiteral("/api/v1/categories/%1").arg(id("garden")),
                                           QJsonObject{{QStringLiteral("name"), QStringLiteral("Garden & Tools")}});
    QCOMPARE(renamed.status, 200);
    m_model.categories[id("garden")] = QStringLiteral("Garden & Tools");
    QCOMPARE(breakdown(m_client->send("POST", path)), expected());

    // A new price: past sales keep theirs, an order without a unit price takes the new one.
    const ApiReply repriced = m_client->put(QStringLiteral("/api/v1/products/%1").arg(id("saw")),
                                            QJsonObject{{QStringLiteral("price"), 31.5}});
    QCOMPARE(repriced.status, 200);
    m_model.products[id("saw")].priceCents = 3150;
    QCOMPARE(breakdown(m_client->send("POST", path)), expected());
    const QDateTime when = m_seed->local(QDate(2025, 5, 6), QTime(9, 30)).toUTC();
    const ApiReply created = m_client->post(QStringLiteral("/api/v1/sales/"),
                                            QJsonObject{{QStringLiteral("platform"), kAmazon},
                                                        {QStringLiteral("status"), kCompleted},
                                                        {QStringLiteral("order_date"), when.toString(Qt::ISODate)},
                                                        {QStringLiteral("items"), QJsonArray{QJsonObject{{QStringLiteral("product_id"), id("saw")},
                                                                                                         {QStringLiteral("quantity"), 2}}}}});
    QCOMPARE(created.status, 201);
    Order order;
    order.id = created.object().value(QStringLiteral("id")).toInteger();
    order.utc = when;
    order.platform = kAmazon;
    order.status = kCompleted;
    order.lines << Line{id("saw"), 2, 3150, 0};
    m_model.orders << order;
    QCOMPARE(breakdown(m_client->send("POST", path)), expected());
    const ApiReply day = m_client->post(kAnalytics + QStringLiteral("/sales"),
                                        QJsonObject{{QStringLiteral("start_date"), QStringLiteral("2025-05-06")},
                                                    {QStringLiteral("end_date"), QStringLiteral("2025-05-06")},
                                                    {QStringLiteral("product_id"), id("saw")}});
    QCOMPARE(cents(day.object().value(QStringLiteral("total_revenue"))), qint64(2 * 3150));
}

void TestAnalyticsRoutes::compareGroupedByWeek()
{
    start();
    seed();
    const ApiReply r = m_client->post(kAnalytics + QStringLiteral("/revenue/compare"),
                                      QJsonObject{{QStringLiteral("current_start"), QStringLiteral("2026-12-23")},
                                                  {QStringLiteral("current_end"), QStringLiteral("2027-01-05")},
                                                  {QStringLiteral("compare_to"), QStringLiteral("previous_period")},
                                                  {QStringLiteral("group_by"), QStringLiteral("week")},
                                                  {QStringLiteral("platform"), kAmazon}});
    QCOMPARE(r.status, 200);
    Filter amazon;
    amazon.platform = kAmazon;
    const QJsonObject current = r.object().value(QStringLiteral("current_period")).toObject();
    const QJsonObject previous = r.object().value(QStringLiteral("previous_period")).toObject();
    QCOMPARE(current.value(QStringLiteral("revenue_by_period")).toObject().keys(), list({"2026-12-21", "2026-12-28", "2027-01-04"}));
    QCOMPARE(byPeriodText(current.value(QStringLiteral("revenue_by_period")).toObject()),
             byPeriodText(m_model.series(QDate(2026, 12, 23), QDate(2027, 1, 5), Granularity::Week, amazon)));
    QCOMPARE(previous.value(QStringLiteral("start_date")).toString(), QStringLiteral("2026-12-09"));
    QCOMPARE(previous.value(QStringLiteral("end_date")).toString(), QStringLiteral("2026-12-22"));
    QCOMPARE(byPeriodText(previous.value(QStringLiteral("revenue_by_period")).toObject()),
             byPeriodText(m_model.series(QDate(2026, 12, 9), QDate(2026, 12, 22), Granularity::Week, amazon)));
    QCOMPARE(cents(current.value(QStringLiteral("total_revenue"))), m_model.totals(QDate(2026, 12, 23), QDate(2027, 1, 5), amazon).revenue);
}

STOREDESK_DB_TEST_MAIN(TestAnalyticsRoutes)
#include "tst_analyticsroutes.moc"
