// SPDX-License-Identifier: MIT
#include "dialect.h"

#include "mysqldialect.h"
#include "postgresdialect.h"
#include "sqlitedialect.h"

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
