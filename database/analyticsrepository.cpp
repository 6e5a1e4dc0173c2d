// SPDX-License-Identifier: MIT
#include "analyticsrepository.h"

#include "bulkinsert.h"
#include "connection.h"
#include "sqlhelpers.h"
#include "sqlquery.h"
#include "timeutil.h"

namespace {

struct TableInfo
{
    QString name;
    QStringList keys; ///< primary key columns, in order
    QString idColumn; ///< product_id / category_id, empty for the daily table
    bool hasPlatform;
};

const TableInfo &info(RollupSet::Table table)
{
    static const TableInfo s_tables[] = {
        {QStringLiteral("sales_daily"), {QStringLiteral("day"), QStringLiteral("platform")}, {}, true},
        {QStringLiteral("sales_daily_product"), {QStringLiteral("day"), QStringLiteral("product_id")}, QStringLiteral("product_id"), false},
        {QStringLiteral("sales_daily_product_platform"),
         {QStringLiteral("product_id"), QStringLiteral("platform"), QStringLiteral("day")}, QStringLiteral("product_id"), true},
        {QStringLiteral("sales_daily_category"), {QStringLiteral("day"), QStringLiteral("category_id")}, QStringLiteral("category_id"), false},
        {QStringLiteral("sales_daily_category_platform"),
         {QStringLiteral("category_id"), QStringLiteral("platform"), QStringLiteral("day")}, QStringLiteral("category_id"), true},
    };
    return s_tables[int(table)];
}

const QStringList kValueColumns{QStringLiteral("orders"), QStringLiteral("units"), QStringLiteral("revenue")};

/** The key values of @p row in @p table's key column order. */
QVariantList keyValues(const TableInfo &t, const RollupSet &set, const RollupSet::Row &row)
{
    QVariantList values;
    for (const QString &k : t.keys) {
        if (k == u"day")
            values << row.day;
        else if (k == u"platform")
            values << set.platformName(row.platform);
        else
            values << row.id;
    }
    return values;
}

} // namespace

void AnalyticsRepository::apply(const RollupSet &delta)
{
    for (RollupSet::Table table : RollupSet::kTables) {
        const TableInfo &t = info(table);
        const QString sql = m_conn.dialect().upsertAdd(t.name, t.keys, kValueColumns);
        for (const RollupSet::Row &row : delta.rows(table)) {
            if (row.totals.orders == 0 && row.totals.units == 0 && row.totals.revenue == 0)
                continue; // e.g. the per-product row of an order moved to another platform on the same day
            SqlQuery q(m_conn, sql);
            bindAll(q, keyValues(t, delta, row));
            q.bind(row.totals.orders).bind(row.totals.units).bind(row.totals.revenue);
            q.exec();
        }
    }
}

void AnalyticsRepository::insert(const RollupSet &rows, const QList<RollupSet::Table> &tables)
{
    for (RollupSet::Table table : RollupSet::kTables) {
        if (!tables.isEmpty() && !tables.contains(table))
            continue;
        const TableInfo &t = info(table);
        const QList<RollupSet::Row> all = rows.rows(table);
        if (all.isEmpty())
            continue;
        QList<BulkInsert::Column> columns;
        for (const QString &k : t.keys)
            columns << BulkInsert::Column{k};
        for (const QString &v : kValueColumns)
            columns << BulkInsert::Column{v};
        BulkInsert bulk(m_conn, t.name, columns, all.size());
        for (const RollupSet::Row &row : all) {
            for (const QVariant &v : keyValues(t, rows, row))
                bulk << v;
            bulk << row.totals.orders << row.totals.units << row.totals.revenue;
        }
        bulk.finish();
    }
}

void AnalyticsRepository::clear()
{
    for (RollupSet::Table table : RollupSet::kTables)
        m_conn.exec(QStringLiteral("DELETE FROM ") + info(table).name);
}

void AnalyticsRepository::clearCategories(const QList<qint64> &categoryIds)
{
    if (categoryIds.isEmpty())
        return;
    for (RollupSet::Table table : {RollupSet::Table::Category, RollupSet::Table::CategoryPlatform}) {
        SqlQuery q(m_conn, QStringLiteral("DELETE FROM ") + info(table).name + QStringLiteral(" WHERE category_id IN ")
                               + inList(categoryIds.size()));
        for (qint64 id : categoryIds)
            q.bind(id);
        q.exec();
    }
}

