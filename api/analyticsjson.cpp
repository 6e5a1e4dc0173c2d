// SPDX-License-Identifier: MIT
#include "analyticsjson.h"

#include "jsonmapper.h"

namespace AnalyticsJson {
namespace {

QString day(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

QJsonValue percent(std::optional<double> value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject byPeriod(const RevenueSeries &series)
{
    QJsonObject map;
    for (const PeriodPoint &p : series.points)
        map.insert(day(p.period), JsonMapper::money(p.totals.revenue));
    return map;
}

QJsonObject range(const DateRange &r)
{
    return {{QStringLiteral("start_date"), day(r.start)}, {QStringLiteral("end_date"), day(r.end)}};
}

} // namespace

QJsonObject sales(const PeriodTotals &totals, const QList<PeriodPoint> &days)
{
    QJsonObject byDate;
    for (const PeriodPoint &p : days)
        byDate.insert(day(p.period), QJsonObject{{QStringLiteral("count"), p.totals.orders},
                                                 {QStringLiteral("revenue"), JsonMapper::money(p.totals.revenue)}});
    return {{QStringLiteral("total_sales"), totals.orders},
            {QStringLiteral("total_revenue"), JsonMapper::money(totals.revenue)},
            {QStringLiteral("average_order_value"), JsonMapper::money(totals.averageOrderValue())},
            {QStringLiteral("total_units"), totals.units},
            {QStringLiteral("sales_by_date"), byDate}};
}

QJsonObject revenue(const RevenueSeries &series)
{
    QJsonArray points;
    for (const PeriodPoint &p : series.points)
        points.append(QJsonObject{{QStringLiteral("period"), day(p.period)},
                                  {QStringLiteral("revenue"), JsonMapper::money(p.totals.revenue)},
                                  {QStringLiteral("orders"), p.totals.orders},
                                  {QStringLiteral("units"), p.totals.units}});
    return {{QStringLiteral("total_revenue"), JsonMapper::money(series.totals.revenue)},
            {QStringLiteral("total_orders"), series.totals.orders},
            {QStringLiteral("total_units"), series.totals.units},
            {QStringLiteral("group_by"), AnalyticsService::granularityName(series.granularity)},
            {QStringLiteral("revenue_by_period"), byPeriod(series)},
            {QStringLiteral("series"), points}};
}

QJsonObject inventory(const InventorySummary &s)
{
    QJsonArray alerts;
    for (const LowStockAlert &a : s.lowStockAlerts) {
        QJsonObject row = JsonMapper::lowStock(a.row);
        row.insert(QStringLiteral("days_of_cover"), a.daysOfCover ? QJsonValue(*a.daysOfCover) : QJsonValue(QJsonValue::Null));
        alerts.append(row);
    }
    return {{QStringLiteral("total_products"), s.totalProducts},
            {QStringLiteral("total_units"), s.totalUnits},
            {QStringLiteral("stock_value"), JsonMapper::money(s.stockValue)},
            {QStringLiteral("out_of_stock_products"), s.outOfStockProducts},
            {QStringLiteral("low_stock_products"), s.lowStockProducts},
            {QStringLiteral("low_stock_alerts"), alerts}};
}

QJsonObject comparison(const Comparison &c, bool withBreakdown)
{
    auto period = [](const RevenueSeries &s) {
        QJsonObject o = range(s.range);
        o.insert(QStringLiteral("total_revenue"), JsonMapper::money(s.totals.revenue));
        o.insert(QStringLiteral("total_orders"), s.totals.orders);
        o.insert(QStringLiteral("revenue_by_period"), byPeriod(s));
        return o;
    };
    const Money current = c.current.totals.revenue;
    const Money previous = c.previous.totals.revenue;
    QJsonObject out{{QStringLiteral("current_period"), period(c.current)},
                    {QStringLiteral("previous_period"), period(c.previous)},
                    {QStringLiteral("group_by"), AnalyticsService::granularityName(c.current.granularity)},
                    {QStringLiteral("absolute_change"), JsonMapper::money(current - previous)},
                    {QStringLiteral("percent_change"), percent(AnalyticsService::percentChange(current.cents(), previous.cents()))}};
    if (withBreakdown) {
        QJsonArray rows;
        for (const BreakdownRow &r : c.breakdown)
            rows.append(QJsonObject{{QStringLiteral("key"), r.key},
                                    {QStringLiteral("name"), r.name},
                                    {QStringLiteral("current"), JsonMapper::money(r.current)},
                                    {QStringLiteral("previous"), JsonMapper::money(r.previous)},
                                    {QStringLiteral("absolute_change"), JsonMapper::money(r.current - r.previous)},
                                    {QStringLiteral("percent_change"),
                                     percent(AnalyticsService::percentChange(r.current.cents(), r.previous.cents()))}});
        out.insert(QStringLiteral("breakdown"), rows);
    }
    return out;
}

QJsonObject dashboard(const DashboardSummary &d)
{
    QJsonArray top;
    for (const TopProduct &p : d.topProducts)
        top.append(QJsonObject{{QStringLiteral("product_id"), p.productId},
                               {QStringLiteral("name"), p.name},
                               {QStringLiteral("sku"), p.sku},
                               {QStringLiteral("units"), p.units},
                               {QStringLiteral("revenue"), JsonMapper::money(p.revenue)}});
    QJsonArray platforms;
    for (const PlatformShare &p : d.platforms)
        platforms.append(QJsonObject{{QStringLiteral("platform"), p.platform},
                                     {QStringLiteral("orders"), p.orders},
                                     {QStringLiteral("revenue"), JsonMapper::money(p.revenue)},
                                     {QStringLiteral("share"), p.share}});
    QJsonArray trend;
    for (const PeriodPoint &p : d.trend.points)
        trend.append(QJsonObject{{QStringLiteral("period"), day(p.period)},
                                 {QStringLiteral("revenue"), JsonMapper::money(p.totals.revenue)}});
    const PeriodTotals &now = d.current;
    const PeriodTotals &before = d.previous;
    return {{QStringLiteral("period"), range(d.period)},
            {QStringLiteral("previous_period"), range(d.previousPeriod)},
            {QStringLiteral("total_revenue"), JsonMapper::money(now.revenue)},
            {QStringLiteral("total_orders"), now.orders},
            {QStringLiteral("average_order_value"), JsonMapper::money(now.averageOrderValue())},
            {QStringLiteral("units_sold"), now.units},
            {QStringLiteral("revenue_change_pct"), percent(AnalyticsService::percentChange(now.revenue.cents(), before.revenue.cents()))},
            {QStringLiteral("orders_change_pct"), percent(AnalyticsService::percentChange(now.orders, before.orders))},
            {QStringLiteral("average_order_value_change_pct"),
             percent(AnalyticsService::percentChange(now.averageOrderValue().cents(), before.averageOrderValue().cents()))},
            {QStringLiteral("units_sold_change_pct"), percent(AnalyticsService::percentChange(now.units, before.units))},
            {QStringLiteral("total_products"), d.totalProducts},
            {QStringLiteral("total_customers"), d.totalCustomers},
            {QStringLiteral("low_stock_count"), d.lowStockCount},
            {QStringLiteral("out_of_stock_count"), d.outOfStockCount},
            {QStringLiteral("top_products"), top},
            {QStringLiteral("platform_distribution"), platforms},
            {QStringLiteral("trend_group_by"), AnalyticsService::granularityName(d.trend.granularity)},
            {QStringLiteral("revenue_trend"), trend}};
}

QJsonArray compactSeries(const RevenueSeries &series)
{
    QJsonArray out;
    for (const PeriodPoint &p : series.points)
        out.append(QJsonObject{{QStringLiteral("period"), day(p.period)},
                               {QStringLiteral("revenue"), JsonMapper::money(p.totals.revenue)}});
    return out;
}

} // namespace AnalyticsJson
