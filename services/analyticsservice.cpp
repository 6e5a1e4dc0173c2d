// SPDX-License-Identifier: MIT
#include "analyticsservice.h"

#include "analyticsrepository.h"
#include "customerrepository.h"
#include "database.h"
#include "inventoryservice.h"
#include "productrepository.h"
#include "salesrollup.h"
#include "timeutil.h"
#include "validator.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace {

constexpr int kTopProducts = 10;
constexpr int kCoverDays = 30;

RollupQuery query(const DateRange &range, const AnalyticsFilter &filter, RollupQuery::GroupBy groupBy)
{
    RollupQuery q;
    q.fromDay = range.start.toJulianDay();
    q.toDay = range.end.toJulianDay();
    q.productId = filter.productId;
    q.categoryId = filter.categoryId;
    q.platform = filter.platform;
    q.groupBy = groupBy;
    return q;
}

PeriodTotals toTotals(const RollupSet::Totals &t)
{
    return PeriodTotals{Money::fromCents(t.revenue), t.orders, t.units};
}

QDate nextBucket(QDate start, Granularity g)
{
    switch (g) {
    case Granularity::Day: return start.addDays(1);
    case Granularity::Week: return start.addDays(7);
    case Granularity::Month: return start.addMonths(1);
    case Granularity::Year: return start.addYears(1);
    }
    return start.addDays(1);
}

/** The trend of a dashboard period: daily up to a year, weekly up to three, monthly beyond. */
Granularity trendGranularity(const DateRange &range)
{
    if (range.days() <= 366)
        return Granularity::Day;
    if (range.days() <= 3 * 366)
        return Granularity::Week;
    return Granularity::Month;
}

} // namespace

Money PeriodTotals::averageOrderValue() const
{
    if (orders == 0)
        return {};
    // Rounded half away from zero, to the cent.
    const qint64 cents = revenue.cents();
    const qint64 q = (std::llabs(cents) * 2 + orders) / (2 * orders);
    return Money::fromCents(cents < 0 ? -q : q);
}

const QStringList &AnalyticsService::presets()
{
    static const QStringList s_presets{QStringLiteral("today"), QStringLiteral("7d"), QStringLiteral("30d"),
                                       QStringLiteral("month"), QStringLiteral("quarter"), QStringLiteral("year")};
    return s_presets;
}

std::optional<Granularity> AnalyticsService::parseGranularity(QStringView text)
{
    if (text == u"day")
        return Granularity::Day;
    if (text == u"week")
        return Granularity::Week;
    if (text == u"month")
        return Granularity::Month;
    if (text == u"year")
        return Granularity::Year;
    return std::nullopt;
}

QString AnalyticsService::granularityName(Granularity g)
{
    switch (g) {
    case Granularity::Day: return QStringLiteral("day");
    case Granularity::Week: return QStringLiteral("week");
    case Granularity::Month: return QStringLiteral("month");
    case Granularity::Year: return QStringLiteral("year");
    }
    return QStringLiteral("day");
}

QDate AnalyticsService::bucketStart(QDate day, Granularity g)
{
    switch (g) {
    case Granularity::Day: return day;
    case Granularity::Week: return day.addDays(1 - day.dayOfWeek()); // ISO: weeks start on Monday
    case Granularity::Month: return QDate(day.year(), day.month(), 1);
    case Granularity::Year: return QDate(day.year(), 1, 1);
    }
    return day;
}

std::optional<double> AnalyticsService::percentChange(qint64 current, qint64 previous)
{
    if (previous == 0)
        return std::nullopt;
    // In integers, rounded half away from zero to two decimals (doubles lose exact ties such as
    // +0.015 %); 128 bits because the difference of two money amounts times 20,000 can pass 2^63.
    const __int128 d = __int128(current) - previous;
    const __int128 p = previous < 0 ? -__int128(previous) : __int128(previous);
    const __int128 hundredths = ((d < 0 ? -d : d) * 20000 + p) / (2 * p);
    return double(d < 0 ? -hundredths : hundredths) / 100.0;
}

QDate AnalyticsService::today() const
{
    return QDateTime::currentDateTimeUtc().toTimeZone(m_config.storeTimeZone).date();
}

std::optional<DateRange> AnalyticsService::presetRange(const QString &preset) const
{
    const QDate t = today();
    if (preset == u"today")
        return DateRange{t, t};
    if (preset == u"7d")
        return DateRange{t.addDays(-6), t};
    if (preset == u"30d")
        return DateRange{t.addDays(-29), t};
    if (preset == u"month")
        return DateRange{QDate(t.year(), t.month(), 1), t};
    if (preset == u"quarter")
        return DateRange{QDate(t.year(), (t.month() - 1) / 3 * 3 + 1, 1), t};
    if (preset == u"year")
        return DateRange{QDate(t.year(), 1, 1), t};
    return std::nullopt;
}

