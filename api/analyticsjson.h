// SPDX-License-Identifier: MIT
#pragma once

#include "analyticsservice.h"

#include <QJsonArray>
#include <QJsonObject>

/**
 * The JSON shapes of the analytics routes (SPEC §4.1, §4.2): dates "YYYY-MM-DD" (a bucket by its
 * first day), money as numbers with at most two decimals, percent changes as percent values or
 * null on a zero base. Shared by the routes and the sample-data export.
 */
namespace AnalyticsJson {

/** {total_sales, total_revenue, average_order_value, total_units, sales_by_date: {day: {count, revenue}}} */
QJsonObject sales(const PeriodTotals &totals, const QList<PeriodPoint> &days);
/** {total_revenue, total_orders, total_units, group_by, revenue_by_period: {…}, series: [{period, revenue, orders, units}]} */
QJsonObject revenue(const RevenueSeries &series);
QJsonObject inventory(const InventorySummary &summary);
/** {current_period{…}, previous_period{…}, absolute_change, percent_change[, breakdown]} */
QJsonObject comparison(const Comparison &comparison, bool withBreakdown);
QJsonObject dashboard(const DashboardSummary &summary);
/** The compact API's series: [{period, revenue}]. */
QJsonArray compactSeries(const RevenueSeries &series);

} // namespace AnalyticsJson
