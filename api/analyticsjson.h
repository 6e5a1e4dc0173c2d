// SPDX-License-Identifier: MIT
#pragma once

#include "analyticsservice.h"

#include <QByteArray>

class JsonWriter;

/**
 * The JSON bodies of the analytics routes (SPEC §4.1, §4.2), members in the SPEC's order: dates
 * "YYYY-MM-DD" (a bucket by its first day), money as numbers with at most two decimals, percent
 * changes as percent values or null on a zero base. Written with JsonWriter (these answers hold
 * hundreds of buckets). Shared by the routes and the sample-data export.
 */
namespace AnalyticsJson {

/** {total_sales, total_revenue, average_order_value, total_units, sales_by_date: {day: {count, revenue}}} */
QByteArray sales(const PeriodTotals &totals, const QList<PeriodPoint> &days);
/** {total_revenue, total_orders, total_units, group_by, revenue_by_period: {…}, series: [{period, revenue, orders, units}]} */
QByteArray revenue(const RevenueSeries &series);
QByteArray inventory(const InventorySummary &summary);
/** {current_period{…}, previous_period{…}, group_by, absolute_change, percent_change[, breakdown]} */
QByteArray comparison(const Comparison &comparison, bool withBreakdown);
QByteArray dashboard(const DashboardSummary &summary);
/** The compact API's series: [{period, revenue}]. */
void compactSeries(JsonWriter &out, const RevenueSeries &series);

} // namespace AnalyticsJson