void AnalyticsService::validateRange(const DateRange &range, const QStringList &startLoc, const QStringList &endLoc)
{
    Validator v;
    auto checkYear = [&](const QDate &d, const QStringList &field) {
        if (!d.isValid())
            v.add(field, QStringLiteral("must be a date (YYYY-MM-DD)"), QStringLiteral("date_parsing"));
        else if (d.year() < 1000 || d.year() > 9999)
            v.add(field, QStringLiteral("must be in the years 1000 to 9999"), QStringLiteral("value_error"));
    };
    checkYear(range.start, startLoc);
    checkYear(range.end, endLoc);
    if (!v.hasErrors()) {
        if (range.end < range.start)
            v.add(endLoc, QStringLiteral("must not be before %1").arg(startLoc.last()), QStringLiteral("value_error"));
        else if (range.end > range.start.addYears(20))
            v.add(endLoc, QStringLiteral("the range must not span more than 20 years"), QStringLiteral("value_error"));
    }
    v.throwIfInvalid();
}

PeriodTotals AnalyticsService::totals(const DateRange &range, const AnalyticsFilter &filter)
{
    const QList<RollupRow> rows = m_db.read([&](Connection &conn) {
        return AnalyticsRepository(conn).aggregate(query(range, filter, RollupQuery::GroupBy::None));
    });
    return rows.isEmpty() ? PeriodTotals{} : toTotals(rows.first().totals);
}

QList<PeriodPoint> AnalyticsService::days(const DateRange &range, const AnalyticsFilter &filter)
{
    const QList<RollupRow> rows = m_db.read([&](Connection &conn) {
        return AnalyticsRepository(conn).aggregate(query(range, filter, RollupQuery::GroupBy::Day));
    });
    QList<PeriodPoint> points;
    points.reserve(rows.size());
    for (const RollupRow &row : rows) {
        if (row.totals.orders != 0 || row.totals.revenue != 0 || row.totals.units != 0)
            points << PeriodPoint{QDate::fromJulianDay(row.id), toTotals(row.totals)};
    }
    std::sort(points.begin(), points.end(), [](const PeriodPoint &a, const PeriodPoint &b) { return a.period < b.period; });
    return points;
}

RevenueSeries AnalyticsService::revenue(const DateRange &range, Granularity g, const AnalyticsFilter &filter)
{
    RevenueSeries series;
    series.range = range;
    series.granularity = g;
    QHash<qint64, PeriodTotals> byBucket;
    for (const PeriodPoint &day : days(range, filter)) {
        PeriodTotals &bucket = byBucket[bucketStart(day.period, g).toJulianDay()];
        bucket.revenue += day.totals.revenue;
        bucket.orders += day.totals.orders;
        bucket.units += day.totals.units;
        series.totals.revenue += day.totals.revenue;
        series.totals.orders += day.totals.orders;
        series.totals.units += day.totals.units;
    }
    const QDate last = bucketStart(range.end, g);
    for (QDate b = bucketStart(range.start, g); b <= last; b = nextBucket(b, g))
        series.points << PeriodPoint{b, byBucket.value(b.toJulianDay())};
    return series;
}

Comparison AnalyticsService::compare(const DateRange &current, std::optional<DateRange> previous, bool previousYear,
                                     Granularity g, const AnalyticsFilter &filter, const QString &breakdown)
{
    if (!previous) {
        if (previousYear)
            previous = DateRange{current.start.addYears(-1), current.end.addYears(-1)};
        else
            previous = DateRange{current.start.addDays(-current.days()), current.start.addDays(-1)};
    }
    Comparison result;
    result.current = revenue(current, g, filter);
    result.previous = revenue(*previous, g, filter);
    if (breakdown.isEmpty())
        return result;

    using G = RollupQuery::GroupBy;
    const G groupBy = breakdown == u"category" ? G::Category : breakdown == u"platform" ? G::Platform : G::Product;
    m_db.read([&](Connection &conn) {
        AnalyticsRepository repo(conn);
        QHash<QString, BreakdownRow> rows;
        auto collect = [&](const DateRange &range, bool isCurrent) {
            for (const RollupRow &r : repo.aggregate(query(range, filter, groupBy))) {
                const QString key = groupBy == G::Platform ? r.platform : QString::number(r.id);
                BreakdownRow &row = rows[key];
                row.key = key;
                (isCurrent ? row.current : row.previous) += Money::fromCents(r.totals.revenue);
            }
        };
        collect(current, true);
        collect(*previous, false);
        // Names: the platform itself, else the category's or product's current name.
        QList<qint64> ids;
        for (const BreakdownRow &row : std::as_const(rows)) {
            if (groupBy != G::Platform)
                ids << row.key.toLongLong();
        }
        const QHash<qint64, QString> names = groupBy == G::Platform ? QHash<qint64, QString>() : repo.names(groupBy == G::Category, ids);
        for (BreakdownRow row : std::as_const(rows)) {
            if (row.current.isZero() && row.previous.isZero())
                continue;
            row.name = groupBy == G::Platform ? row.key : names.value(row.key.toLongLong());
            result.breakdown << row;
        }
    });
    std::sort(result.breakdown.begin(), result.breakdown.end(), [](const BreakdownRow &a, const BreakdownRow &b) {
        if (a.current != b.current)
            return a.current > b.current;
        if (a.previous != b.previous)
            return a.previous > b.previous;
        return a.key < b.key;
    });
    return result;
}

