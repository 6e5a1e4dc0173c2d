// SPDX-License-Identifier: MIT
#include "connection.h"

#include "logging.h"
#include "sqlquery.h"
#include "storeerror.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QThread>

Connection::Connection(const DatabaseUrl &url, const QString &name)
    : m_url(url)
    , m_dialect(&Dialect::forEngine(url.engine()))
    , m_name(name)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect->driverName(), m_name);
    m_dialect->configure(db, m_url);
}

Connection::~Connection()
{
    m_statements.clear();
    m_changeQuery.reset();
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase Connection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

void Connection::ensureOpen()
{
    QSqlDatabase db = database();
    if (db.isOpen())
        return;
    if (!db.isValid()) {
        throw StoreError(StoreError::Kind::Unavailable, QStringLiteral("driver_missing"),
                         QStringLiteral("the Qt SQL driver %1 is not installed (install libqt6sql6-%2)")
                             .arg(m_dialect->driverName(), m_url.engineName() == u"postgresql" ? QStringLiteral("psql") : m_url.engineName()));
    }
    if (m_url.engine() == DatabaseUrl::Engine::SQLite && m_url.path() != u":memory:") {
        const QFileInfo dir(QFileInfo(m_url.path()).absolutePath());
        if (!dir.isDir())
            throw StoreError(StoreError::Kind::Unavailable, QStringLiteral("database_unreachable"),
                             QStringLiteral("cannot open SQLite database %1: folder %2 does not exist")
                                 .arg(m_url.path(), dir.filePath()));
    }
    if (!db.open()) {
        const QString reason = db.lastError().text().simplified();
        throw StoreError(StoreError::Kind::Unavailable, QStringLiteral("database_unreachable"),
                         QStringLiteral("cannot connect to %1: %2").arg(m_url.displayName(), reason));
    }
    m_dialect->prepareConnection(db);
    for (const QString &sql : m_dialect->sessionStatements()) {
        // Switching a new SQLite file to WAL ignores the busy timeout: two processes opening it
        // at once can see "database is locked" here, so transient failures are retried.
        for (int attempt = 0;; ++attempt) {
            try {
                exec(sql);
                break;
            } catch (const DatabaseError &e) {
                if (e.category() == DatabaseError::Category::Retryable && attempt < 100) {
                    QThread::msleep(10 + 5 * std::min(attempt, 10));
                    continue;
                }
                db.close();
                throw StoreError(StoreError::Kind::Unavailable, QStringLiteral("database_unreachable"),
                                 QStringLiteral("cannot set up connection to %1: %2").arg(m_url.displayName(), e.message()));
            }
        }
    }
    m_transactionDepth = 0;
}

void Connection::reset()
{
    m_statements.clear();
    m_changeQuery.reset();
    QSqlDatabase db = database();
    if (db.isOpen())
        db.close();
    m_transactionDepth = 0;
}

std::unique_ptr<QSqlQuery> Connection::takeStatement(const QString &sql, QSqlError *error)
{
    const auto it = m_statements.find(sql);
    if (it != m_statements.end()) {
        std::unique_ptr<QSqlQuery> statement = std::move(it->second);
        m_statements.erase(it);
        return statement;
    }
    auto statement = std::make_unique<QSqlQuery>(database());
    statement->setForwardOnly(true);
    if (!statement->prepare(sql)) {
        *error = statement->lastError();
        return nullptr;
    }
    return statement;
}

void Connection::releaseStatement(const QString &sql, std::unique_ptr<QSqlQuery> statement)
{
    if (!statement || !database().isOpen())
        return;
    statement->finish(); // releases the result set and, on SQLite, the statement's read lock
    if (m_statements.size() >= kMaxStatements)
        m_statements.clear(); // dynamic SQL (filters, IN lists) must not grow it without bound
    m_statements.emplace(sql, std::move(statement));
}

qint64 Connection::changeCounter()
{
    const QString sql = m_dialect->changeCounterSql();
    if (sql.isEmpty())
        return -1;
    if (!m_changeQuery) {
        m_changeQuery = std::make_unique<QSqlQuery>(database());
        if (!m_changeQuery->prepare(sql)) {
            m_changeQuery.reset();
            return -1;
        }
    }
    if (!m_changeQuery->exec() || !m_changeQuery->next()) {
        m_changeQuery.reset();
        return -1;
    }
    const qint64 value = m_changeQuery->value(0).toLongLong();
    m_changeQuery->finish();
    return value;
}

void Connection::exec(const QString &sql)
{
    QSqlQuery query(database());
    if (!query.exec(sql))
        fail(query.lastError(), sql);
}

qint64 Connection::insert(const QString &sql, const QVariantList &values)
{
    const bool returning = m_dialect->insertReturning();
    SqlQuery query(*this, returning ? sql + QStringLiteral(" RETURNING id") : sql);
    for (const QVariant &v : values)
        query.bind(v);
    query.exec();
    if (returning) {
        if (!query.next())
            fail(QSqlError(QStringLiteral("INSERT returned no id"), {}, QSqlError::StatementError), sql);
        return query.value(0).toLongLong();
    }
    return query.lastInsertId();
}

void Connection::fail(const QSqlError &error, const QString &statement) const
{
    const auto category = m_dialect->classify(error);
    if (category == DatabaseError::Category::Other)
        qCWarning(lcDatabase).noquote() << "SQL failed:" << error.text().simplified() << "in" << statement.simplified();
    throw DatabaseError(category, error, statement);
}
