// SPDX-License-Identifier: MIT
#pragma once

#include "databaseurl.h"
#include "dialect.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <memory>
#include <unordered_map>

class QSqlError;
class QSqlQuery;

/**
 * One open database connection, used only by the thread that opened it (Database hands each
 * thread its own). Runs the dialect's session statements after opening and tracks the
 * transaction nesting that Transaction relies on.
 */
class Connection
{
public:
    /** Registers (but does not open) a Qt SQL connection called @p name. */
    Connection(const DatabaseUrl &url, const QString &name);
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    /** Opens the connection if needed. Throws StoreError(Unavailable) with a one-line reason. */
    void ensureOpen();
    /** Closes the connection; the next ensureOpen() reconnects. */
    void reset();

    QSqlDatabase database() const;
    const Dialect &dialect() const { return *m_dialect; }
    const DatabaseUrl &url() const { return m_url; }

    /** Runs @p sql without parameters. Throws DatabaseError. */
    void exec(const QString &sql);
    /**
     * Runs an INSERT with positional '?' values and returns the new row's id (RETURNING id on
     * PostgreSQL, lastInsertId elsewhere). Throws DatabaseError.
     */
    qint64 insert(const QString &sql, const QVariantList &values);

    /** Throws a DatabaseError for @p error, classified by the dialect. */
    [[noreturn]] void fail(const QSqlError &error, const QString &statement) const;

    /**
     * The dialect's change counter as seen by this connection (SQLite: PRAGMA data_version,
     * which moves when any other connection commits); -1 when the engine has none or it fails.
     */
    qint64 changeCounter();

    /**
     * A prepared statement for @p sql from this connection's statement cache (or newly prepared;
     * nullptr with @p error set when preparing fails). Hand it back with releaseStatement() when
     * done; a statement in use is never handed out twice, so nested use of one SQL text is fine.
     */
    std::unique_ptr<QSqlQuery> takeStatement(const QString &sql, QSqlError *error);
    void releaseStatement(const QString &sql, std::unique_ptr<QSqlQuery> statement);

    int transactionDepth() const { return m_transactionDepth; }
    void setTransactionDepth(int depth) { m_transactionDepth = depth; }

private:
    DatabaseUrl m_url;
    const Dialect *m_dialect;
    QString m_name;
    int m_transactionDepth = 0;
    std::unique_ptr<QSqlQuery> m_changeQuery; ///< prepared once per open connection
    /** Prepared statements kept for reuse: preparing cost a quarter of a recorded sale. */
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    static constexpr size_t kMaxStatements = 128;
};
