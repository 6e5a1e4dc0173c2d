// SPDX-License-Identifier: MIT
#include "sqlitedialect.h"

void SqliteDialect::configure(QSqlDatabase &db, const DatabaseUrl &url) const
{
    db.setDatabaseName(url.path());
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
}

QStringList SqliteDialect::sessionStatements() const
{
    return {QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=NORMAL"),
            QStringLiteral("PRAGMA foreign_keys=ON"), QStringLiteral("PRAGMA busy_timeout=%1").arg(kBusyTimeoutMs)};
}

QString SqliteDialect::expandDdl(QString ddl) const
{
    return ddl.replace(QStringLiteral("${PK}"), QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT"))
        .replace(QStringLiteral("${FK}"), QStringLiteral("INTEGER"))
        .replace(QStringLiteral("${TS}"), QStringLiteral("TEXT"))
        .replace(QStringLiteral("${TEXT}"), QStringLiteral("TEXT"))
        .replace(QStringLiteral("${TABLE_OPTIONS}"), QString());
}

QString SqliteDialect::listTablesSql() const
{
    return QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
}

DatabaseError::Category SqliteDialect::classify(const QSqlError &error) const
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    const QString text = error.databaseText() + u' ' + error.driverText();
    if (code == 5 /*SQLITE_BUSY*/ || code == 6 /*SQLITE_LOCKED*/ || text.contains(QStringLiteral("database is locked")))
        return DatabaseError::Category::Retryable;
    if (text.contains(QStringLiteral("UNIQUE constraint failed")))
        return DatabaseError::Category::UniqueViolation;
    if (text.contains(QStringLiteral("FOREIGN KEY constraint failed")))
        return DatabaseError::Category::ForeignKeyViolation;
    if (text.contains(QStringLiteral("CHECK constraint failed")) || text.contains(QStringLiteral("NOT NULL constraint failed")))
        return DatabaseError::Category::CheckViolation;
    return DatabaseError::Category::Other;
}
