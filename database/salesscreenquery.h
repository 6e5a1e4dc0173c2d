// SPDX-License-Identifier: MIT
#pragma once

#include "filters.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class Connection;

/** One order as the desktop sales table shows it. */
struct SalesScreenRow
{
    qint64 id = 0;
    QString orderNumber;
    QDateTime orderDate; ///< UTC
    std::optional<qint64> customerId;
    QString customerName; ///< empty for walk-in orders
    QString platform;
    QString status;
    qint64 totalCents = 0;
};

/**
 * The SQL behind the desktop Sales screen, built to stay fast over millions of orders: the
 * screen reads one window of rows at a time, sorted and filtered by the database over every row.
 *
 * A window is found on `sales` alone (ids only, so SQLite walks the order_date index without
 * touching the table for the default order), then joined to its customers. Windows in the
 * second half of the result are read in the opposite order from the end, so the last page
 * costs what the first does. The filter's dates must already be resolved to fromUtc/untilUtc;
 * its product and category are not used. Throws DatabaseError.
 */
class SalesScreenQuery
{
public:
    explicit SalesScreenQuery(Connection &connection) : m_conn(connection) {}

    /** Sortable columns by field name: order_number, order_date, customer, platform, status, total_amount, id. */
    static const QStringList &sortColumns();

    /** Orders matching @p filter. */
    qint64 count(const SaleFilter &filter);
    /**
     * Rows [@p offset, @p offset + @p limit) of the filtered orders in the filter's sort order.
     * @p total is count() for the same filter (used to read late windows from the end).
     */
    QList<SalesScreenRow> window(const SaleFilter &filter, qint64 offset, qint64 limit, qint64 total);

private:
    Connection &m_conn;
};
