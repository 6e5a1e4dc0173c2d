// SPDX-License-Identifier: MIT
#include "analyticsfixture.h"
#include "demodataservice.h"
#include "testdatabases.h"

#include <QTest>

#include <algorithm>
#include <cmath>

using namespace AnalyticsRef;

Q_DECLARE_METATYPE(Granularity)

namespace {

const QString kAmazon = QStringLiteral("Amazon");
const QString kEbay = QStringLiteral("eBay");
const QString kWebsite = QStringLiteral("Website");
const QString kCompleted = QStringLiteral("completed");

QString text(const PeriodTotals &t)
{
    return QStringLiteral("revenue=%1 orders=%2 units=%3").arg(t.revenue.cents()).arg(t.orders).arg(t.units);
}

QString day(QDate d)
{
    return d.toString(Qt::ISODate);
}

QString pctText(std::optional<double> p)
{
    return p ? QString::number(*p, 'f', 2) : QStringLiteral("null");
}

QStringList seriesText(const RevenueSeries &s)
{
    QStringList out{QStringLiteral("range %1..%2 total %3").arg(day(s.range.start), day(s.range.end), text(s.totals))};
    for (const PeriodPoint &p : s.points)
        out << day(p.period) + u' ' + text(p.totals);
    return out;
}

QStringList seriesText(const Model &m, QDate from, QDate to, Granularity g, const Filter &f = {})
{
    QStringList out{QStringLiteral("range %1..%2 total %3").arg(day(from), day(to), m.totals(from, to, f).text())};
    for (const Bucket &b : m.series(from, to, g, f))
        out << day(b.start) + u' ' + b.totals.text();
    return out;
}

QStringList daysText(const QList<PeriodPoint> &days)
{
    QStringList out;
    for (const PeriodPoint &p : days)
        out << day(p.period) + u' ' + text(p.totals);
    return out;
}

QStringList daysText(const QMap<QDate, Totals> &days)
{
    QStringList out;
    for (auto it = days.cbegin(); it != days.cend(); ++it)
        out << day(it.key()) + u' ' + it.value().text();
    return out;
}

QStringList breakdownText(QList<::BreakdownRow> rows)
{
    std::sort(rows.begin(), rows.end(), [](const ::BreakdownRow &a, const ::BreakdownRow &b) { return a.key < b.key; });
    QStringList out;
    for (const ::BreakdownRow &r : rows)
        out << QStringLiteral("%1 '%2' current=%3 previous=%4 pct=%5")
                   .arg(r.key, r.name)
                   .arg(r.current.cents())
                   .arg(r.previous.cents())
                   .arg(pctText(AnalyticsService::percentChange(r.current.cents(), r.previous.cents())));
    return out;
}

QStringList breakdownText(const QList<AnalyticsRef::BreakdownRow> &rows)
{
    QStringList out;
    for (const AnalyticsRef::BreakdownRow &r : rows) // already by key
        out << QStringLiteral("%1 '%2' current=%3 previous=%4 pct=%5")
                   .arg(r.key, r.name)
                   .arg(r.current)
                   .arg(r.previous)
                   .arg(pctText(Model::percent(r.current, r.previous)));
    return out;
}

QStringList topText(const QList<::TopProduct> &rows)
{
    QStringList out;
    for (const ::TopProduct &p : rows)
        out << QStringLiteral("#%1 %2 %3 units=%4 revenue=%5").arg(p.productId).arg(p.name, p.sku).arg(p.units).arg(p.revenue.cents());
    return out;
}

QStringList topText(const QList<AnalyticsRef::TopProduct> &rows)
{
    QStringList out;
    for (const AnalyticsRef::TopProduct &p : rows)
        out << QStringLiteral("#%1 %2 %3 units=%4 revenue=%5").arg(p.productId).arg(p.name, p.sku).arg(p.units).arg(p.revenue);
    return out;
}

QStringList platformText(QList<::PlatformShare> rows)
{
    std::sort(rows.begin(), rows.end(), [](const ::PlatformShare &a, const ::PlatformShare &b) { return a.platform < b.platform; });
    QStringList out;
    for (const ::PlatformShare &p : rows)
        out << QStringLiteral("%1 orders=%2 revenue=%3 share=%4").arg(p.platform).arg(p.orders).arg(p.revenue.cents()).arg(p.share, 0, 'f', 9);
    return out;
}

QStringList platformText(const QList<AnalyticsRef::PlatformShare> &rows)
{
    QStringList out;
    for (const AnalyticsRef::PlatformShare &p : rows)
        out << QStringLiteral("%1 orders=%2 revenue=%3 share=%4").arg(p.platform).arg(p.orders).arg(p.revenue).arg(p.share, 0, 'f', 9);
    return out;
}

AnalyticsFilter engineFilter(const Filter &f)
{
    AnalyticsFilter a;
    a.productId = f.productId;
    a.categoryId = f.categoryId;
    a.platform = f.platform;
    return a;
}

QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *i : items)
        out << QString::fromLatin1(i);
    return out;
}

/** The same dates a year earlier; 29 February becomes 28 February. */
QDate yearEarlier(QDate d)
{
    const int y = d.year() - 1;
    return QDate(y, d.month(), std::min(d.day(), QDate(y, d.month(), 1).daysInMonth()));
}

} // namespace

/**
 * AnalyticsService on every engine against a reference computed in C++ from the rows each test
 * inserted: every grouping and its bucket boundaries, the store time zone, every filter,
 * comparisons and breakdowns, the dashboard, inventory analytics, and the figures after each kind
 * of write, after a rebuild and under another store time zone.
 */
class TestAnalyticsService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { TestDatabases::addEngineRows(); }
    void cleanup();
    void cleanupTestCase() { m_reusable.clear(); cleanup(); }

    void bucketStartsAreCalendarFacts_data();
    void bucketStartsAreCalendarFacts();
    void revenueSeries_data();
    void revenueSeries();
    void filters_data();
    void filters();
    void filteredOrdersCountOrdersWithAMatchingLine();
    void storeZoneMovesOrdersAcrossMidnight_data();
    void storeZoneMovesOrdersAcrossMidnight();
    void compare_data();
    void compare();
    void percentChangeIsNullOnZeroBase();
    void percentChangeRoundsExactTies();
    void breakdowns_data();
    void breakdowns();
    void dashboard();
    void inventoryDaysOfCover();
    void consistentAfterEachKindOfWrite();
    void rebuildGivesTheIncrementalFigures();
    void otherStoreZoneRebuildsTheRollups();
    void demoDataRollupsMatchItsOrders();
    void platformNamesAreExact();

private:
    void start(const QTimeZone &zone = QTimeZone("America/New_York"));
    /** Five products in three categories, about twenty orders around year ends, month ends and 29 Feb 2024. */
    void seedCalendar();
    /** About fifteen orders in May 2025 on three platforms, some multi-line, one cancelled. */
    void seedMay2025();
    qint64 idOf(const QString &name) const { return m_ids.value(name); }
    Filter filterOf(const QString &product, const QString &category, const QString &platform) const;
    /** Totals, series, breakdowns and dashboard over May 2025 (engine side and reference side). */
    QStringList engineFigures();
    QStringList referenceFigures() const;

    /**
     * For read-only tests: whether the store left by the previous row was seeded as @p seeds
     * (on this engine); otherwise starts a fresh one and the caller seeds it. A server database
     * costs a second or more to recreate, so data rows that only read share theirs.
     */
    bool reuseSeeded(const QString &seeds);

    std::unique_ptr<Store> m_store;
    Model m_model;
    std::unique_ptr<Seeder> m_seed;
    QHash<QString, qint64> m_ids;
    QString m_reusable; ///< engine and seeds of a store a later read-only row may reuse
};

bool TestAnalyticsService::reuseSeeded(const QString &seeds)
{
    QFETCH_GLOBAL(QString, engine);
    const QString key = engine + u'/' + seeds;
    if (m_store && m_reusable == key)
        return true;
    start();
    m_reusable = key;
    return false;
}

void TestAnalyticsService::cleanup()
{
    if (!m_reusable.isEmpty())
        return; // kept for the next row seeded the same way
    m_seed.reset();
    m_store.reset();
    m_model = Model();
    m_ids.clear();
}

