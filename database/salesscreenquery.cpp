// SPDX-License-Identifier: MIT
#include "salesscreenquery.h"

#include "connection.h"
#include "salestatus.h"
#include "sqlhelpers.h"
#include "sqlquery.h"
#include "timeutil.h"

#include <algorithm>

namespace {

WhereBuilder where(const SaleFilter &f)
{
    WhereBuilder w;
    if (f.fromUtc)
        w.add(QStringLiteral("s.order_date >= ?"), {TimeUtil::toDb(*f.fromUtc)});
    if (f.untilUtc)
        w.add(QStringLiteral("s.order_date < ?"), {TimeUtil::toDb(*f.untilUtc)});
    if (f.customerId)
        w.add(QStringLiteral("s.customer_id = ?"), {*f.customerId});
    if (f.platform)
        w.add(QStringLiteral("s.platform = ?"), {*f.platform});
    if (f.status)
        w.add(QStringLiteral("s.status = ?"), {SaleStatuses::toString(*f.status)});
    return w;
}

/** The SQL expression a sort column stands for. */
QString sortExpression(const QString &column)
{
    if (column == u"customer")
        return QStringLiteral("c.name");
    return QStringLiteral("s.") + column;
}

} // namespace

const QStringList &SalesScreenQuery::sortColumns()
{
    static const QStringList s_columns{QStringLiteral("id"),       QStringLiteral("order_number"), QStringLiteral("order_date"),
                                       QStringLiteral("customer"), QStringLiteral("platform"),     QStringLiteral("status"),
                                       QStringLiteral("total_amount")};
    return s_columns;
}

qint64 SalesScreenQuery::count(const SaleFilter &filter)
{
    const WhereBuilder w = where(filter);
    SqlQuery q(m_conn, QStringLiteral("SELECT COUNT(*) FROM sales s") + w.sql());
    bindAll(q, w.values());
    return q.scalar().toLongLong();
}

QList<SalesScreenRow> SalesScreenQuery::window(const SaleFilter &filter, qint64 offset, qint64 limit, qint64 total)
{
    QList<SalesScreenRow> rows;
    offset = std::max<qint64>(0, offset);
    limit = std::min(limit, total - offset);
    if (limit <= 0)
        return rows;

    const QString column = sortColumns().contains(filter.sortColumn) ? filter.sortColumn : QStringLiteral("order_date");
    // Late windows are read backwards from the end: OFFSET then skips the short way round.
    const bool fromEnd = offset > total / 2;
    const bool descending = fromEnd ? !filter.sortDescending : filter.sortDescending;
    const qint64 skip = fromEnd ? total - offset - limit : offset;

    const QString expression = sortExpression(column);
    const bool needsCustomer = column == u"customer";
    const WhereBuilder w = where(filter);
    QVariantList values = w.values();
    const QString inner = QStringLiteral("SELECT s.id FROM sales s")
        + (needsCustomer ? QStringLiteral(" LEFT JOIN customers c ON c.id = s.customer_id") : QString()) + w.sql()
        + orderBy(expression, descending, QStringLiteral("s.id")) + limitOffset(Page{skip, limit}, values);
    const QString sql = QStringLiteral("SELECT s.id, s.order_number, s.order_date, s.customer_id, c.name, s.platform, s.status, "
                                       "s.total_amount FROM (")
        + inner + QStringLiteral(") w JOIN sales s ON s.id = w.id LEFT JOIN customers c ON c.id = s.customer_id")
        + orderBy(expression, filter.sortDescending, QStringLiteral("s.id"));
    SqlQuery q(m_conn, sql);
    bindAll(q, values);
    q.exec();
    rows.reserve(limit);
    while (q.next()) {
        SalesScreenRow &row = rows.emplace_back();
        row.id = q.int64(0);
        row.orderNumber = q.string(1);
        row.orderDate = TimeUtil::fromDb(q.value(2));
        if (!q.isNull(3))
            row.customerId = q.int64(3);
        row.customerName = q.string(4);
        row.platform = q.string(5);
        row.status = q.string(6);
        row.totalCents = q.int64(7);
    }
    return rows;
}
