// SPDX-License-Identifier: MIT
#pragma once

#include "entities.h"
#include "money.h"
#include "storeconfig.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

class Database;
class InventoryService;

/** Bucket size of a revenue series; buckets start on the day, ISO week (Monday), month or year. */
enum class Granularity { Day, Week, Month, Year };

/** An inclusive range of days in the store's time zone. */
struct DateRange
{
    QDate start;
    QDate end;
    qint64 days() const { return start.daysTo(end) + 1; }
};

/** Which lines count: revenue and units only those that match; orders those with a matching line. */
struct AnalyticsFilter
{
    std::optional<qint64> productId;
    std::optional<qint64> categoryId;
    QString platform; ///< empty: every platform
};

/** Totals over a range (or one bucket of it). */
struct PeriodTotals
{
    Money revenue;
    qint64 orders = 0;
    qint64 units = 0;
    /** revenue ÷ orders to the cent (0 without orders). */
    Money averageOrderValue() const;
};

/** One bucket of a series: its first day and its totals. */
struct PeriodPoint
{
    QDate period;
    PeriodTotals totals;
};

/** A zero-filled series: every bucket from the one holding range.start to the one holding range.end. */
struct RevenueSeries
{
    DateRange range;
    Granularity granularity = Granularity::Day;
    PeriodTotals totals;
    QList<PeriodPoint> points;
};

/** One row of a comparison breakdown (by category, platform or product). */
struct BreakdownRow
{
    QString key;  ///< the category/product id as text, or the platform
    QString name; ///< the category/product name, or the platform
    Money current;
    Money previous;
};

struct Comparison
{
    RevenueSeries current;
    RevenueSeries previous;
    QList<BreakdownRow> breakdown; ///< empty without a breakdown; biggest current revenue first
};

struct TopProduct
{
    qint64 productId = 0;
    QString name;
    QString sku;
    qint64 units = 0;
    Money revenue;
};

struct PlatformShare
{
    QString platform;
    qint64 orders = 0;
    Money revenue;
    double share = 0; ///< of the period's revenue (of its orders when there is no revenue); shares sum to 1
};

struct DashboardSummary
{
    DateRange period;
    DateRange previousPeriod; ///< same length, immediately before
    PeriodTotals current;
    PeriodTotals previous;
    qint64 totalProducts = 0;
    qint64 totalCustomers = 0;
    qint64 lowStockCount = 0;   ///< inventory rows at or below their threshold (out of stock included)
    qint64 outOfStockCount = 0; ///< inventory rows at 0
    QList<TopProduct> topProducts;
    QList<PlatformShare> platforms;
    RevenueSeries trend;
};

/** A low-stock row with how long its stock lasts at the recent pace. */
struct LowStockAlert
{
    LowStockRow row;
    /** quantity ÷ average daily units of the product sold over the last 30 days; nullopt when none sold. */
    std::optional<double> daysOfCover;
};

struct InventorySummary
{
    qint64 totalProducts = 0;
    qint64 totalUnits = 0;
    Money stockValue; ///< Σ quantity × current price
    qint64 outOfStockProducts = 0;
    qint64 lowStockProducts = 0;
    QList<LowStockAlert> lowStockAlerts;
};

/**
 * The one metric engine behind the API's analytics and dashboard routes, the desktop app's charts
 * and the sample-data export. Figures follow SPEC §3: revenue is Σ quantity × unit price −
 * discount over the lines of orders that are not cancelled or refunded; days are those of the
 * store's time zone. Every figure is read from the daily rollups SalesRollup keeps current, so a
 * question costs in proportion to the days it spans, not the orders in them.
 *
 * Ranges are validated (start ≤ end, at most 20 years, years 1000–9999): Validation errors carry
 * the field names given by the caller's request (start_date/end_date or current_start/…).
 * Percent changes are percent values rounded to two decimals, nullopt on a zero base.
 */
class AnalyticsService
{
public:
    AnalyticsService(Database &database, InventoryService &inventory, const StoreConfig &config)
        : m_db(database), m_inventory(inventory), m_config(config) {}

    /** Dashboard presets: today, 7d, 30d, month, quarter (to date), year (to date). */
    static const QStringList &presets();
    static std::optional<Granularity> parseGranularity(QStringView text);
    static QString granularityName(Granularity g);
    /** The first day of the bucket holding @p day. */
    static QDate bucketStart(QDate day, Granularity g);
    /** (current − previous) ÷ previous × 100, two decimals; nullopt when previous is 0. */
    static std::optional<double> percentChange(qint64 current, qint64 previous);

    /** Today in the store's time zone. */
    QDate today() const;
    /** The range of @p preset ending today; nullopt for a name not in presets(). */
    std::optional<DateRange> presetRange(const QString &preset) const;
    /** Throws Validation (at @p startLoc / @p endLoc) for a bad range. */
    static void validateRange(const DateRange &range, const QStringList &startLoc, const QStringList &endLoc);

    /** Totals and, per day with orders, its totals. */
    PeriodTotals totals(const DateRange &range, const AnalyticsFilter &filter = {});
    QList<PeriodPoint> days(const DateRange &range, const AnalyticsFilter &filter = {});
    /** A zero-filled series with totals. */
    RevenueSeries revenue(const DateRange &range, Granularity g, const AnalyticsFilter &filter = {});
    /**
     * @p current against @p previous (default: the same number of days immediately before, or
     * with @p previousYear the same dates a year earlier), optionally broken down by "category",
     * "platform" or "product".
     */
    Comparison compare(const DateRange &current, std::optional<DateRange> previous, bool previousYear, Granularity g,
                       const AnalyticsFilter &filter = {}, const QString &breakdown = {});
    DashboardSummary dashboard(const DateRange &period);
    InventorySummary inventory(bool lowStockOnly = false, std::optional<qint64> categoryId = std::nullopt);

private:
    Database &m_db;
    InventoryService &m_inventory;
    const StoreConfig &m_config;
};
