// SPDX-License-Identifier: MIT
#include "analyticsjson.h"

#include "jsonwriter.h"

namespace AnalyticsJson {
namespace {

void byPeriod(JsonWriter &out, const RevenueSeries &series)
{
    out.beginObject();
    for (const PeriodPoint &p : series.points) {
        const QByteArray day = p.period.toString(Qt::ISODate).toLatin1();
        out.key(day.constData()).value(p.totals.revenue);
    }
    out.endObject();
}

void range(JsonWriter &out, const DateRange &r)
{
    out.key("start_date").value(r.start).key("end_date").value(r.end);
}

} // namespace

QByteArray sales(const PeriodTotals &totals, const QList<PeriodPoint> &days)
{
    JsonWriter out;
    out.beginObject()
        .key("total_sales").value(totals.orders)
        .key("total_revenue").value(totals.revenue)
        .key("average_order_value").value(totals.averageOrderValue())
        .key("total_units").value(totals.units)
        .key("sales_by_date").beginObject();
    for (const PeriodPoint &p : days) {
        const QByteArray day = p.period.toString(Qt::ISODate).toLatin1();
        out.key(day.constData()).beginObject().key("count").value(p.totals.orders).key("revenue").value(p.totals.revenue).endObject();
    }
    out.endObject().endObject();
    return out.data();
}

QByteArray revenue(const RevenueSeries &series)
{
    JsonWriter out;
    out.beginObject()
        .key("total_revenue").value(series.totals.revenue)
        .key("total_orders").value(series.totals.orders)
        .key("total_units").value(series.totals.units)
        .key("group_by").value(AnalyticsService::granularityName(series.granularity))
        .key("revenue_by_period");
    byPeriod(out, series);
    out.key("series").beginArray();
    for (const PeriodPoint &p : series.points)
        out.beginObject()
            .key("period").value(p.period)
            .key("revenue").value(p.totals.revenue)
            .key("orders").value(p.totals.orders)
            .key("units").value(p.totals.units)
            .endObject();
    out.endArray().endObject();
    return out.data();
}

QByteArray inventory(const InventorySummary &s)
{
    JsonWriter out;
    out.beginObject()
        .key("total_products").value(s.totalProducts)
        .key("total_units").value(s.totalUnits)
        .key("stock_value").value(s.stockValue)
        .key("out_of_stock_products").value(s.outOfStockProducts)
        .key("low_stock_products").value(s.lowStockProducts)
        .key("low_stock_alerts").beginArray();
    for (const LowStockAlert &a : s.lowStockAlerts) {
        const LowStockRow &r = a.row;
        out.beginObject()
            .key("inventory_id").value(r.inventoryId)
            .key("product_id").value(r.productId)
            .key("product_name").value(r.productName)
            .key("sku").value(r.sku)
            .key("location").value(r.location)
            .key("channel");
        if (r.channel.isEmpty())
            out.null();
        else
            out.value(r.channel);
        out.key("current_quantity").value(r.currentQuantity)
            .key("threshold").value(r.threshold)
            .key("shortfall").value(r.shortfall())
            .key("days_of_cover").value(a.daysOfCover)
            .endObject();
    }
    out.endArray().endObject();
    return out.data();
}

QByteArray comparison(const Comparison &c, bool withBreakdown)
{
    JsonWriter out;
    auto period = [&](const char *name, const RevenueSeries &s) {
        out.key(name).beginObject();
        range(out, s.range);
        out.key("total_revenue").value(s.totals.revenue).key("total_orders").value(s.totals.orders).key("revenue_by_period");
        byPeriod(out, s);
        out.endObject();
    };
    const Money current = c.current.totals.revenue;
    const Money previous = c.previous.totals.revenue;
    out.beginObject();
    period("current_period", c.current);
    period("previous_period", c.previous);
    out.key("group_by").value(AnalyticsService::granularityName(c.current.granularity))
        .key("absolute_change").value(current - previous)
        .key("percent_change").value(AnalyticsService::percentChange(current.cents(), previous.cents()));
    if (withBreakdown) {
        out.key("breakdown").beginArray();
        for (const BreakdownRow &r : c.breakdown)
            out.beginObject()
                .key("key").value(r.key)
                .key("name").value(r.name)
                .key("current").value(r.current)
                .key("previous").value(r.previous)
                .key("absolute_change").value(r.current - r.previous)
                .key("percent_change").value(AnalyticsService::percentChange(r.current.cents(), r.previous.cents()))
                .endObject();
        out.endArray();
    }
    out.endObject();
    return out.data();
}

QByteArray dashboard(const DashboardSummary &d)
{
    const PeriodTotals &now = d.current;
    const PeriodTotals &before = d.previous;
    JsonWriter out;
    out.beginObject().key("period").beginObject();
    range(out, d.period);
    out.endObject().key("previous_period").beginObject();
    range(out, d.previousPeriod);
    out.endObject()
        .key("total_revenue").value(now.revenue)
        .key("total_orders").value(now.orders)
        .key("average_order_value").value(now.averageOrderValue())
        .key("units_sold").value(now.units)
        .key("revenue_change_pct").value(AnalyticsService::percentChange(now.revenue.cents(), before.revenue.cents()))
        .key("orders_change_pct").value(AnalyticsService::percentChange(now.orders, before.orders))
        .key("average_order_value_change_pct")
        .value(AnalyticsService::percentChange(now.averageOrderValue().cents(), before.averageOrderValue().cents()))
        .key("units_sold_change_pct").value(AnalyticsService::percentChange(now.units, before.units))
        .key("total_products").value(d.totalProducts)
        .key("total_customers").value(d.totalCustomers)
        .key("low_stock_count").value(d.lowStockCount)
        .key("out_of_stock_count").value(d.outOfStockCount)
        .key("top_products").beginArray();
    for (const TopProduct &p : d.topProducts)
        out.beginObject()
            .key("product_id").value(p.productId)
            .key("name").value(p.name)
            .key("sku").value(p.sku)
            .key("units").value(p.units)
            .key("revenue").value(p.revenue)
            .endObject();
    out.endArray().key("platform_distribution").beginArray();
    for (const PlatformShare &p : d.platforms)
        out.beginObject()
            .key("platform").value(p.platform)
            .key("orders").value(p.orders)
            .key("revenue").value(p.revenue)
            .key("share").value(p.share)
            .endObject();
    out.endArray().key("trend_group_by").value(AnalyticsService::granularityName(d.trend.granularity)).key("revenue_trend");
    compactSeries(out, d.trend);
    out.endObject();
    return out.data();
}

void compactSeries(JsonWriter &out, const RevenueSeries &series)
{
    out.beginArray();
    for (const PeriodPoint &p : series.points)
        out.beginObject().key("period").value(p.period).key("revenue").value(p.totals.revenue).endObject();
    out.endArray();
}

} // namespace AnalyticsJson
