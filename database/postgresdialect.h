// SPDX-License-Identifier: MIT
#pragma once

#include "dialect.h"

/** PostgreSQL: UTC session, advisory lock for migrations, SQLSTATE-based classification. */
class PostgresDialect final : public Dialect
{
public:
    DatabaseUrl::Engine engine() const override { return DatabaseUrl::Engine::PostgreSQL; }
    QString driverName() const override { return QStringLiteral("QPSQL"); }
    void configure(QSqlDatabase &db, const DatabaseUrl &url) const override;
    QStringList sessionStatements() const override;
    QString beginTransaction() const override { return QStringLiteral("BEGIN"); }
    QString expandDdl(QString ddl) const override;
    bool transactionalDdl() const override { return true; }
    QString migrationLock() const override { return QStringLiteral("SELECT pg_advisory_lock(727211)"); }
    QString migrationUnlock() const override { return QStringLiteral("SELECT pg_advisory_unlock(727211)"); }
    QString forUpdate() const override { return QStringLiteral(" FOR UPDATE"); }
    QString forShare() const override { return QStringLiteral(" FOR SHARE"); }
    bool insertReturning() const override { return true; }
    QString listTablesSql() const override;
    DatabaseError::Category classify(const QSqlError &error) const override;
};
