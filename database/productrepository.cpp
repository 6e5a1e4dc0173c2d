// SPDX-License-Identifier: MIT
#include "productrepository.h"

#include "connection.h"
#include "sqlhelpers.h"
#include "sqlquery.h"
#include "timeutil.h"

namespace {

const QString kColumns = QStringLiteral("id, name, description, sku, price, category_id, created_at, updated_at");

Product read(const SqlQuery &q)
{
    return Product{q.int64(0),
                   q.string(1),
                   q.string(2),
                   q.string(3),
                   Money::fromCents(q.int64(4)),
                   q.int64(5),
                   TimeUtil::fromDb(q.value(6)),
                   TimeUtil::fromDb(q.value(7))};
}

WhereBuilder where(const ProductFilter &f)
{
    WhereBuilder w;
    if (f.categoryId)
        w.add(QStringLiteral("category_id = ?"), {*f.categoryId});
    if (!f.q.isEmpty()) {
        const QString pattern = containsPattern(f.q);
        w.add(u'(' + containsCondition(QStringLiteral("name")) + QStringLiteral(" OR ")
                  + containsCondition(QStringLiteral("sku")) + u')',
              {pattern, pattern});
    }
    if (f.minPrice)
        w.add(QStringLiteral("price >= ?"), {qint64(f.minPrice->cents())});
    if (f.maxPrice)
        w.add(QStringLiteral("price <= ?"), {qint64(f.maxPrice->cents())});
    return w;
}

} // namespace

const QStringList &ProductRepository::sortColumns()
{
    static const QStringList s_columns{QStringLiteral("id"),         QStringLiteral("name"),
                                       QStringLiteral("sku"),        QStringLiteral("price"),
                                       QStringLiteral("category_id"), QStringLiteral("created_at"),
                                       QStringLiteral("updated_at")};
    return s_columns;
}

QList<Product> ProductRepository::list(const ProductFilter &filter)
{
    const WhereBuilder w = where(filter);
    QVariantList values = w.values();
    const QString column = sortColumns().contains(filter.sortColumn) ? filter.sortColumn : QStringLiteral("id");
    SqlQuery q(m_conn, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM products") + w.sql()
                           + orderBy(column, filter.sortDescending) + limitOffset(filter.page, values));
    bindAll(q, values);
    q.exec();
    QList<Product> result;
    while (q.next())
        result << read(q);
    return result;
}

qint64 ProductRepository::count(const ProductFilter &filter)
{
    const WhereBuilder w = where(filter);
    SqlQuery q(m_conn, QStringLiteral("SELECT COUNT(*) FROM products") + w.sql());
    bindAll(q, w.values());
    return q.scalar().toLongLong();
}

std::optional<Product> ProductRepository::find(qint64 id)
{
    SqlQuery q(m_conn, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM products WHERE id = ?"));
    q.bind(id).exec();
    if (!q.next())
        return std::nullopt;
    return read(q);
}

std::optional<Product> ProductRepository::findBySku(const QString &sku)
{
    SqlQuery q(m_conn, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM products WHERE sku = ?"));
    q.bind(sku).exec();
    if (!q.next())
        return std::nullopt;
    return read(q);
}

QList<Product> ProductRepository::findMany(const QList<qint64> &ids)
{
    QList<Product> result;
    if (ids.isEmpty())
        return result;
    SqlQuery q(m_conn, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM products WHERE id IN ") + inList(ids.size()));
    for (qint64 id : ids)
        q.bind(id);
    q.exec();
    while (q.next())
        result << read(q);
    return result;
}

void ProductRepository::insert(Product &p)
{
    p.id = m_conn.insert(QStringLiteral("INSERT INTO products (name, description, sku, price, category_id, created_at, "
                                        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                         {p.name, p.description, p.sku, qint64(p.price.cents()), p.categoryId,
                          TimeUtil::toDb(p.createdAt), TimeUtil::toDb(p.updatedAt)});
}

void ProductRepository::update(const Product &p)
{
    SqlQuery q(m_conn, QStringLiteral("UPDATE products SET name = ?, description = ?, sku = ?, price = ?, "
                                      "category_id = ?, updated_at = ? WHERE id = ?"));
    q.bind(p.name).bind(p.description).bind(p.sku).bind(qint64(p.price.cents())).bind(p.categoryId);
    q.bind(TimeUtil::toDb(p.updatedAt)).bind(p.id).exec();
}

void ProductRepository::remove(qint64 id)
{
    SqlQuery q(m_conn, QStringLiteral("DELETE FROM products WHERE id = ?"));
    q.bind(id).exec();
}

bool ProductRepository::hasSales(qint64 id)
{
    SqlQuery q(m_conn, QStringLiteral("SELECT 1 FROM sale_items WHERE product_id = ? LIMIT 1"));
    q.bind(id);
    return q.scalar().isValid();
}
