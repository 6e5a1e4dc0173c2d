// SPDX-License-Identifier: MIT
#include "screenqueries.h"

#include "logging.h"
#include "sqlhelpers.h"

#include <QSqlError>
#include <QVariantList>

namespace {

QSqlQuery run(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    // QSqlQueryModel needs a scrollable query, so not forward-only.
    QSqlQuery q(db);
    if (!q.prepare(sql)) {
        qCWarning(lcDatabase) << "screen query failed to prepare:" << q.lastError().text();
        return q;
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        qCWarning(lcDatabase) << "screen query failed:" << q.lastError().text();
    return q;
}

QString sortClause(const QStringList &allowed, const QString &column, bool descending, const QString &prefix)
{
    const QString name = allowed.contains(column) ? column : QStringLiteral("id");
    // Computed columns are sorted by their alias, table columns by their qualified name.
    const bool alias = name == u"category" || name == u"stock" || name == u"product";
    return orderBy(alias ? name : prefix + name, descending, prefix + QStringLiteral("id"));
}

} // namespace

const QStringList &ScreenQueries::productSortColumns()
{
    static const QStringList s_columns{QStringLiteral("id"),       QStringLiteral("name"),  QStringLiteral("sku"),
                                       QStringLiteral("category"), QStringLiteral("price"), QStringLiteral("stock"),
                                       QStringLiteral("updated_at")};
    return s_columns;
}

QSqlQuery ScreenQueries::products(const QSqlDatabase &db, const QString &search, qint64 categoryId,
                                  const QString &sortColumn, bool descending)
{
    WhereBuilder w;
    if (!search.trimmed().isEmpty()) {
        const QString pattern = containsPattern(search.trimmed());
        w.add(QStringLiteral("(") + containsCondition(QStringLiteral("p.name")) + QStringLiteral(" OR ")
                  + containsCondition(QStringLiteral("p.sku")) + QStringLiteral(")"),
              {pattern, pattern});
    }
    if (categoryId > 0)
        w.add(QStringLiteral("p.category_id = ?"), {categoryId});
    const QString sql =
        QStringLiteral("SELECT p.id, p.name, p.sku, c.name AS category, p.price, "
                       "COALESCE((SELECT SUM(i.quantity) FROM inventory i WHERE i.product_id = p.id), 0) AS stock, "
                       "p.category_id, p.updated_at FROM products p LEFT JOIN categories c ON c.id = p.category_id")
        + w.sql() + sortClause(productSortColumns(), sortColumn, descending, QStringLiteral("p."));
    return run(db, sql, w.values());
}

QSqlQuery ScreenQueries::categories(const QSqlDatabase &db)
{
    return run(db, QStringLiteral("SELECT c.id, c.name, c.description, "
                                  "(SELECT COUNT(*) FROM products p WHERE p.category_id = c.id) AS products "
                                  "FROM categories c ORDER BY c.name, c.id"));
}

const QStringList &ScreenQueries::inventorySortColumns()
{
    static const QStringList s_columns{QStringLiteral("id"),       QStringLiteral("product"),  QStringLiteral("location"),
                                       QStringLiteral("channel"),  QStringLiteral("quantity"), QStringLiteral("low_stock_threshold"),
                                       QStringLiteral("last_restock_date"), QStringLiteral("updated_at")};
    return s_columns;
}

QSqlQuery ScreenQueries::inventory(const QSqlDatabase &db, const QString &search, bool lowStockOnly,
                                   const QString &sortColumn, bool descending)
{
    WhereBuilder w;
    if (!search.trimmed().isEmpty()) {
        const QString pattern = containsPattern(search.trimmed());
        w.add(QStringLiteral("(") + containsCondition(QStringLiteral("p.name")) + QStringLiteral(" OR ")
                  + containsCondition(QStringLiteral("p.sku")) + QStringLiteral(")"),
              {pattern, pattern});
    }
    if (lowStockOnly)
        w.add(QStringLiteral("i.quantity <= i.low_stock_threshold"));
    const QString sql = QStringLiteral("SELECT i.id, i.product_id, p.name AS product, p.sku, i.location, i.channel, i.quantity, "
                                       "i.low_stock_threshold, i.last_restock_date, i.updated_at "
                                       "FROM inventory i JOIN products p ON p.id = i.product_id")
        + w.sql() + sortClause(inventorySortColumns(), sortColumn, descending, QStringLiteral("i."));
    return run(db, sql, w.values());
}

QSqlQuery ScreenQueries::inventoryHistory(const QSqlDatabase &db, qint64 inventoryId)
{
    return run(db,
               QStringLiteral("SELECT h.id, h.created_at, h.previous_quantity, h.new_quantity, "
                              "h.new_quantity - h.previous_quantity AS change_qty, h.change_reason "
                              "FROM inventory_history h WHERE h.inventory_id = ? ORDER BY h.created_at DESC, h.id DESC"),
               {inventoryId});
}

const QStringList &ScreenQueries::customerSortColumns()
{
    static const QStringList s_columns{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("email"),
                                       QStringLiteral("phone"), QStringLiteral("created_at")};
    return s_columns;
}

QSqlQuery ScreenQueries::customers(const QSqlDatabase &db, const QString &search, const QString &sortColumn, bool descending)
{
    WhereBuilder w;
    if (!search.trimmed().isEmpty()) {
        const QString pattern = containsPattern(search.trimmed());
        w.add(QStringLiteral("(") + containsCondition(QStringLiteral("c.name")) + QStringLiteral(" OR ")
                  + containsCondition(QStringLiteral("c.email")) + QStringLiteral(")"),
              {pattern, pattern});
    }
    const QString sql = QStringLiteral("SELECT c.id, c.name, c.email, c.phone, c.address, c.created_at FROM customers c")
        + w.sql() + sortClause(customerSortColumns(), sortColumn, descending, QStringLiteral("c."));
    return run(db, sql, w.values());
}

QSqlQuery ScreenQueries::saleItems(const QSqlDatabase &db, qint64 saleId)
{
    return run(db,
               QStringLiteral("SELECT si.id, si.product_id, p.name AS product, p.sku, si.quantity, si.unit_price, si.discount, "
                              "si.quantity * si.unit_price - si.discount AS line_total "
                              "FROM sale_items si JOIN products p ON p.id = si.product_id WHERE si.sale_id = ? ORDER BY si.id"),
               {saleId});
}