void TestAnalyticsService::start(const QTimeZone &zone)
{
    QFETCH_GLOBAL(QString, engine);
    m_reusable.clear();
    cleanup();
    StoreConfig config = TestDatabases::defaultConfig();
    config.storeTimeZone = zone;
    m_store = TestDatabases::freshStore(engine, config);
    m_seed = std::make_unique<Seeder>(*m_store, m_model);
    m_ids.insert(QStringLiteral("tools"), m_seed->category(QStringLiteral("Tools")));
    m_ids.insert(QStringLiteral("garden"), m_seed->category(QStringLiteral("Garden")));
    m_ids.insert(QStringLiteral("toys"), m_seed->category(QStringLiteral("Toys")));
    m_ids.insert(QStringLiteral("hammer"), m_seed->product(QStringLiteral("Hammer"), QStringLiteral("HAM-1"), 1999, idOf(QStringLiteral("tools"))));
    m_ids.insert(QStringLiteral("saw"), m_seed->product(QStringLiteral("Saw"), QStringLiteral("SAW-1"), 2450, idOf(QStringLiteral("tools"))));
    m_ids.insert(QStringLiteral("rake"), m_seed->product(QStringLiteral("Rake"), QStringLiteral("RAK-1"), 750, idOf(QStringLiteral("garden"))));
    m_ids.insert(QStringLiteral("glove"), m_seed->product(QStringLiteral("Glove"), QStringLiteral("GLV-1"), 325, idOf(QStringLiteral("garden"))));
    m_ids.insert(QStringLiteral("kite"), m_seed->product(QStringLiteral("Kite"), QStringLiteral("KIT-1"), 1200, idOf(QStringLiteral("toys"))));
    m_seed->customer(QStringLiteral("Alice"));
    m_seed->customer(QStringLiteral("Bob"));
}

Filter TestAnalyticsService::filterOf(const QString &product, const QString &category, const QString &platform) const
{
    Filter f;
    if (!product.isEmpty())
        f.productId = product == u"unknown" ? 987654 : idOf(product);
    if (!category.isEmpty())
        f.categoryId = category == u"unknown" ? 987654 : idOf(category);
    f.platform = platform;
    return f;
}

void TestAnalyticsService::seedCalendar()
{
    // Local dates and times of the store's zone, chosen on the boundaries the buckets must respect.
    const QList<QDateTime> when{
        {QDate(2020, 12, 27), QTime(12, 0)},     {QDate(2020, 12, 28), QTime(0, 5)},
        {QDate(2020, 12, 31), QTime(23, 55)},    {QDate(2021, 1, 1), QTime(0, 0, 30)},
        {QDate(2021, 1, 3), QTime(23, 59)},      {QDate(2021, 1, 4), QTime(0, 1)},
        {QDate(2021, 1, 10), QTime(12, 0)},      {QDate(2021, 1, 11), QTime(0, 10)},
        {QDate(2024, 1, 31), QTime(23, 50)},     {QDate(2024, 2, 1), QTime(0, 10)},
        {QDate(2024, 2, 28), QTime(15, 0)},      {QDate(2024, 2, 29), QTime(0, 0, 1)},
        {QDate(2024, 2, 29), QTime(23, 59)},     {QDate(2024, 3, 1), QTime(0, 0, 30)},
        {QDate(2024, 12, 31), QTime(23, 59)},    {QDate(2025, 1, 1), QTime(0, 1)},
        {QDate(2026, 12, 27), QTime(23, 59)},    {QDate(2026, 12, 28), QTime(0, 1)},
        {QDate(2026, 12, 31), QTime(18, 0)},     {QDate(2027, 1, 1), QTime(9, 0)},
        {QDate(2027, 1, 3), QTime(23, 59)},      {QDate(2027, 1, 4), QTime(0, 1)},
    };
    const QStringList platforms{kAmazon, kEbay, kWebsite};
    const QStringList products{QStringLiteral("hammer"), QStringLiteral("saw"), QStringLiteral("rake"),
                               QStringLiteral("glove"), QStringLiteral("kite")};
    for (int i = 0; i < when.size(); ++i) {
        const QDateTime local(when[i].date(), when[i].time(), m_model.zone);
        QString status = kCompleted;
        if (i % 7 == 3)
            status = QStringLiteral("cancelled");
        else if (i % 7 == 5)
            status = QStringLiteral("refunded");
        else if (i % 4 == 1)
            status = QStringLiteral("pending");
        LineSpec first{idOf(products[i % 5]), 1 + i % 3, std::nullopt, i % 3 == 0 ? 50 : 0};
        if (i % 2 == 0)
            first.unitCents = 1000 + 37 * i;
        QList<LineSpec> lines{first};
        if (i % 3 == 1)
            lines << LineSpec{idOf(products[(i + 2) % 5]), 2, std::nullopt, 0};
        m_seed->sell(local, platforms[i % 3], status, lines);
    }
}

void TestAnalyticsService::seedMay2025()
{
    const qint64 hammer = idOf(QStringLiteral("hammer")), saw = idOf(QStringLiteral("saw")), rake = idOf(QStringLiteral("rake")),
                 glove = idOf(QStringLiteral("glove")), kite = idOf(QStringLiteral("kite"));
    auto at = [&](int d, int h = 12) { return m_seed->local(QDate(2025, 5, d), QTime(h, 0)); };
    m_seed->sell(at(1), kAmazon, kCompleted, {{hammer, 2}, {rake, 1}});
    m_seed->sell(at(2), kEbay, kCompleted, {{saw, 1, 2300}});
    m_seed->sell(at(3), kWebsite, QStringLiteral("shipped"), {{glove, 4, std::nullopt, 100}});
    m_seed->sell(at(4), kAmazon, QStringLiteral("cancelled"), {{kite, 3}});
    m_seed->sell(at(5), kAmazon, kCompleted, {{kite, 1}, {glove, 2}});
    m_seed->sell(at(7), kEbay, QStringLiteral("pending"), {{hammer, 1}});
    m_seed->sell(at(9), kWebsite, kCompleted, {{rake, 3, 700}});
    m_seed->sell(at(11), kAmazon, kCompleted, {{saw, 2}, {hammer, 1, std::nullopt, 199}});
    m_seed->sell(at(12), kEbay, kCompleted, {{kite, 2}});
    m_seed->sell(at(14), kWebsite, QStringLiteral("delivered"), {{glove, 1}, {rake, 1}, {hammer, 1}});
    m_seed->sell(at(15), kAmazon, kCompleted, {{rake, 2}});
    m_seed->sell(at(17), kEbay, QStringLiteral("processing"), {{saw, 1}});
    m_seed->sell(at(18), kWebsite, kCompleted, {{kite, 1, 1100}});
    m_seed->sell(at(20), kAmazon, QStringLiteral("refunded"), {{hammer, 5}});
    m_seed->sell(at(20, 23), kEbay, kCompleted, {{glove, 3}});
}

// --- groupings -----------------------------------------------------------------------------------

void TestAnalyticsService::bucketStartsAreCalendarFacts_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<Granularity>("granularity");
    QTest::addColumn<QDate>("start");
    // Calendar facts, independent of any data: ISO weeks start on Monday, also across years.
    QTest::newRow("Thu 2020-12-31 week") << QDate(2020, 12, 31) << Granularity::Week << QDate(2020, 12, 28);
    QTest::newRow("Sun 2021-01-03 week") << QDate(2021, 1, 3) << Granularity::Week << QDate(2020, 12, 28);
    QTest::newRow("Mon 2021-01-04 week") << QDate(2021, 1, 4) << Granularity::Week << QDate(2021, 1, 4);
    QTest::newRow("Sun 2027-01-03 week") << QDate(2027, 1, 3) << Granularity::Week << QDate(2026, 12, 28);
    QTest::newRow("Fri 2027-01-01 week") << QDate(2027, 1, 1) << Granularity::Week << QDate(2026, 12, 28);
    QTest::newRow("29 Feb 2024 week") << QDate(2024, 2, 29) << Granularity::Week << QDate(2024, 2, 26);
    QTest::newRow("29 Feb 2024 month") << QDate(2024, 2, 29) << Granularity::Month << QDate(2024, 2, 1);
    QTest::newRow("31 Dec 2024 year") << QDate(2024, 12, 31) << Granularity::Year << QDate(2024, 1, 1);
    QTest::newRow("day") << QDate(2024, 3, 1) << Granularity::Day << QDate(2024, 3, 1);
}

