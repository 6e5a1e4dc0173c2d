// SPDX-License-Identifier: MIT
#include "integritycheck.h"

#include "sqlquery.h"
#include "store.h"

#include <QSet>

#include <algorithm>

namespace {

qint64 scalar(Connection &conn, const QString &sql)
{
    return SqlQuery(conn, sql).scalar().toLongLong();
}

/** Every rollup row as text ("table|keys…|orders|units|revenue"), without rows that add up to nothing. */
QSet<QString> rollupRows(Connection &conn)
{
    static const QList<QPair<QLatin1String, QLatin1String>> tables{
        {QLatin1String("sales_daily"), QLatin1String("day, platform")},
        {QLatin1String("sales_daily_product"), QLatin1String("day, product_id")},
        {QLatin1String("sales_daily_product_platform"), QLatin1String("product_id, platform, day")},
        {QLatin1String("sales_daily_category"), QLatin1String("day, category_id")},
        {QLatin1String("sales_daily_category_platform"), QLatin1String("category_id, platform, day")}};
    QSet<QString> rows;
    for (const auto &[table, keys] : tables) {
        const int columns = int(std::count(keys.begin(), keys.end(), ',')) + 1 + 3;
        SqlQuery q(conn, QStringLiteral("SELECT %1, orders, units, revenue FROM %2 WHERE orders <> 0 OR units <> 0 OR revenue <> 0")
                             .arg(keys, table));
        q.exec();
        while (q.next()) {
            QString row = table;
            for (int c = 0; c < columns; ++c)
                row += u'|' + q.value(c).toString();
            rows.insert(row);
        }
    }
    return rows;
}

struct RolledBack {};

} // namespace

QStringList IntegrityReport::lines() const
{
    const auto line = [](const char *what, qint64 off, qint64 of, const char *unit) {
        return off == 0 ? QStringLiteral("%1: ok (%2 %3)").arg(QLatin1String(what)).arg(of).arg(QLatin1String(unit))
                        : QStringLiteral("%1: BROKEN (%2 of %3 %4)").arg(QLatin1String(what)).arg(off).arg(of).arg(QLatin1String(unit));
    };
    return {line("stock = starting level + history", stockRowsOff, stockRows, "stock rows"),
            line("stock never below zero", stockRowsNegative, stockRows, "stock rows"),
            line("order totals = sum of lines", ordersOff, orders, "orders"),
            line("every line has its order", orphanLines, orders, "orders"),
            line("rollups = recomputation from the orders", rollupRowsOff, rollupRows, "rollup rows")};
}

IntegrityReport IntegrityCheck::run(Store &store)
{
    IntegrityReport report;
    // One transaction for all of it (rolled back at the end): the figures describe one snapshot
    // even while other clients write, and the recomputed rollups are never kept.
    try {
        store.database().write([&](Connection &conn) {
            report.stockRows = scalar(conn, QStringLiteral("SELECT COUNT(*) FROM inventory"));
            // A stock row is created with its starting level as its first history row, so its
            // quantity is the sum of every change its history records.
            report.stockRowsOff = scalar(conn, QStringLiteral(
                "SELECT COUNT(*) FROM inventory i WHERE i.quantity <> "
                "(SELECT COALESCE(SUM(h.new_quantity - h.previous_quantity), 0) FROM inventory_history h WHERE h.inventory_id = i.id)"));
            report.stockRowsNegative = scalar(conn, QStringLiteral("SELECT COUNT(*) FROM inventory WHERE quantity < 0"));
            report.orders = scalar(conn, QStringLiteral("SELECT COUNT(*) FROM sales"));
            report.ordersOff = scalar(conn, QStringLiteral(
                "SELECT COUNT(*) FROM sales s WHERE s.total_amount <> "
                "(SELECT COALESCE(SUM(i.quantity * i.unit_price - i.discount), 0) FROM sale_items i WHERE i.sale_id = s.id)"));
            report.orphanLines = scalar(conn, QStringLiteral(
                "SELECT COUNT(*) FROM sale_items i WHERE NOT EXISTS (SELECT 1 FROM sales s WHERE s.id = i.sale_id)"));
            const QSet<QString> kept = rollupRows(conn);
            store.rollup().rebuildAll(conn);
            const QSet<QString> recomputed = rollupRows(conn);
            report.rollupRows = recomputed.size();
            report.rollupRowsOff = (kept - recomputed).size() + (recomputed - kept).size();
            throw RolledBack{};
        });
    } catch (const RolledBack &) {
    }
    return report;
}
