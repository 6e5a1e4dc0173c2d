// SPDX-License-Identifier: MIT
#include "bulkinsert.h"

#include "connection.h"

#include <QSqlError>

#include <algorithm>

namespace {

// Bound values per INSERT statement: bigger statements mean fewer executions, but SQLite resolves
// named parameters with a linear search while it compiles a statement (quadratic in their count:
// ~10 ms to prepare 1000, ~50 ms for 2000, over a second for 10000) — and Qt hands it named ones
// even for "?". 1000 and 2000 measured the same on SQLite; MySQL and PostgreSQL like fewer round
// trips. Every engine's parameter limit (MySQL, PostgreSQL: 65535; SQLite: 32766) is far away.
constexpr qsizetype kValuesPerStatement = 2000;

/** Placeholder names ":a0"…: bound by name, which Qt looks up in a hash (by position it formats a name per value). */
const QStringList &placeholderNames()
{
    static const QStringList names = [] {
        QStringList list;
        list.reserve(kValuesPerStatement);
        for (qsizetype i = 0; i < kValuesPerStatement; ++i)
            list << QStringLiteral(":a") + QString::number(i, 36);
        return list;
    }();
    return names;
}

/**
 * Whether the load runs in a SQLite transaction of its own (not nested in a caller's), where any
 * failure undoes everything. Then a UNIQUE or NOT NULL violation may roll back the whole
 * transaction at once (INSERT OR ROLLBACK) and — foreign keys being off for the load, see
 * DemoDataWriter::beginBulkLoad() — SQLite keeps no statement journal: a copy of every existing page a multi-row
 * INSERT changes, to undo just that statement (a quarter of the load's time). The only cost: on
 * such a violation (a bug) Transaction's own ROLLBACK finds nothing to undo and logs a warning.
 */
bool ownSqliteTransaction(const Connection &conn)
{
    return conn.dialect().engine() == DatabaseUrl::Engine::SQLite && conn.transactionDepth() == 1;
}

} // namespace

BulkInsert::BulkInsert(Connection &conn, const QString &table, const QList<Column> &columns, qsizetype rowsHint)
    : m_conn(conn)
    , m_columns(columns)
    , m_names(placeholderNames())
{
    qsizetype rows = std::max<qsizetype>(1, kValuesPerStatement / m_columns.size());
    if (rowsHint >= 0)
        rows = std::clamp<qsizetype>(rowsHint, 1, rows);
    m_capacity = rows * m_columns.size();
    QStringList names;
    for (const Column &c : columns)
        names << c.name;
    m_head = (ownSqliteTransaction(conn) ? QStringLiteral("INSERT OR ROLLBACK INTO ") : QStringLiteral("INSERT INTO ")) + table
        + QStringLiteral(" (") + names.join(QStringLiteral(", ")) + QStringLiteral(") VALUES ");
    m_castText = conn.dialect().engine() == DatabaseUrl::Engine::SQLite;
}

BulkInsert &BulkInsert::operator<<(const QVariant &value)
{
    if (!m_full)
        m_full = prepare(m_capacity);
    m_full->bindValue(m_names.at(m_bound), value);
    if (++m_bound == m_capacity) {
        exec(*m_full, m_capacity);
        m_bound = 0;
    }
    return *this;
}

void BulkInsert::finish()
{
    Q_ASSERT(m_bound % m_columns.size() == 0);
    if (m_bound == 0)
        return;
    const std::unique_ptr<QSqlQuery> rest = prepare(m_bound);
    for (qsizetype i = 0; i < m_bound; ++i)
        rest->bindValue(m_names.at(i), m_full->boundValue(m_names.at(i)));
    exec(*rest, m_bound);
    m_bound = 0;
}

QString BulkInsert::sql(qsizetype values) const
{
    QString text = m_head;
    text.reserve(m_head.size() + values * 8);
    for (qsizetype i = 0; i < values; ++i) {
        const qsizetype column = i % m_columns.size();
        text += column == 0 ? (i == 0 ? u"(" : u"),(") : u",";
        if (m_castText && m_columns.at(column).text)
            text += QStringLiteral("CAST(") + m_names.at(i) + QStringLiteral(" AS TEXT)");
        else
            text += m_names.at(i);
    }
    text += u')';
    return text;
}

std::unique_ptr<QSqlQuery> BulkInsert::prepare(qsizetype values)
{
    auto query = std::make_unique<QSqlQuery>(m_conn.database());
    query->setForwardOnly(true);
    const QString text = sql(values);
    if (!query->prepare(text))
        m_conn.fail(query->lastError(), text);
    return query;
}

void BulkInsert::exec(QSqlQuery &query, qsizetype values)
{
    if (!query.exec())
        m_conn.fail(query.lastError(), sql(values));
}
