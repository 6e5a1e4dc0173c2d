// SPDX-License-Identifier: MIT
#include "customerrepository.h"

#include "connection.h"
#include "sqlhelpers.h"
#include "sqlquery.h"
#include "timeutil.h"

namespace {

const QString kColumns = QStringLiteral("id, name, email, phone, address, created_at, updated_at");

Customer read(const SqlQuery &q)
{
    return Customer{q.int64(0), q.string(1), q.string(2), q.string(3), q.string(4),
                    TimeUtil::fromDb(q.value(5)), TimeUtil::fromDb(q.value(6))};
}

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

WhereBuilder where(const CustomerFilter &f)
{
    WhereBuilder w;
    if (!f.q.isEmpty()) {
        const QString pattern = containsPattern(f.q);
        w.add(u'(' + containsCondition(QStringLiteral("name")) + QStringLiteral(" OR ")
                  + containsCondition(QStringLiteral("email")) + u')',
              {pattern, pattern});
    }
    return w;
}

} // namespace

const QStringList &CustomerRepository::sortColumns()
{
    static const QStringList s_columns{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("email"),
                                       QStringLiteral("created_at"), QStringLiteral("updated_at")};
    return s_columns;
}

QList<Customer> CustomerRepository::list(const CustomerFilter &filter)
{
    const WhereBuilder w = where(filter);
    QVariantList values = w.values();
    const QString column = sortColumns().contains(filter.sortColumn) ? filter.sortColumn : QStringLiteral("id");
    SqlQuery q(m_conn, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM customers") + w.sql()
                           + orderBy(column, filter.sortDescending) + limitOffset(filter.page, values));
    bindAll(q, values);
    q.exec();
    QList<Customer> result;
    while (q.next())
        result << read(q);
    return result;
}

qint64 CustomerRepository::count(const CustomerFilter &filter)
{
    const WhereBuilder w = where(filter);
    SqlQuery q(m_conn, QStringLiteral("SELECT COUNT(*) FROM customers") + w.sql());
    bindAll(q, w.values());
    return q.scalar().toLongLong();
}

std::optional<Customer> CustomerRepository::find(qint64 id)
{
    SqlQuery q(m_conn, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM customers WHERE id = ?"));
    q.bind(id).exec();
    if (!q.next())
        return std::nullopt;
    return read(q);
}

std::optional<Customer> CustomerRepository::findByEmail(const QString &email)
{
    SqlQuery q(m_conn, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM customers WHERE email = ?"));
    q.bind(email).exec();
    if (!q.next())
        return std::nullopt;
    return read(q);
}

QList<Customer> CustomerRepository::findMany(const QList<qint64> &ids)
{
    QList<Customer> result;
    if (ids.isEmpty())
        return result;
    SqlQuery q(m_conn, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM customers WHERE id IN ") + inList(ids.size()));
    for (qint64 id : ids)
        q.bind(id);
    q.exec();
    while (q.next())
        result << read(q);
    return result;
}

void CustomerRepository::insert(Customer &c)
{
    c.id = m_conn.insert(QStringLiteral("INSERT INTO customers (name, email, phone, address, created_at, updated_at) "
                                        "VALUES (?, ?, ?, ?, ?, ?)"),
                         {c.name, nullable(c.email), nullable(c.phone), nullable(c.address),
                          TimeUtil::toDb(c.createdAt), TimeUtil::toDb(c.updatedAt)});
}

void CustomerRepository::update(const Customer &c)
{
    SqlQuery q(m_conn, QStringLiteral("UPDATE customers SET name = ?, email = ?, phone = ?, address = ?, updated_at = ? WHERE id = ?"));
    q.bind(c.name).bind(nullable(c.email)).bind(nullable(c.phone)).bind(nullable(c.address));
    q.bind(TimeUtil::toDb(c.updatedAt)).bind(c.id).exec();
}

void CustomerRepository::remove(qint64 id)
{
    SqlQuery q(m_conn, QStringLiteral("DELETE FROM customers WHERE id = ?"));
    q.bind(id).exec();
}

qint64 CustomerRepository::saleCount(qint64 id)
{
    SqlQuery q(m_conn, QStringLiteral("SELECT COUNT(*) FROM sales WHERE customer_id = ?"));
    q.bind(id);
    return q.scalar().toLongLong();
}
