// SPDX-License-Identifier: MIT
#pragma once

#include "dialect.h"

/** MySQL/MariaDB: InnoDB, utf8mb4 with binary collation, strict mode, UTC session. */
class MysqlDialect final : public Dialect
{
public:
    DatabaseUrl::Engine engine() const override { return DatabaseUrl::Engine::MySQL; }
    QString driverName() const override { return QStringLiteral("QMYSQL"); }
    void configure(QSqlDatabase &db, const DatabaseUrl &url) const override;
    QStringList sessionStatements() const override;
    QString beginTransaction() const override { return QStringLiteral("START TRANSACTION"); }
    QString expandDdl(QString ddl) const override;
    bool transactionalDdl() const override { return false; }
    QString migrationLock() const override { return QStringLiteral("SELECT GET_LOCK('storedesk_migrate', 60)"); }
    QString migrationUnlock() const override { return QStringLiteral("SELECT RELEASE_LOCK('storedesk_migrate')"); }
    QString forUpdate() const override { return QStringLiteral(" FOR UPDATE"); }
    QString forShare() const override { return QStringLiteral(" LOCK IN SHARE MODE"); }
    bool insertReturning() const override { return false; }
    QString upsertAdd(const QString &table, const QStringList &keys, const QStringList &values) const override;
    QString listTablesSql() const override;
    DatabaseError::Category classify(const QSqlError &error) const override;
};
