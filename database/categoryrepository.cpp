// SPDX-License-Identifier: MIT
#include "categoryrepository.h"

#include "connection.h"
#include "sqlhelpers.h"
#include "sqlquery.h"
#include "timeutil.h"

namespace {

const QString kColumns = QStringLiteral("id, name, description, created_at, updated_at");

Category read(const SqlQuery &q)
{
    return Category{q.int64(0), q.string(1), q.string(2), TimeUtil::fromDb(q.value(3)), TimeUtil::fromDb(q.value(4))};
}

WhereBuilder where(const CategoryFilter &filter)
{
    WhereBuilder w;
    if (!filter.q.isEmpty())
        w.add(containsCondition(QStringLiteral("name")), {containsPattern(filter.q)});
    return w;
}

} // namespace

QList<Category> CategoryRepository::list(const CategoryFilter &filter)
{
    const WhereBuilder w = where(filter);
    QVariantList values = w.values();
    SqlQuery q(m_conn, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM categories") + w.sql()
                           + orderBy(QStringLiteral("id"), false) + limitOffset(filter.page, values));
    bindAll(q, values);
    q.exec();
    QList<Category> result;
    while (q.next())
        result << read(q);
    return result;
}

qint64 CategoryRepository::count(const CategoryFilter &filter)
{
    const WhereBuilder w = where(filter);
    SqlQuery q(m_conn, QStringLiteral("SELECT COUNT(*) FROM categories") + w.sql());
    bindAll(q, w.values());
    return q.scalar().toLongLong();
}

std::optional<Category> CategoryRepository::find(qint64 id)
{
    SqlQuery q(m_conn, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM categories WHERE id = ?"));
    q.bind(id).exec();
    if (!q.next())
        return std::nullopt;
    return read(q);
}

std::optional<Category> CategoryRepository::findByName(const QString &name)
{
    SqlQuery q(m_conn, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM categories WHERE name = ?"));
    q.bind(name).exec();
    if (!q.next())
        return std::nullopt;
    return read(q);
}

void CategoryRepository::insert(Category &c)
{
    c.id = m_conn.insert(QStringLiteral("INSERT INTO categories (name, description, created_at, updated_at) VALUES (?, ?, ?, ?)"),
                         {c.name, c.description, TimeUtil::toDb(c.createdAt), TimeUtil::toDb(c.updatedAt)});
}

void CategoryRepository::update(const Category &c)
{
    SqlQuery q(m_conn, QStringLiteral("UPDATE categories SET name = ?, description = ?, updated_at = ? WHERE id = ?"));
    q.bind(c.name).bind(c.description).bind(TimeUtil::toDb(c.updatedAt)).bind(c.id).exec();
}

void CategoryRepository::remove(qint64 id)
{
    SqlQuery q(m_conn, QStringLiteral("DELETE FROM categories WHERE id = ?"));
    q.bind(id).exec();
}

qint64 CategoryRepository::productCount(qint64 id)
{
    SqlQuery q(m_conn, QStringLiteral("SELECT COUNT(*) FROM products WHERE category_id = ?"));
    q.bind(id);
    return q.scalar().toLongLong();
}