void TestAnalyticsService::bucketStartsAreCalendarFacts()
{
    QFETCH(QDate, day);
    QFETCH(Granularity, granularity);
    QFETCH(QDate, start);
    QCOMPARE(Model::bucketOf(day, granularity), start);
    QCOMPARE(AnalyticsService::bucketStart(day, granularity), start);
}

void TestAnalyticsService::revenueSeries_data()
{
    QTest::addColumn<Granularity>("granularity");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QStringList>("buckets"); ///< the bucket starts (calendar facts); empty: not listed here

    const QStringList none;
    QTest::newRow("days across new year 2021") << Granularity::Day << QDate(2020, 12, 26) << QDate(2021, 1, 12) << none;
    QTest::newRow("ISO weeks 2020-12-28..2021-01-10") << Granularity::Week << QDate(2020, 12, 28) << QDate(2021, 1, 10)
                                                    << list({"2020-12-28", "2021-01-04"});
    QTest::newRow("ISO weeks 2026-12-28..2027-01-03") << Granularity::Week << QDate(2026, 12, 28) << QDate(2027, 1, 3)
                                                    << list({"2026-12-28"});
    QTest::newRow("weeks from mid-week") << Granularity::Week << QDate(2020, 12, 30) << QDate(2021, 1, 5)
                                         << list({"2020-12-28", "2021-01-04"});
    QTest::newRow("weeks across 2024/2025") << Granularity::Week << QDate(2024, 12, 23) << QDate(2025, 1, 12)
                                            << list({"2024-12-23", "2024-12-30", "2025-01-06"});
    QTest::newRow("month ends 2024") << Granularity::Month << QDate(2024, 1, 15) << QDate(2024, 3, 15)
                                     << list({"2024-01-01", "2024-02-01", "2024-03-01"});
    QTest::newRow("leap day by day") << Granularity::Day << QDate(2024, 2, 27) << QDate(2024, 3, 2)
                                     << list({"2024-02-27", "2024-02-28", "2024-02-29", "2024-03-01", "2024-03-02"});
    QTest::newRow("February 2024 by month") << Granularity::Month << QDate(2024, 2, 1) << QDate(2024, 2, 29)
                                            << list({"2024-02-01"});
    QTest::newRow("months across 2026/2027") << Granularity::Month << QDate(2026, 11, 1) << QDate(2027, 2, 28)
                                             << list({"2026-11-01", "2026-12-01", "2027-01-01", "2027-02-01"});
    QTest::newRow("years 2020..2027") << Granularity::Year << QDate(2020, 6, 1) << QDate(2027, 6, 30)
                                      << list({"2020-01-01", "2021-01-01", "2022-01-01", "2023-01-01",
                                                     "2024-01-01", "2025-01-01", "2026-01-01", "2027-01-01"});
    QTest::newRow("empty week zero-filled") << Granularity::Day << QDate(2022, 3, 1) << QDate(2022, 3, 7) << none;
    QTest::newRow("one day") << Granularity::Day << QDate(2024, 2, 29) << QDate(2024, 2, 29) << list({"2024-02-29"});
}

void TestAnalyticsService::revenueSeries()
{
    QFETCH(Granularity, granularity);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QStringList, buckets);
    if (!reuseSeeded(QStringLiteral("calendar")))
        seedCalendar();

    const RevenueSeries series = m_store->analytics().revenue({from, to}, granularity);
    QCOMPARE(seriesText(series), seriesText(m_model, from, to, granularity));
    QCOMPARE(series.granularity, granularity);
    if (!buckets.isEmpty()) {
        QStringList starts;
        for (const PeriodPoint &p : series.points)
            starts << day(p.period);
        QCOMPARE(starts, buckets);
    }
    // Zero-filled: one point per bucket, counted or not.
    QCOMPARE(series.points.size(), m_model.series(from, to, granularity).size());
    QCOMPARE(text(m_store->analytics().totals({from, to})), m_model.totals(from, to).text());
    QCOMPARE(daysText(m_store->analytics().days({from, to})), daysText(m_model.days(from, to)));
}

// --- filters -------------------------------------------------------------------------------------

void TestAnalyticsService::filters_data()
{
    QTest::addColumn<QString>("product");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("platform");
    QTest::addColumn<bool>("empty"); ///< the filter matches no line at all

    QTest::newRow("none") << QString() << QString() << QString() << false;
    QTest::newRow("product") << "hammer" << QString() << QString() << false;
    QTest::newRow("category") << QString() << "garden" << QString() << false;
    QTest::newRow("platform") << QString() << QString() << kEbay << false;
    QTest::newRow("product+platform") << "rake" << QString() << kAmazon << false;
    QTest::newRow("category+platform") << QString() << "tools" << kWebsite << false;
    QTest::newRow("product+own category") << "glove" << "garden" << QString() << false;
    QTest::newRow("product+other category") << "hammer" << "garden" << QString() << true;
    QTest::newRow("unknown product") << "unknown" << QString() << QString() << true;
    QTest::newRow("unknown category") << QString() << "unknown" << QString() << true;
    QTest::newRow("unknown platform") << QString() << QString() << "Nowhere" << true;
}

void TestAnalyticsService::filters()
{
    QFETCH(QString, product);
    QFETCH(QString, category);
    QFETCH(QString, platform);
    QFETCH(bool, empty);
    if (!reuseSeeded(QStringLiteral("calendar+may"))) {
        seedCalendar();
        seedMay2025();
    }

    const Filter f = filterOf(product, category, platform);
    const AnalyticsFilter af = engineFilter(f);
    const QDate from(2020, 1, 1), to(2027, 12, 31);
    const Totals expected = m_model.totals(from, to, f);
    QCOMPARE(expected.orders == 0, empty); // the data exercises the filter
    QCOMPARE(text(m_store->analytics().totals({from, to}, af)), expected.text());
    QCOMPARE(daysText(m_store->analytics().days({from, to}, af)), daysText(m_model.days(from, to, f)));
    QCOMPARE(seriesText(m_store->analytics().revenue({from, to}, Granularity::Month, af)),
             seriesText(m_model, from, to, Granularity::Month, f));
    const QDate mayFrom(2025, 5, 1), mayTo(2025, 5, 31);
    QCOMPARE(seriesText(m_store->analytics().revenue({mayFrom, mayTo}, Granularity::Day, af)),
             seriesText(m_model, mayFrom, mayTo, Granularity::Day, f));
}

void TestAnalyticsService::filteredOrdersCountOrdersWithAMatchingLine()
{
    start(QTimeZone::utc());
    const qint64 hammer = idOf(QStringLiteral("hammer")), rake = idOf(QStringLiteral("rake")), glove = idOf(QStringLiteral("glove"));
    const QDate d(2025, 7, 1);
    m_seed->sell(m_seed->local(d), kAmazon, kCompleted, {{hammer, 2, 1500, 100}, {rake, 1}, {glove, 3}});
    m_seed->sell(m_seed->local(d), kAmazon, kCompleted, {{rake, 4}});
    m_seed->sell(m_seed->local(d), kEbay, kCompleted, {{hammer, 1}});
    // One product on two lines at two prices, and two products of one category: still one order each.
    m_seed->sell(m_seed->local(d), kWebsite, kCompleted, {{hammer, 2, 1500}, {hammer, 1}, {rake, 1, 700}, {glove, 1, 300, 25}});

    const Filter garden = filterOf({}, QStringLiteral("garden"), {});
    const Filter tools = filterOf({}, QStringLiteral("tools"), {});
    const Filter gardenAmazon = filterOf({}, QStringLiteral("garden"), kAmazon);
    const Totals all = m_model.totals(d, d), g = m_model.totals(d, d, garden), t = m_model.totals(d, d, tools);
    // The first order holds lines of both categories: it counts once per category, once overall.
    QVERIFY(g.orders + t.orders > all.orders);
    QCOMPARE(g.revenue + t.revenue, all.revenue);
    QCOMPARE(g.units + t.units, all.units);
    const Filter hammerF = filterOf(QStringLiteral("hammer"), {}, {}), hammerWebsite = filterOf(QStringLiteral("hammer"), {}, kWebsite);
    QCOMPARE(m_model.totals(d, d, hammerWebsite).orders, qint64(1));
    for (const Filter &f : {Filter{}, garden, tools, gardenAmazon, hammerF, hammerWebsite})
        QCOMPARE(text(m_store->analytics().totals({d, d}, engineFilter(f))), m_model.totals(d, d, f).text());
    const Comparison c = m_store->analytics().compare({d, d}, std::nullopt, false, Granularity::Day, {}, QStringLiteral("product"));
    QCOMPARE(breakdownText(c.breakdown), breakdownText(m_model.breakdown(QStringLiteral("product"), d, d, d.addDays(-1), d.addDays(-1))));
}