DashboardSummary AnalyticsService::dashboard(const DateRange &period)
{
    DashboardSummary d;
    d.period = period;
    d.previousPeriod = DateRange{period.start.addDays(-period.days()), period.start.addDays(-1)};
    d.current = totals(period);
    d.previous = totals(d.previousPeriod);
    d.trend = revenue(period, trendGranularity(period));

    m_db.read([&](Connection &conn) {
        AnalyticsRepository repo(conn);
        d.totalProducts = ProductRepository(conn).count(ProductFilter{});
        d.totalCustomers = CustomerRepository(conn).count(CustomerFilter{});
        const InventoryTotals stock = repo.inventoryTotals(std::nullopt, false);
        d.lowStockCount = stock.lowStockRows;
        d.outOfStockCount = stock.outOfStockRows;

        // Top sellers by units, then revenue, then id.
        QList<RollupRow> products = repo.aggregate(query(period, {}, RollupQuery::GroupBy::Product));
        products.removeIf([](const RollupRow &r) { return r.totals.units == 0 && r.totals.revenue == 0; });
        std::sort(products.begin(), products.end(), [](const RollupRow &a, const RollupRow &b) {
            if (a.totals.units != b.totals.units)
                return a.totals.units > b.totals.units;
            if (a.totals.revenue != b.totals.revenue)
                return a.totals.revenue > b.totals.revenue;
            return a.id < b.id;
        });
        if (products.size() > kTopProducts)
            products.resize(kTopProducts);
        QList<qint64> ids;
        for (const RollupRow &r : std::as_const(products))
            ids << r.id;
        QHash<qint64, Product> found;
        for (const Product &p : ProductRepository(conn).findMany(ids))
            found.insert(p.id, p);
        for (const RollupRow &r : std::as_const(products)) {
            const Product p = found.value(r.id);
            d.topProducts << TopProduct{r.id, p.name, p.sku, r.totals.units, Money::fromCents(r.totals.revenue)};
        }

        // Platforms by revenue; shares of revenue (of orders when nothing was earned).
        QList<RollupRow> platforms = repo.aggregate(query(period, {}, RollupQuery::GroupBy::Platform));
        platforms.removeIf([](const RollupRow &r) { return r.totals.orders == 0 && r.totals.revenue == 0; });
        std::sort(platforms.begin(), platforms.end(), [](const RollupRow &a, const RollupRow &b) {
            if (a.totals.revenue != b.totals.revenue)
                return a.totals.revenue > b.totals.revenue;
            if (a.totals.orders != b.totals.orders)
                return a.totals.orders > b.totals.orders;
            return a.platform < b.platform;
        });
        qint64 revenue = 0, orders = 0;
        for (const RollupRow &r : std::as_const(platforms)) {
            revenue += r.totals.revenue;
            orders += r.totals.orders;
        }
        for (const RollupRow &r : std::as_const(platforms)) {
            const double share = revenue != 0 ? double(r.totals.revenue) / double(revenue)
                                               : orders != 0 ? double(r.totals.orders) / double(orders) : 0.0;
            d.platforms << PlatformShare{r.platform, r.totals.orders, Money::fromCents(r.totals.revenue), share};
        }
    });
    return d;
}

InventorySummary AnalyticsService::inventory(bool lowStockOnly, std::optional<qint64> categoryId)
{
    InventorySummary s;
    const QDate t = today();
    const DateRange recent{t.addDays(1 - kCoverDays), t};
    QHash<qint64, qint64> soldRecently; // product → units over the last 30 days
    m_db.read([&](Connection &conn) {
        AnalyticsRepository repo(conn);
        const InventoryTotals stock = repo.inventoryTotals(categoryId, lowStockOnly);
        ProductFilter products;
        products.categoryId = categoryId;
        s.totalProducts = lowStockOnly ? stock.products : ProductRepository(conn).count(products);
        s.totalUnits = stock.units;
        s.stockValue = Money::fromCents(stock.stockValueCents);
        s.outOfStockProducts = stock.outOfStockProducts;
        s.lowStockProducts = stock.lowStockProducts;
        for (const RollupRow &r : repo.aggregate(query(recent, {}, RollupQuery::GroupBy::Product)))
            soldRecently.insert(r.id, r.totals.units);
    });
    for (const LowStockRow &row : m_inventory.lowStock(std::nullopt, categoryId)) {
        LowStockAlert alert{row, std::nullopt};
        const qint64 sold = soldRecently.value(row.productId);
        if (sold > 0)
            alert.daysOfCover = std::round(double(row.currentQuantity) * kCoverDays / double(sold) * 10.0) / 10.0;
        s.lowStockAlerts << alert;
    }
    return s;
}
