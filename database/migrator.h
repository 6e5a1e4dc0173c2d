// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

class Database;

/**
 * Applies StoreDesk's numbered, forward-only schema migrations (database/migrations/NNNN_name.sql,
 * compiled in as resources) and records each in `schema_migrations`.
 *
 * Running it twice is a no-op. A database whose recorded version is newer than the newest
 * migration this program knows is refused untouched (StoreError::Kind::Schema). Concurrent
 * start-ups are serialised by an engine lock (advisory lock / GET_LOCK / SQLite write lock).
 */
class Migrator
{
public:
    struct Migration
    {
        int version;
        QString name;
        QString sql;
    };

    explicit Migrator(Database &database);

    /** Every migration this program ships, in version order. */
    static const QList<Migration> &migrations();
    /** The newest schema version this program knows. */
    static int latestVersion();

    /** The database's recorded version (0 for an empty database). Throws StoreError. */
    int currentVersion();
    /** Brings the schema up to latestVersion(); returns how many migrations ran. Throws StoreError. */
    int migrate();

private:
    Database &m_database;
};
