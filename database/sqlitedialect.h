// SPDX-License-Identifier: MIT
#pragma once

#include "dialect.h"

/** SQLite: WAL, a busy timeout, foreign keys on, BEGIN IMMEDIATE for writes. */
class SqliteDialect final : public Dialect
{
public:
    DatabaseUrl::Engine engine() const override { return DatabaseUrl::Engine::SQLite; }
    QString driverName() const override { return QStringLiteral("QSQLITE"); }
    void configure(QSqlDatabase &db, const DatabaseUrl &url) const override;
    void prepareConnection(QSqlDatabase &db) const override;
    QStringList sessionStatements() const override;
    QString beginTransaction() const override { return QStringLiteral("BEGIN IMMEDIATE"); }
    QString expandDdl(QString ddl) const override;
    bool transactionalDdl() const override { return true; }
    QString migrationLock() const override { return {}; }
    QString migrationUnlock() const override { return {}; }
    QString forUpdate() const override { return {}; }
    QString forShare() const override { return {}; }
    bool insertReturning() const override { return false; }
    QString listTablesSql() const override;
    QString changeCounterSql() const override { return QStringLiteral("PRAGMA data_version"); }
    DatabaseError::Category classify(const QSqlError &error) const override;

    /** Milliseconds a statement waits for another connection's write lock before failing. */
    static constexpr int kBusyTimeoutMs = 5000;
};
