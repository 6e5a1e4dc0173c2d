// SPDX-License-Identifier: MIT
#pragma once

#include "store.h"
#include "storeconfig.h"

#include <QString>
#include <QStringList>

#include <memory>

/**
 * The databases the tests run against. SQLite always; MySQL/MariaDB and PostgreSQL when
 * STOREDESK_TEST_MYSQL_URL / STOREDESK_TEST_PGSQL_URL name a server (test.sh starts local ones).
 * STOREDESK_TEST_ENGINE restricts a run to one engine (ctest runs each engine as its own entry).
 *
 * Each test program gets its own database on the servers (named after the program), so
 * programs can run in parallel; each test function starts from an empty, migrated schema.
 */
namespace TestDatabases {

/** Engines to run: "sqlite", "mysql", "postgresql". */
QStringList engines();

/** Test defaults: UTC store time zone, threshold 10. */
StoreConfig defaultConfig();

/** Adds a global data column "engine" with one row per engine (call from initTestCase_data()). */
void addEngineRows();

/**
 * A Store on an empty, freshly migrated database of @p engine. @p config's databaseUrl is
 * replaced; its other settings are kept (time zone, threshold …).
 */
std::unique_ptr<Store> freshStore(const QString &engine, StoreConfig config = defaultConfig());

/** A database URL for @p engine whose database exists but whose schema is empty. */
QString emptyDatabaseUrl(const QString &engine);

/** Main helper: exits 77 (ctest "skipped") when STOREDESK_TEST_ENGINE names an engine with no URL. */
int skipIfEngineUnavailable();

} // namespace TestDatabases

/** QTEST_GUILESS_MAIN that honours STOREDESK_TEST_ENGINE. */
#define STOREDESK_DB_TEST_MAIN(TestObject)                                                                            \
    int main(int argc, char *argv[])                                                                                 \
    {                                                                                                                \
        QCoreApplication app(argc, argv);                                                                            \
        if (const int skip = TestDatabases::skipIfEngineUnavailable())                                               \
            return skip;                                                                                             \
        TestObject tc;                                                                                               \
        QTEST_SET_MAIN_SOURCE_PATH                                                                                   \
        return QTest::qExec(&tc, argc, argv);                                                                        \
    }
