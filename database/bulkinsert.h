// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

class Connection;

/**
 * One table's multi-row INSERT for bulk loads (demo data, analytics rebuilds), inside the caller's
 * transaction. Values are bound by name straight into a prepared statement of about 2,000 values
 * (rounded down to whole rows, or fewer when the caller says fewer rows will come), which runs
 * whenever it is full; finish() writes a remainder with a statement of its exact size. Throws
 * DatabaseError.
 */
class BulkInsert
{
public:
    struct Column
    {
        QString name;
        /** Takes DemoDataWriter::text() values: on SQLite UTF-8 bytes, turned into TEXT in SQL. */
        bool text = false;
    };

    BulkInsert(Connection &conn, const QString &table, const QList<Column> &columns, qsizetype rowsHint = -1);
    BulkInsert(const BulkInsert &) = delete;
    BulkInsert &operator=(const BulkInsert &) = delete;

    /** Binds the next value (rows column by column, in the column order given). */
    BulkInsert &operator<<(const QVariant &value);
    /** Writes the rows bound since the last full statement. */
    void finish();

private:
    QString sql(qsizetype values) const;
    std::unique_ptr<QSqlQuery> prepare(qsizetype values);
    void exec(QSqlQuery &query, qsizetype values);

    Connection &m_conn;
    const QList<Column> m_columns;
    const QStringList &m_names;
    QString m_head;
    bool m_castText = false;
    qsizetype m_capacity = 0;
    std::unique_ptr<QSqlQuery> m_full;
    qsizetype m_bound = 0;
};