// --- time zone -----------------------------------------------------------------------------------

void TestAnalyticsService::storeZoneMovesOrdersAcrossMidnight_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QDate>("dayOfFirst");  ///< local day of 2024-06-15T02:00Z
    QTest::addColumn<QDate>("dayOfSecond"); ///< local day of 2024-06-15T13:00Z
    QTest::newRow("UTC") << "UTC" << QDate(2024, 6, 15) << QDate(2024, 6, 15);
    QTest::newRow("America/New_York") << "America/New_York" << QDate(2024, 6, 14) << QDate(2024, 6, 15);
    QTest::newRow("Pacific/Auckland") << "Pacific/Auckland" << QDate(2024, 6, 15) << QDate(2024, 6, 16);
    // Zones whose clocks change at midnight: the offset decides the day right at the transition.
    QTest::newRow("America/Santiago") << "America/Santiago" << QDate(2024, 6, 14) << QDate(2024, 6, 15);
    QTest::newRow("Africa/Cairo") << "Africa/Cairo" << QDate(2024, 6, 15) << QDate(2024, 6, 15);
}

void TestAnalyticsService::storeZoneMovesOrdersAcrossMidnight()
{
    QFETCH(QString, zone);
    QFETCH(QDate, dayOfFirst);
    QFETCH(QDate, dayOfSecond);
    start(QTimeZone(zone.toUtf8()));
    const qint64 hammer = idOf(QStringLiteral("hammer")), kite = idOf(QStringLiteral("kite"));
    m_seed->sellAt(QDateTime(QDate(2024, 6, 15), QTime(2, 0), Qt::UTC), kAmazon, kCompleted, {{hammer, 1}});
    m_seed->sellAt(QDateTime(QDate(2024, 6, 15), QTime(13, 0), Qt::UTC), kEbay, kCompleted, {{kite, 2}});
    // Winter offsets too: New York is UTC−5 in January, Auckland UTC+13.
    m_seed->sellAt(QDateTime(QDate(2024, 1, 15), QTime(4, 59), Qt::UTC), kAmazon, kCompleted, {{hammer, 3}});
    m_seed->sellAt(QDateTime(QDate(2024, 1, 15), QTime(5, 0), Qt::UTC), kAmazon, kCompleted, {{kite, 1}});
    m_seed->sellAt(QDateTime(QDate(2024, 1, 14), QTime(10, 59), Qt::UTC), kWebsite, kCompleted, {{hammer, 1}});
    m_seed->sellAt(QDateTime(QDate(2024, 1, 14), QTime(11, 0), Qt::UTC), kWebsite, kCompleted, {{kite, 1}});

    // Seconds around daylight-saving transitions: New York (2024-03-10 07:00Z, 2024-11-03 06:00Z),
    // Santiago at local midnight (2024-04-07 03:00Z, 2024-09-08 04:00Z), Cairo at local midnight
    // (2024-04-25 22:00Z, 2024-10-31 21:00Z), Auckland (2024-04-06 14:00Z, 2024-09-28 14:00Z).
    const QList<QDateTime> transitions{
        QDateTime(QDate(2024, 3, 10), QTime(7, 0), Qt::UTC), QDateTime(QDate(2024, 11, 3), QTime(6, 0), Qt::UTC),
        QDateTime(QDate(2024, 4, 7), QTime(3, 0), Qt::UTC), QDateTime(QDate(2024, 9, 8), QTime(4, 0), Qt::UTC),
        QDateTime(QDate(2024, 4, 25), QTime(22, 0), Qt::UTC), QDateTime(QDate(2024, 10, 31), QTime(21, 0), Qt::UTC),
        QDateTime(QDate(2024, 4, 6), QTime(14, 0), Qt::UTC), QDateTime(QDate(2024, 9, 28), QTime(14, 0), Qt::UTC)};
    int n = 0;
    for (const QDateTime &t : transitions)
        for (const qint64 offset : {-3601, -1, 0, 1, 3599, 3600})
            m_seed->sellAt(t.addSecs(offset), n++ % 2 ? kEbay : kAmazon, kCompleted, {{n % 2 ? hammer : kite, 1 + n % 3}});

    QCOMPARE(m_model.localDay(m_model.orders[0]), dayOfFirst);
    QCOMPARE(m_model.localDay(m_model.orders[1]), dayOfSecond);
    AnalyticsService &a = m_store->analytics();
    const auto hammerOnly = engineFilter(filterOf(QStringLiteral("hammer"), {}, {}));
    QCOMPARE(a.totals({dayOfFirst, dayOfFirst}, hammerOnly).orders, qint64(1));
    QCOMPARE(a.totals({dayOfSecond, dayOfSecond}, engineFilter(filterOf(QStringLiteral("kite"), {}, {}))).units, qint64(2));
    const QDate yearStart(2024, 1, 1), yearEnd(2024, 12, 31);
    for (const QDate &from : {QDate(2024, 1, 13), QDate(2024, 6, 13)}) {
        const QDate to = from.addDays(4);
        QCOMPARE(daysText(a.days({from, to})), daysText(m_model.days(from, to)));
        QCOMPARE(seriesText(a.revenue({from, to}, Granularity::Day)), seriesText(m_model, from, to, Granularity::Day));
    }
    QCOMPARE(daysText(a.days({yearStart, yearEnd})), daysText(m_model.days(yearStart, yearEnd)));
    // A rebuild reads every order again with the same zone.
    m_store->database().write([&](Connection &conn) { m_store->rollup().rebuildAll(conn); });
    QCOMPARE(daysText(a.days({yearStart, yearEnd})), daysText(m_model.days(yearStart, yearEnd)));
}

// --- comparisons ---------------------------------------------------------------------------------

void TestAnalyticsService::compare_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QString>("mode"); ///< previous_period, previous_year or explicit
    QTest::addColumn<QDate>("prevFrom"); ///< explicit only
    QTest::addColumn<QDate>("prevTo");
    QTest::addColumn<Granularity>("granularity");
    QTest::addColumn<QString>("category");

    const QDate none;
    QTest::newRow("Feb 2024 vs previous 29 days") << QDate(2024, 2, 1) << QDate(2024, 2, 29) << "previous_period" << none << none
                                                  << Granularity::Day << QString();
    QTest::newRow("Feb 2024 vs Feb 2023") << QDate(2024, 2, 1) << QDate(2024, 2, 29) << "previous_year" << none << none
                                          << Granularity::Day << QString();
    QTest::newRow("2027 new year vs previous 3 days") << QDate(2027, 1, 1) << QDate(2027, 1, 3) << "previous_period" << none << none
                                                      << Granularity::Day << QString();
    QTest::newRow("Jan 2021 vs Jan 2020 (zero base)") << QDate(2021, 1, 1) << QDate(2021, 1, 10) << "previous_year" << none << none
                                                      << Granularity::Week << QString();
    QTest::newRow("late May vs previous, weeks") << QDate(2025, 5, 11) << QDate(2025, 5, 20) << "previous_period" << none << none
                                                 << Granularity::Week << QString();
    QTest::newRow("explicit ranges") << QDate(2021, 1, 1) << QDate(2021, 1, 10) << "explicit" << QDate(2020, 12, 20)
                                     << QDate(2020, 12, 31) << Granularity::Day << QString();
    QTest::newRow("explicit, garden, months") << QDate(2025, 5, 1) << QDate(2025, 5, 31) << "explicit" << QDate(2024, 1, 1)
                                              << QDate(2024, 3, 31) << Granularity::Month << "garden";
    QTest::newRow("previous year, tools") << QDate(2027, 1, 1) << QDate(2027, 1, 4) << "previous_year" << none << none
                                          << Granularity::Day << "tools";
}

