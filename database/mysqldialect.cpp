// SPDX-License-Identifier: MIT
#include "mysqldialect.h"

void MysqlDialect::configure(QSqlDatabase &db, const DatabaseUrl &url) const
{
    db.setHostName(url.host());
    db.setPort(url.port());
    db.setUserName(url.user());
    db.setPassword(url.password());
    db.setDatabaseName(url.databaseName());
    QStringList options{QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=5"), QStringLiteral("MYSQL_OPT_RECONNECT=0")};
    if (!url.socket().isEmpty())
        options << QStringLiteral("UNIX_SOCKET=") + url.socket();
    db.setConnectOptions(options.join(u';'));
}

QStringList MysqlDialect::sessionStatements() const
{
    return {QStringLiteral("SET NAMES utf8mb4 COLLATE utf8mb4_bin"), QStringLiteral("SET time_zone = '+00:00'"),
            QStringLiteral("SET SESSION sql_mode = 'STRICT_ALL_TABLES,NO_ZERO_DATE,NO_ZERO_IN_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION'"),
            QStringLiteral("SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED")};
}

QString MysqlDialect::expandDdl(QString ddl) const
{
    const QString options = QStringLiteral("ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin");
    return ddl.replace(QStringLiteral("${PK}"), QStringLiteral("BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY"))
        .replace(QStringLiteral("${FK}"), QStringLiteral("BIGINT"))
        .replace(QStringLiteral("${TS}"), QStringLiteral("DATETIME"))
        .replace(QStringLiteral("${TEXT}"), QStringLiteral("TEXT"))
        .replace(QStringLiteral("${TABLE_OPTIONS}"), options)
        .replace(QStringLiteral("${KEYED_TABLE_OPTIONS}"), options); // InnoDB keeps every table in key order
}

QString MysqlDialect::listTablesSql() const
{
    return QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()");
}

DatabaseError::Category MysqlDialect::classify(const QSqlError &error) const
{
    switch (error.nativeErrorCode().toInt()) {
    case 1062: return DatabaseError::Category::UniqueViolation;
    case 1451:
    case 1452: return DatabaseError::Category::ForeignKeyViolation;
    case 1048:
    case 3819:
    case 4025: return DatabaseError::Category::CheckViolation;
    case 1205:
    case 1213: return DatabaseError::Category::Retryable;
    case 2002:
    case 2003:
    case 2006:
    case 2013:
    case 2055: return DatabaseError::Category::ConnectionLost;
    default: break;
    }
    if (error.type() == QSqlError::ConnectionError)
        return DatabaseError::Category::ConnectionLost;
    return DatabaseError::Category::Other;
}

QString MysqlDialect::upsertAdd(const QString &table, const QStringList &keys, const QStringList &values) const
{
    QStringList sets;
    for (const QString &v : values)
        sets << QStringLiteral("%1 = %1 + VALUES(%1)").arg(v);
    return QStringLiteral("INSERT INTO %1 (%2, %3) VALUES (%4) ON DUPLICATE KEY UPDATE %5")
        .arg(table, keys.join(QStringLiteral(", ")), values.join(QStringLiteral(", ")),
             QStringList(keys.size() + values.size(), QStringLiteral("?")).join(QStringLiteral(", ")),
             sets.join(QStringLiteral(", ")));
}
