// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>

class Connection;

/**
 * A prepared, forward-only statement on one Connection with positional '?' values. Every failure
 * throws DatabaseError (classified by the dialect), so repository code reads straight through.
 * The prepared statement comes from the connection's statement cache and goes back to it when
 * the SqlQuery ends, so a statement run again is not prepared again.
 */
class SqlQuery
{
public:
    SqlQuery(Connection &connection, const QString &sql);
    ~SqlQuery();
    SqlQuery(const SqlQuery &) = delete;
    SqlQuery &operator=(const SqlQuery &) = delete;

    SqlQuery &bind(const QVariant &value);
    /** Binds an optional id, NULL when absent or 0. */
    SqlQuery &bindId(qint64 id);
    SqlQuery &exec();

    bool next() { return m_query->next(); }
    QVariant value(int column) const { return m_query->value(column); }
    qint64 int64(int column) const { return m_query->value(column).toLongLong(); }
    QString string(int column) const { return m_query->value(column).toString(); }
    bool isNull(int column) const { return m_query->isNull(column); }
    int rowsAffected() const { return m_query->numRowsAffected(); }
    qint64 lastInsertId() const { return m_query->lastInsertId().toLongLong(); }

    /** Runs the query and returns the first column of the first row (invalid if no row). */
    QVariant scalar();

private:
    Connection &m_connection;
    std::unique_ptr<QSqlQuery> m_query;
    QString m_sql;
};