void AnalyticsRepository::forEachCountedLine(const QList<qint64> &categoryIds, const std::function<void(const CountedLine &)> &fn)
{
    const qint64 maxId = SqlQuery(m_conn, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM sales")).scalar().toLongLong();
    QString sql = QStringLiteral(
        "SELECT s.id, s.order_date, s.platform, i.product_id, p.category_id, i.quantity, i.unit_price, i.discount "
        "FROM sales s JOIN sale_items i ON i.sale_id = s.id JOIN products p ON p.id = i.product_id "
        "WHERE s.id BETWEEN ? AND ? AND s.status NOT IN ('cancelled', 'refunded')");
    if (!categoryIds.isEmpty())
        sql += QStringLiteral(" AND p.category_id IN ") + inList(categoryIds.size());
    sql += QStringLiteral(" ORDER BY s.id, i.id");
    // In slices of orders, so no engine's client library buffers millions of rows at once.
    constexpr qint64 kSlice = 100'000;
    CountedLine line;
    QString lastStamp;
    for (qint64 from = 1; from <= maxId; from += kSlice) {
        SqlQuery q(m_conn, sql);
        q.bind(from).bind(from + kSlice - 1);
        for (qint64 id : categoryIds)
            q.bind(id);
        q.exec();
        while (q.next()) {
            const qint64 saleId = q.int64(0);
            if (saleId != line.saleId) {
                line.saleId = saleId;
                line.orderDate = TimeUtil::fromDb(q.value(1));
                line.platform = q.string(2);
            }
            line.line.productId = q.int64(3);
            line.line.categoryId = q.int64(4);
            line.line.quantity = q.int64(5);
            line.line.revenueCents = line.line.quantity * q.int64(6) - q.int64(7);
            fn(line);
        }
    }
}

QHash<qint64, qint64> AnalyticsRepository::productCategories(const QList<qint64> &productIds, bool lock)
{
    QHash<qint64, qint64> out;
    if (productIds.isEmpty())
        return out;
    SqlQuery q(m_conn, QStringLiteral("SELECT id, category_id FROM products WHERE id IN ") + inList(productIds.size())
                           + QStringLiteral(" ORDER BY id") + (lock ? m_conn.dialect().forShare() : QString()));
    for (qint64 id : productIds)
        q.bind(id);
    q.exec();
    while (q.next())
        out.insert(q.int64(0), q.int64(1));
    return out;
}

QHash<qint64, QString> AnalyticsRepository::names(bool categories, const QList<qint64> &ids)
{
    QHash<qint64, QString> out;
    if (ids.isEmpty())
        return out;
    SqlQuery q(m_conn, QStringLiteral("SELECT id, name FROM ") + (categories ? QStringLiteral("categories") : QStringLiteral("products"))
                           + QStringLiteral(" WHERE id IN ") + inList(ids.size()));
    for (qint64 id : ids)
        q.bind(id);
    q.exec();
    while (q.next())
        out.insert(q.int64(0), q.string(1));
    return out;
}

std::optional<QString> AnalyticsRepository::state(const QString &name)
{
    SqlQuery q(m_conn, QStringLiteral("SELECT value FROM analytics_state WHERE name = ?"));
    q.bind(name).exec();
    if (!q.next())
        return std::nullopt;
    return q.string(0);
}

void AnalyticsRepository::setState(const QString &name, const QString &value)
{
    SqlQuery(m_conn, QStringLiteral("DELETE FROM analytics_state WHERE name = ?")).bind(name).exec();
    SqlQuery(m_conn, QStringLiteral("INSERT INTO analytics_state (name, value) VALUES (?, ?)")).bind(name).bind(value).exec();
}

QList<RollupRow> AnalyticsRepository::aggregate(const RollupQuery &query)
{
    using G = RollupQuery::GroupBy;
    const bool productDim = query.productId || query.groupBy == G::Product;
    const bool categoryDim = query.categoryId || query.groupBy == G::Category;
    const bool platformDim = !query.platform.isEmpty() || query.groupBy == G::Platform;
    RollupSet::Table table = RollupSet::Table::Daily;
    if (productDim)
        table = platformDim ? RollupSet::Table::ProductPlatform : RollupSet::Table::Product;
    else if (categoryDim)
        table = platformDim ? RollupSet::Table::CategoryPlatform : RollupSet::Table::Category;
    const TableInfo &t = info(table);

    // Order counts add up over days and platforms, never over products: a product table is only
    // summed across products when grouping by product (or for one product's category).
    QString group;
    QString from = t.name + QStringLiteral(" t");
    switch (query.groupBy) {
    case G::None: group.clear(); break;
    case G::Day: group = QStringLiteral("t.day"); break;
    case G::Platform: group = QStringLiteral("t.platform"); break;
    case G::Product: group = QStringLiteral("t.product_id"); break;
    case G::Category:
        if (productDim) {
            from += QStringLiteral(" JOIN products p ON p.id = t.product_id");
            group = QStringLiteral("p.category_id");
        } else {
            group = QStringLiteral("t.category_id");
        }
        break;
    }
    WhereBuilder where;
    where.add(QStringLiteral("t.day BETWEEN ? AND ?"), {query.fromDay, query.toDay});
    if (query.productId)
        where.add(QStringLiteral("t.product_id = ?"), {*query.productId});
    if (query.categoryId) {
        if (productDim)
            where.add(QStringLiteral("t.product_id IN (SELECT id FROM products WHERE category_id = ?)"), {*query.categoryId});
        else
            where.add(QStringLiteral("t.category_id = ?"), {*query.categoryId});
    }
    if (!query.platform.isEmpty())
        where.add(QStringLiteral("t.platform = ?"), {query.platform});

    const QString select = (group.isEmpty() ? QStringLiteral("0") : group)
        + QStringLiteral(", SUM(t.orders), SUM(t.units), SUM(t.revenue) FROM ") + from + where.sql()
        + (group.isEmpty() ? QString() : QStringLiteral(" GROUP BY ") + group);
    SqlQuery q(m_conn, QStringLiteral("SELECT ") + select);
    bindAll(q, where.values());
    q.exec();
    QList<RollupRow> rows;
    while (q.next()) {
        if (q.isNull(1))
            continue; // no rows at all (an aggregate without GROUP BY still answers one)
        RollupRow row;
        if (query.groupBy == G::Platform)
            row.platform = q.string(0);
        else
            row.id = q.int64(0);
        row.totals = RollupSet::Totals{q.int64(1), q.int64(2), q.int64(3)};
        rows << row;
    }
    return rows;
}

InventoryTotals AnalyticsRepository::inventoryTotals(std::optional<qint64> categoryId, bool lowOnly)
{
    WhereBuilder where;
    if (categoryId)
        where.add(QStringLiteral("p.category_id = ?"), {*categoryId});
    if (lowOnly)
        where.add(QStringLiteral("i.quantity <= i.low_stock_threshold"));
    SqlQuery q(m_conn, QStringLiteral(
        "SELECT COUNT(DISTINCT i.product_id), COALESCE(SUM(i.quantity), 0), COALESCE(SUM(i.quantity * p.price), 0), "
        "COUNT(DISTINCT CASE WHEN i.quantity = 0 THEN i.product_id END), "
        "COUNT(DISTINCT CASE WHEN i.quantity <= i.low_stock_threshold THEN i.product_id END), "
        "COALESCE(SUM(CASE WHEN i.quantity = 0 THEN 1 ELSE 0 END), 0), "
        "COALESCE(SUM(CASE WHEN i.quantity <= i.low_stock_threshold THEN 1 ELSE 0 END), 0) "
        "FROM inventory i JOIN products p ON p.id = i.product_id") + where.sql());
    bindAll(q, where.values());
    q.exec();
    InventoryTotals t;
    if (q.next())
        t = InventoryTotals{q.int64(0), q.int64(1), q.int64(2), q.int64(3), q.int64(4), q.int64(5), q.int64(6)};
    return t;
}
