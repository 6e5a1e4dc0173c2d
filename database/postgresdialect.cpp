// SPDX-License-Identifier: MIT
#include "postgresdialect.h"

void PostgresDialect::configure(QSqlDatabase &db, const DatabaseUrl &url) const
{
    db.setHostName(url.host());
    db.setPort(url.port());
    db.setUserName(url.user());
    db.setPassword(url.password());
    db.setDatabaseName(url.databaseName());
    db.setConnectOptions(QStringLiteral("connect_timeout=5;application_name=storedesk"));
}

QStringList PostgresDialect::sessionStatements() const
{
    return {QStringLiteral("SET TIME ZONE 'UTC'"), QStringLiteral("SET client_min_messages TO WARNING")};
}

QString PostgresDialect::expandDdl(QString ddl) const
{
    return ddl.replace(QStringLiteral("${PK}"), QStringLiteral("BIGSERIAL PRIMARY KEY"))
        .replace(QStringLiteral("${FK}"), QStringLiteral("BIGINT"))
        .replace(QStringLiteral("${TS}"), QStringLiteral("TIMESTAMP(0) WITHOUT TIME ZONE"))
        .replace(QStringLiteral("${TEXT}"), QStringLiteral("TEXT"))
        .replace(QStringLiteral("${TABLE_OPTIONS}"), QString())
        .replace(QStringLiteral("${KEYED_TABLE_OPTIONS}"), QString());
}

QString PostgresDialect::listTablesSql() const
{
    return QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()");
}

DatabaseError::Category PostgresDialect::classify(const QSqlError &error) const
{
    const QString state = error.nativeErrorCode();
    if (state == u"23505")
        return DatabaseError::Category::UniqueViolation;
    if (state == u"23503")
        return DatabaseError::Category::ForeignKeyViolation;
    if (state == u"23514" || state == u"23502")
        return DatabaseError::Category::CheckViolation;
    if (state == u"40001" || state == u"40P01" || state == u"55P03")
        return DatabaseError::Category::Retryable;
    if (state.startsWith(QStringLiteral("08")) || state.startsWith(QStringLiteral("57P")) || error.type() == QSqlError::ConnectionError)
        return DatabaseError::Category::ConnectionLost;
    return DatabaseError::Category::Other;
}