void TestAnalyticsService::compare()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QString, mode);
    QFETCH(QDate, prevFrom);
    QFETCH(QDate, prevTo);
    QFETCH(Granularity, granularity);
    QFETCH(QString, category);
    if (!reuseSeeded(QStringLiteral("calendar+may"))) {
        seedCalendar();
        seedMay2025();
    }

    std::optional<DateRange> explicitPrevious;
    if (mode == u"explicit") {
        explicitPrevious = DateRange{prevFrom, prevTo};
    } else if (mode == u"previous_year") {
        prevFrom = yearEarlier(from);
        prevTo = yearEarlier(to);
    } else {
        const qint64 length = from.daysTo(to) + 1;
        prevTo = from.addDays(-1);
        prevFrom = prevTo.addDays(1 - length);
    }
    const Filter f = filterOf({}, category, {});
    const Comparison c = m_store->analytics().compare({from, to}, explicitPrevious, mode == u"previous_year", granularity,
                                                      engineFilter(f));
    QCOMPARE(day(c.previous.range.start), day(prevFrom));
    QCOMPARE(day(c.previous.range.end), day(prevTo));
    QCOMPARE(seriesText(c.current), seriesText(m_model, from, to, granularity, f));
    QCOMPARE(seriesText(c.previous), seriesText(m_model, prevFrom, prevTo, granularity, f));
    QVERIFY(c.breakdown.isEmpty());
    const qint64 cur = m_model.totals(from, to, f).revenue, prev = m_model.totals(prevFrom, prevTo, f).revenue;
    QCOMPARE(pctText(AnalyticsService::percentChange(c.current.totals.revenue.cents(), c.previous.totals.revenue.cents())),
             pctText(Model::percent(cur, prev)));
    if (QByteArray(QTest::currentDataTag()).contains("zero base")) {
        QCOMPARE(prev, qint64(0));
        QVERIFY(!AnalyticsService::percentChange(c.current.totals.revenue.cents(), c.previous.totals.revenue.cents()));
    }
}

void TestAnalyticsService::percentChangeIsNullOnZeroBase()
{
    // Pairs of figures as the engine sees them; the reference rounds in integers.
    const QList<QPair<qint64, qint64>> pairs{{0, 0}, {5, 0}, {150, 100}, {100, 150}, {1, 3}, {2, 3}, {0, 7}, {12345, 6789}, {1, 8},
                                             {20003, 20000}, {169, 800}, {19997, 20000}, {-5, 200}};
    for (const auto &[cur, prev] : pairs) {
        QCOMPARE(pctText(AnalyticsService::percentChange(cur, prev)), pctText(Model::percent(cur, prev)));
        QCOMPARE(AnalyticsService::percentChange(cur, prev).has_value(), prev != 0);
    }
}

void TestAnalyticsService::percentChangeRoundsExactTies()
{
    // Exact halves at the third decimal round away from zero: +0.015 % → 0.02, −78.875 % → −78.88.
    QCOMPARE(pctText(AnalyticsService::percentChange(20003, 20000)), QStringLiteral("0.02"));
    QCOMPARE(pctText(AnalyticsService::percentChange(169, 800)), QStringLiteral("-78.88"));
    // $200.00 the day before, $200.03 on the day, through the dashboard.
    start();
    const qint64 hammer = idOf(QStringLiteral("hammer"));
    const QDate d(2025, 9, 2);
    m_seed->sell(m_seed->local(d.addDays(-1)), kAmazon, kCompleted, {{hammer, 1, 20000}});
    m_seed->sell(m_seed->local(d), kAmazon, kCompleted, {{hammer, 1, 20003}});
    QCOMPARE(pctText(Model::percent(20003, 20000)), QStringLiteral("0.02"));
    const DashboardSummary s = m_store->analytics().dashboard({d, d});
    QCOMPARE(pctText(AnalyticsService::percentChange(s.current.revenue.cents(), s.previous.revenue.cents())),
             pctText(Model::percent(m_model.totals(d, d).revenue, m_model.totals(d.addDays(-1), d.addDays(-1)).revenue)));
}

void TestAnalyticsService::breakdowns_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("platform");
    for (const char *kind : {"category", "platform", "product"}) {
        QTest::addRow("%s, previous period", kind) << kind << "previous_period" << QString();
        QTest::addRow("%s, previous year", kind) << kind << "previous_year" << QString();
        QTest::addRow("%s, eBay only", kind) << kind << "previous_period" << kEbay;
    }
}

void TestAnalyticsService::breakdowns()
{
    QFETCH(QString, kind);
    QFETCH(QString, mode);
    QFETCH(QString, platform);
    if (!reuseSeeded(QStringLiteral("may+2024"))) {
        seedMay2025();
        // A year earlier: a few orders for the previous-year rows.
        const qint64 hammer = idOf(QStringLiteral("hammer")), kite = idOf(QStringLiteral("kite"));
        m_seed->sell(m_seed->local(QDate(2024, 5, 12)), kEbay, kCompleted, {{hammer, 2}});
        m_seed->sell(m_seed->local(QDate(2024, 5, 19)), kWebsite, kCompleted, {{kite, 1}, {hammer, 1}});
    }

    const QDate from(2025, 5, 11), to(2025, 5, 20);
    QDate prevFrom = from.addDays(-10), prevTo = from.addDays(-1);
    if (mode == u"previous_year") {
        prevFrom = yearEarlier(from);
        prevTo = yearEarlier(to);
    }
    const Filter f = filterOf({}, {}, platform);
    const Comparison c = m_store->analytics().compare({from, to}, std::nullopt, mode == u"previous_year", Granularity::Day,
                                                      engineFilter(f), kind);
    const QList<AnalyticsRef::BreakdownRow> expected = m_model.breakdown(kind, from, to, prevFrom, prevTo, f);
    QVERIFY(expected.size() >= (kind == u"platform" && !platform.isEmpty() ? 1 : 2));
    QCOMPARE(breakdownText(c.breakdown), breakdownText(expected));
    // Biggest current revenue first.
    for (qsizetype i = 1; i < c.breakdown.size(); ++i)
        QVERIFY2(c.breakdown[i - 1].current >= c.breakdown[i].current, qPrintable(c.breakdown[i].key));
}

// --- dashboard -----------------------------------------------------------------------------------

