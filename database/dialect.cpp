// SPDX-License-Identifier: MIT
#include "dialect.h"

#include "mysqldialect.h"
#include "postgresdialect.h"
#include "sqlitedialect.h"

QString Dialect::upsertAdd(const QString &table, const QStringList &keys, const QStringList &values) const
{
    QStringList sets;
    for (const QString &v : values)
        sets << QStringLiteral("%1 = %2.%1 + excluded.%1").arg(v, table);
    return QStringLiteral("INSERT INTO %1 (%2, %3) VALUES (%4) ON CONFLICT (%2) DO UPDATE SET %5")
        .arg(table, keys.join(QStringLiteral(", ")), values.join(QStringLiteral(", ")),
             QStringList(keys.size() + values.size(), QStringLiteral("?")).join(QStringLiteral(", ")),
             sets.join(QStringLiteral(", ")));
}

const Dialect &Dialect::forEngine(DatabaseUrl::Engine engine)
{
    static const SqliteDialect s_sqlite;
    static const MysqlDialect s_mysql;
    static const PostgresDialect s_postgres;
    switch (engine) {
    case DatabaseUrl::Engine::SQLite: return s_sqlite;
    case DatabaseUrl::Engine::MySQL: return s_mysql;
    case DatabaseUrl::Engine::PostgreSQL: return s_postgres;
    }
    return s_sqlite;
}