void TestAnalyticsService::dashboard()
{
    start();
    const QDate from(2025, 3, 1), to(2025, 3, 10);
    auto at = [&](int d) { return m_seed->local(QDate(2025, 3, d), QTime(10, 0)); };
    const qint64 hammer = idOf(QStringLiteral("hammer")), saw = idOf(QStringLiteral("saw")), rake = idOf(QStringLiteral("rake")),
                 glove = idOf(QStringLiteral("glove")), kite = idOf(QStringLiteral("kite"));
    // Ties: saw and hammer sell 3 units each (hammer earns more); rake and glove 2 units for the same revenue.
    m_seed->sell(at(1), kAmazon, kCompleted, {{hammer, 3, 2000}});
    m_seed->sell(at(2), kEbay, kCompleted, {{saw, 3, 1500}});
    m_seed->sell(at(3), kWebsite, kCompleted, {{rake, 2, 750}, {glove, 2, 750}});
    m_seed->sell(at(4), kAmazon, QStringLiteral("cancelled"), {{kite, 9}});
    m_seed->sell(at(10), kWebsite, kCompleted, {{kite, 1}});
    // Eleven more products with one sale each, so the top list is cut at ten.
    for (int i = 1; i <= 11; ++i) {
        const qint64 p = m_seed->product(QStringLiteral("Extra %1").arg(i), QStringLiteral("EXT-%1").arg(i), 100 * i,
                                         idOf(QStringLiteral("toys")), i == 5 ? 3 : 1000);
        m_seed->sell(at(1 + i % 10), i % 2 ? kEbay : kAmazon, kCompleted, {{p, i == 5 ? 3 : 1}});
    }
    // A row reserved for eBay: the kite's eBay sale draws on it and leaves it low (rows, not products, are counted).
    m_seed->channelRow(kite, kEbay, 4, 2);
    m_seed->sell(at(9), kEbay, kCompleted, {{kite, 2}});
    // Previous equal period (20–28 Feb 2025) and outside both.
    m_seed->sell(m_seed->local(QDate(2025, 2, 19)), kAmazon, kCompleted, {{hammer, 2}});
    m_seed->sell(m_seed->local(QDate(2025, 2, 28), QTime(23, 30)), kAmazon, kCompleted, {{saw, 1}});
    m_seed->sell(m_seed->local(QDate(2025, 3, 11), QTime(0, 30)), kEbay, kCompleted, {{glove, 5}});
    m_seed->sell(m_seed->local(QDate(2025, 2, 21)), kEbay, QStringLiteral("refunded"), {{rake, 1}});

    const DashboardSummary d = m_store->analytics().dashboard({from, to});
    const QDate prevFrom = from.addDays(-(from.daysTo(to) + 1)), prevTo = from.addDays(-1);
    QCOMPARE(day(d.period.start) + u' ' + day(d.period.end), day(from) + u' ' + day(to));
    QCOMPARE(day(d.previousPeriod.start) + u' ' + day(d.previousPeriod.end), day(prevFrom) + u' ' + day(prevTo));
    const Totals now = m_model.totals(from, to), before = m_model.totals(prevFrom, prevTo);
    QCOMPARE(text(d.current), now.text());
    QCOMPARE(text(d.previous), before.text());
    QCOMPARE(d.current.averageOrderValue().cents(), Model::averageOrderValue(now.revenue, now.orders));
    QCOMPARE(pctText(AnalyticsService::percentChange(d.current.revenue.cents(), d.previous.revenue.cents())),
             pctText(Model::percent(now.revenue, before.revenue)));
    QCOMPARE(pctText(AnalyticsService::percentChange(d.current.orders, d.previous.orders)), pctText(Model::percent(now.orders, before.orders)));
    QVERIFY(Model::percent(now.revenue, before.revenue).has_value());

    QCOMPARE(d.totalProducts, qint64(m_model.products.size()));
    QCOMPARE(d.totalCustomers, m_model.customers);
    const StockFigures stock = m_model.stock(m_store->analytics().today());
    QVERIFY(stock.outRows >= 1);
    QVERIFY(stock.lowRows > stock.outRows);
    QCOMPARE(d.lowStockCount, stock.lowRows);
    QCOMPARE(d.outOfStockCount, stock.outRows);

    const QList<AnalyticsRef::TopProduct> top = m_model.topProducts(from, to);
    QCOMPARE(top.size(), qsizetype(10));
    QCOMPARE(topText(d.topProducts), topText(top));

    QCOMPARE(platformText(d.platforms), platformText(m_model.platforms(from, to)));
    double sum = 0;
    for (const ::PlatformShare &p : d.platforms)
        sum += p.share;
    QVERIFY2(std::abs(sum - 1.0) < 1e-9, qPrintable(QString::number(sum, 'g', 17)));

    QCOMPARE(d.trend.points.size(), qsizetype(from.daysTo(to) + 1));
    QCOMPARE(seriesText(d.trend), seriesText(m_model, from, to, Granularity::Day));
}

// --- inventory -----------------------------------------------------------------------------------

void TestAnalyticsService::inventoryDaysOfCover()
{
    start();
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(m_model.zone).date();
    QCOMPARE(m_store->analytics().today(), today);
    const qint64 tools = idOf(QStringLiteral("tools")), garden = idOf(QStringLiteral("garden"));
    const qint64 drill = m_seed->product(QStringLiteral("Drill"), QStringLiteral("DRL-1"), 8999, tools, 20);
    const qint64 level = m_seed->product(QStringLiteral("Level"), QStringLiteral("LVL-1"), 1250, tools, 5);
    const qint64 hose = m_seed->product(QStringLiteral("Hose"), QStringLiteral("HOS-1"), 2999, garden, 3);
    const qint64 seeds = m_seed->product(QStringLiteral("Seeds"), QStringLiteral("SED-1"), 199, garden, 14);
    auto dayStart = [&](int daysAgo) { return m_seed->local(today.addDays(-daysAgo), QTime(0, 0, 1)); };
    m_seed->sell(dayStart(0), kAmazon, kCompleted, {{drill, 3}});
    m_seed->sell(dayStart(29), kEbay, kCompleted, {{drill, 4}});
    m_seed->sell(dayStart(30), kEbay, kCompleted, {{drill, 5}});              // before the 30 days
    m_seed->sell(dayStart(2), kAmazon, QStringLiteral("cancelled"), {{drill, 2}}); // not sold
    m_seed->sell(dayStart(1), kWebsite, QStringLiteral("refunded"), {{level, 1}}); // not sold
    m_seed->sell(dayStart(0), kWebsite, kCompleted, {{hose, 3}});            // out of stock now
    m_seed->sell(dayStart(10), kAmazon, kCompleted, {{seeds, 7}});
    m_seed->setPrice(seeds, 249); // stock value uses the current price

    // A product with a row reserved for eBay (threshold 1) beside its main row.
    const qint64 rope = m_seed->product(QStringLiteral("Rope"), QStringLiteral("ROP-1"), 1500, garden, 9);
    m_seed->channelRow(rope, kEbay, 2, 1);
    m_seed->sell(dayStart(0), kEbay, kCompleted, {{rope, 2}});  // the eBay row, now empty
    m_seed->sell(dayStart(5), kAmazon, kCompleted, {{rope, 1}}); // the main row

    auto check = [&](bool lowOnly, std::optional<qint64> category) {
        const InventorySummary s = m_store->analytics().inventory(lowOnly, category);
        const StockFigures expected = m_model.stock(today, category);
        QStringList alerts;
        for (const LowStockAlert &a : s.lowStockAlerts)
            alerts << QStringLiteral("#%1 product=%2 qty=%3 threshold=%4 cover=%5")
                          .arg(a.row.inventoryId).arg(a.row.productId).arg(a.row.currentQuantity).arg(a.row.threshold)
                          .arg(a.daysOfCover ? QString::number(*a.daysOfCover, 'f', 1) : QStringLiteral("null"));
        alerts.sort();
        QCOMPARE(alerts, expected.alerts);
        if (!lowOnly) {
            QCOMPARE(s.totalProducts, expected.products);
            QCOMPARE(s.totalUnits, expected.units);
            QCOMPARE(s.stockValue.cents(), expected.valueCents);
            QCOMPARE(s.outOfStockProducts, expected.outOfStockProducts);
            QCOMPARE(s.lowStockProducts, expected.lowStockProducts);
        }
    };
    check(false, std::nullopt);
    if (QTest::currentTestFailed())
        return;
    check(false, tools);
    if (QTest::currentTestFailed())
        return;
    check(true, garden);
    if (QTest::currentTestFailed())
        return;
    check(false, garden);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_model.stock(today, garden).alerts.filter(QStringLiteral("product=%1 ").arg(rope)).size(), qsizetype(2));
    // The drill: 20 − 3 − 4 − 5 = 8 left, 7 sold in the last 30 days → 8 × 30 ÷ 7 = 34.3 days.
    for (const LowStockAlert &a : m_store->analytics().inventory(true).lowStockAlerts)
        if (a.row.productId == drill)
            QCOMPARE(QString::number(a.daysOfCover.value_or(-1), 'f', 1), QStringLiteral("34.3"));
}

// --- consistency after writes --------------------------------------------------------------------

QStringList TestAnalyticsService::engineFigures()
{
    AnalyticsService &a = m_store->analytics();
    const QDate from(2025, 4, 1), to(2025, 6, 30), cur(2025, 5, 11), curEnd(2025, 5, 20);
    QStringList out;
    QList<Filter> filters{Filter{}};
    for (const char *name : {"hammer", "saw", "rake", "glove", "kite"})
        filters << filterOf(QString::fromLatin1(name), {}, {});
    for (const char *name : {"tools", "garden", "toys"}) {
        filters << filterOf({}, QString::fromLatin1(name), {});
        filters << filterOf({}, QString::fromLatin1(name), kAmazon);
    }
    for (const QString &p : {kAmazon, kEbay, kWebsite})
        filters << filterOf({}, {}, p);
    for (const Filter &f : filters)
        out << QStringLiteral("totals ") + text(a.totals({from, to}, engineFilter(f)));
    for (Granularity g : {Granularity::Day, Granularity::Week, Granularity::Month})
        out << seriesText(a.revenue({from, to}, g));
    out << seriesText(a.revenue({from, to}, Granularity::Week, engineFilter(filterOf({}, QStringLiteral("garden"), {}))));
    for (const char *kind : {"category", "platform", "product"})
        out << breakdownText(a.compare({cur, curEnd}, std::nullopt, false, Granularity::Day, {}, QString::fromLatin1(kind)).breakdown);
    const DashboardSummary d = a.dashboard({QDate(2025, 5, 1), curEnd});
    out << QStringLiteral("dashboard ") + text(d.current) + QStringLiteral(" / ") + text(d.previous);
    out << topText(d.topProducts) << platformText(d.platforms);
    return out;
}

QStringList TestAnalyticsService::referenceFigures() const
{
    const Model &m = m_model;
    const QDate from(2025, 4, 1), to(2025, 6, 30), cur(2025, 5, 11), curEnd(2025, 5, 20);
    QStringList out;
    QList<Filter> filters{Filter{}};
    for (const char *name : {"hammer", "saw", "rake", "glove", "kite"})
        filters << filterOf(QString::fromLatin1(name), {}, {});
    for (const char *name : {"tools", "garden", "toys"}) {
        filters << filterOf({}, QString::fromLatin1(name), {});
        filters << filterOf({}, QString::fromLatin1(name), kAmazon);
    }
    for (const QString &p : {kAmazon, kEbay, kWebsite})
        filters << filterOf({}, {}, p);
    for (const Filter &f : filters)
        out << QStringLiteral("totals ") + m.totals(from, to, f).text();
    for (Granularity g : {Granularity::Day, Granularity::Week, Granularity::Month})
        out << seriesText(m, from, to, g);
    out << seriesText(m, from, to, Granularity::Week, filterOf({}, QStringLiteral("garden"), {}));
    for (const char *kind : {"category", "platform", "product"})
        out << breakdownText(m.breakdown(QString::fromLatin1(kind), cur, curEnd, cur.addDays(-10), cur.addDays(-1)));
    const QDate dFrom(2025, 5, 1);
    const qint64 len = dFrom.daysTo(curEnd) + 1;
    out << QStringLiteral("dashboard ") + m.totals(dFrom, curEnd).text() + QStringLiteral(" / ")
               + m.totals(dFrom.addDays(-len), dFrom.addDays(-1)).text();
    out << topText(m.topProducts(dFrom, curEnd)) << platformText(m.platforms(dFrom, curEnd));
    return out;
}

#define CHECK_FIGURES(label)                                                                                           \
    do {                                                                                                               \
        const QStringList engineSide = engineFigures();                                                                \
        const QStringList referenceSide = referenceFigures();                                                          \
        if (engineSide != referenceSide)                                                                               \
            qWarning("after: %s", label);                                                                              \
        QCOMPARE(engineSide, referenceSide);                                                                           \
    } while (false)

void TestAnalyticsService::consistentAfterEachKindOfWrite()
{
    start();
    seedMay2025();
    CHECK_FIGURES("seed");
    const qint64 hammer = idOf(QStringLiteral("hammer")), rake = idOf(QStringLiteral("rake")), kite = idOf(QStringLiteral("kite"));
    const qint64 tools = idOf(QStringLiteral("tools")), garden = idOf(QStringLiteral("garden"));

    const qint64 fresh = m_seed->sell(m_seed->local(QDate(2025, 5, 16), QTime(8, 0)), kWebsite, kCompleted, {{hammer, 2}, {rake, 1, 799, 49}});
    CHECK_FIGURES("new sale");

    const qint64 target = m_model.orders[7].id; // 11 May, Amazon, saw + hammer
    m_seed->setStatus(target, QStringLiteral("cancelled"));
    CHECK_FIGURES("cancelled");
    m_seed->setStatus(target, kCompleted);
    CHECK_FIGURES("back to completed");
    m_seed->setStatus(fresh, QStringLiteral("refunded"));
    CHECK_FIGURES("refunded");
    m_seed->setStatus(m_model.orders[3].id, QStringLiteral("processing")); // the order created cancelled counts now
    CHECK_FIGURES("cancelled order reinstated");

    m_seed->setPlatform(m_model.orders[8].id, kWebsite);
    CHECK_FIGURES("platform change");
    m_seed->setStatus(m_model.orders[5].id, QStringLiteral("shipped")); // active to active
    CHECK_FIGURES("pending to shipped");
    m_seed->setStatus(m_model.orders[13].id, QStringLiteral("cancelled")); // refunded to cancelled
    CHECK_FIGURES("refunded to cancelled");
    {
        SalePatch patch; // cancelled and moved at once
        patch.status = QStringLiteral("cancelled");
        patch.platform = kEbay;
        patch.orderDate = m_seed->local(QDate(2025, 5, 19), QTime(7, 0)).toUTC();
        m_seed->update(m_model.orders[10].id, patch);
    }
    CHECK_FIGURES("cancelled, platform and date in one change");
    {
        SalePatch patch; // reinstated and moved at once
        patch.status = kCompleted;
        patch.platform = kWebsite;
        patch.orderDate = m_seed->local(QDate(2025, 5, 12), QTime(22, 0)).toUTC();
        m_seed->update(m_model.orders[10].id, patch);
    }
    CHECK_FIGURES("reinstated, platform and date in one change");
    {
        SalePatch patch; // an active order moved in platform and day at once
        patch.platform = kAmazon;
        patch.orderDate = m_seed->local(QDate(2025, 4, 30), QTime(23, 59)).toUTC();
        m_seed->update(m_model.orders[6].id, patch);
    }
    CHECK_FIGURES("platform and date in one change");

    m_seed->setOrderDate(m_model.orders[9].id, m_seed->local(QDate(2025, 5, 2), QTime(23, 45)).toUTC());
    CHECK_FIGURES("order date to another day");
    m_seed->setOrderDate(m_model.orders[1].id, m_seed->local(QDate(2025, 6, 3), QTime(0, 15)).toUTC());
    CHECK_FIGURES("order date to another month");

    const Filter toolsF = filterOf({}, QStringLiteral("tools"), {}), gardenF = filterOf({}, QStringLiteral("garden"), {});
    const QDate from(2025, 4, 1), to(2025, 6, 30);
    const Totals toolsBefore = m_model.totals(from, to, toolsF), gardenBefore = m_model.totals(from, to, gardenF);
    m_seed->moveProduct(hammer, garden);
    QVERIFY(m_model.totals(from, to, toolsF).revenue < toolsBefore.revenue);
    QVERIFY(m_model.totals(from, to, gardenF).revenue > gardenBefore.revenue);
    QCOMPARE(text(m_store->analytics().totals({from, to}, engineFilter(toolsF))), m_model.totals(from, to, toolsF).text());
    QCOMPARE(text(m_store->analytics().totals({from, to}, engineFilter(gardenF))), m_model.totals(from, to, gardenF).text());
    CHECK_FIGURES("product moved to another category");
    m_seed->moveProduct(hammer, tools);
    CHECK_FIGURES("product moved back");
    m_seed->setStatus(m_model.orders[8].id, QStringLiteral("cancelled")); // kite, 12 May
    m_seed->moveProduct(kite, garden);
    CHECK_FIGURES("product with a cancelled order moved");
    m_seed->setStatus(m_model.orders[8].id, kCompleted);
    CHECK_FIGURES("its order reinstated in the new category");
    m_seed->setStatus(m_model.orders[12].id, QStringLiteral("cancelled")); // kite, 18 May, active when the kite moved
    CHECK_FIGURES("an order of the moved product cancelled");
    m_seed->setPlatform(m_model.orders[4].id, kEbay); // kite and glove, 5 May
    CHECK_FIGURES("an order of the moved product on another platform");
    m_seed->setOrderDate(m_model.orders[4].id, m_seed->local(QDate(2025, 5, 13), QTime(6, 0)).toUTC());
    CHECK_FIGURES("an order of the moved product on another day");

    m_seed->setPrice(kite, 1875);
    CHECK_FIGURES("price change (past sales keep theirs)");
    m_seed->sell(m_seed->local(QDate(2025, 5, 19)), kAmazon, kCompleted, {{kite, 2}});
    QCOMPARE(m_model.orders.last().lines.first().unitCents, qint64(1875));
    CHECK_FIGURES("new sale at the new price");
}

void TestAnalyticsService::rebuildGivesTheIncrementalFigures()
{
    start();
    seedMay2025();
    seedCalendar();
    m_seed->setStatus(m_model.orders[0].id, QStringLiteral("cancelled"));
    m_seed->setPlatform(m_model.orders[1].id, kWebsite);
    m_seed->moveProduct(idOf(QStringLiteral("glove")), idOf(QStringLiteral("toys")));
    m_seed->setOrderDate(m_model.orders[2].id, QDateTime(QDate(2025, 4, 30), QTime(3, 0), Qt::UTC));
    const QStringList incremental = engineFigures();
    const QStringList calendar = seriesText(m_store->analytics().revenue({QDate(2020, 1, 1), QDate(2027, 12, 31)}, Granularity::Week));
    QCOMPARE(incremental, referenceFigures());

    m_store->database().write([&](Connection &conn) { m_store->rollup().rebuildAll(conn); });
    QCOMPARE(engineFigures(), incremental);
    QCOMPARE(seriesText(m_store->analytics().revenue({QDate(2020, 1, 1), QDate(2027, 12, 31)}, Granularity::Week)), calendar);
    QCOMPARE(calendar, seriesText(m_model, QDate(2020, 1, 1), QDate(2027, 12, 31), Granularity::Week));
}

void TestAnalyticsService::otherStoreZoneRebuildsTheRollups()
{
    start(QTimeZone("America/New_York"));
    seedMay2025();
    // Instants that are on different days in New York and Auckland.
    const qint64 hammer = idOf(QStringLiteral("hammer")), rake = idOf(QStringLiteral("rake"));
    m_seed->sellAt(QDateTime(QDate(2025, 5, 10), QTime(2, 30), Qt::UTC), kEbay, kCompleted, {{hammer, 1}});
    m_seed->sellAt(QDateTime(QDate(2025, 5, 31), QTime(13, 0), Qt::UTC), kAmazon, kCompleted, {{rake, 2}});
    QCOMPARE(engineFigures(), referenceFigures());
    const QDate from(2025, 5, 1), to(2025, 6, 2);
    const QStringList newYorkDays = daysText(m_model.days(from, to));

    StoreConfig config = m_store->config();
    config.storeTimeZone = QTimeZone("Pacific/Auckland");
    Store auckland(config);
    Model aucklandModel = m_model;
    aucklandModel.zone = config.storeTimeZone;
    QVERIFY(daysText(aucklandModel.days(from, to)) != newYorkDays); // the zone moves some orders
    QCOMPARE(daysText(auckland.analytics().days({from, to})), daysText(aucklandModel.days(from, to)));
    QCOMPARE(seriesText(auckland.analytics().revenue({from, to}, Granularity::Week)),
             seriesText(aucklandModel, from, to, Granularity::Week));
    const DashboardSummary d = auckland.analytics().dashboard({QDate(2025, 5, 10), QDate(2025, 5, 20)});
    QCOMPARE(text(d.current), aucklandModel.totals(QDate(2025, 5, 10), QDate(2025, 5, 20)).text());
    QCOMPARE(topText(d.topProducts), topText(aucklandModel.topProducts(QDate(2025, 5, 10), QDate(2025, 5, 20))));
}

void TestAnalyticsService::demoDataRollupsMatchItsOrders()
{
    // The demo generator writes its rollups itself; they must equal what its orders add up to.
    QFETCH_GLOBAL(QString, engine);
    m_reusable.clear();
    cleanup();
    StoreConfig config = TestDatabases::defaultConfig();
    config.storeTimeZone = QTimeZone("America/New_York");
    m_store = TestDatabases::freshStore(engine, config);
    DemoDataOptions options;
    options.seed = 7;
    options.sales = 250;
    options.customers = 10;
    options.until = QDateTime(QDate(2025, 3, 15), QTime(12, 0), Qt::UTC);
    DemoDataService(m_store->database(), m_store->config()).generate(options);

    // The generated rows, read back through the services and mirrored as plain values.
    m_model.zone = config.storeTimeZone;
    CategoryFilter categories;
    categories.page.limit = 1000;
    for (const Category &c : m_store->categories().list(categories))
        m_model.categories.insert(c.id, c.name);
    ProductFilter products;
    products.page.limit = 1000;
    for (const ::Product &p : m_store->products().list(products))
        m_model.products.insert(p.id, AnalyticsRef::Product{p.id, p.name, p.sku, p.categoryId, p.price.cents()});
    SaleFilter sales;
    sales.page.limit = 100;
    for (;; sales.page.skip += sales.page.limit) {
        const QList<Sale> page = m_store->sales().list(sales);
        for (const Sale &sale : page) {
            Order order{sale.id, sale.orderDate.toUTC(), sale.platform, SaleStatuses::toString(sale.status), {}};
            for (const SaleItem &item : sale.items)
                order.lines << Line{item.productId, item.quantity, item.unitPrice.cents(), item.discount.cents()};
            m_model.orders << order;
        }
        if (page.size() < sales.page.limit)
            break;
    }
    QCOMPARE(m_model.orders.size(), qsizetype(options.sales));

    const QDate from(2024, 3, 1), to(2025, 3, 31), late(2025, 2, 1);
    auto figures = [&](bool engineSide) {
        QStringList out;
        AnalyticsService &a = m_store->analytics();
        QList<Filter> filters{Filter{}};
        for (const qint64 c : m_model.categories.keys())
            filters << Filter{std::nullopt, c, QString()};
        for (const QString &p : SalesService::knownPlatforms())
            filters << Filter{std::nullopt, std::nullopt, p};
        for (const Filter &f : filters) {
            out << (engineSide ? seriesText(a.revenue({from, to}, Granularity::Month, engineFilter(f)))
                               : seriesText(m_model, from, to, Granularity::Month, f));
        }
        out << (engineSide ? daysText(a.days({from, to})) : daysText(m_model.days(from, to)));
        for (const char *kind : {"category", "platform", "product"}) {
            const QString k = QString::fromLatin1(kind);
            out << (engineSide ? breakdownText(a.compare({late, to}, std::nullopt, true, Granularity::Month, {}, k).breakdown)
                               : breakdownText(m_model.breakdown(k, late, to, yearEarlier(late), yearEarlier(to))));
        }
        out << (engineSide ? topText(a.dashboard({late, to}).topProducts) : topText(m_model.topProducts(late, to)));
        return out;
    };
    QCOMPARE(figures(true), figures(false));
    m_store->database().write([&](Connection &conn) { m_store->rollup().rebuildAll(conn); });
    QCOMPARE(figures(true), figures(false));
}

void TestAnalyticsService::platformNamesAreExact()
{
    // Any non-empty platform name is accepted; names differing in case or accents are different platforms.
    start();
    const qint64 hammer = idOf(QStringLiteral("hammer")), rake = idOf(QStringLiteral("rake"));
    const QDate d(2025, 8, 1);
    const QStringList names{QStringLiteral("eBay"), QStringLiteral("EBAY"), QStringLiteral("Café"), QStringLiteral("Cafe")};
    for (int i = 0; i < names.size(); ++i)
        m_seed->sell(m_seed->local(d), names[i], kCompleted, {{i % 2 ? hammer : rake, 1 + i}});
    for (const QString &name : names) {
        const Filter f = filterOf({}, {}, name);
        QCOMPARE(text(m_store->analytics().totals({d, d}, engineFilter(f))), m_model.totals(d, d, f).text());
    }
    const Comparison c = m_store->analytics().compare({d, d}, std::nullopt, false, Granularity::Day, {}, QStringLiteral("platform"));
    QCOMPARE(breakdownText(c.breakdown), breakdownText(m_model.breakdown(QStringLiteral("platform"), d, d, d.addDays(-1), d.addDays(-1))));
    QCOMPARE(platformText(m_store->analytics().dashboard({d, d}).platforms), platformText(m_model.platforms(d, d)));
}

STOREDESK_DB_TEST_MAIN(TestAnalyticsService)
#include "tst_analyticsservice.moc"
