// SPDX-License-Identifier: MIT
#pragma once

#include "databaseerror.h"
#include "databaseurl.h"

#include <QSqlDatabase>
#include <QStringList>

#include <memory>

/**
 * Everything that differs between SQLite, MySQL/MariaDB and PostgreSQL, in one place per engine:
 * driver set-up, per-connection session settings, transaction start, DDL types, the migration
 * lock and the classification of driver errors. Repositories write portable SQL and ask the
 * dialect only for these differences.
 */
class Dialect
{
public:
    virtual ~Dialect() = default;

    /** The dialect for @p engine; lives for the whole program. */
    static const Dialect &forEngine(DatabaseUrl::Engine engine);

    virtual DatabaseUrl::Engine engine() const = 0;
    /** Qt SQL driver name: QSQLITE, QMYSQL or QPSQL. */
    virtual QString driverName() const = 0;
    /** Sets host, port, file and connect options on a not-yet-open connection. */
    virtual void configure(QSqlDatabase &db, const DatabaseUrl &url) const = 0;
    /** Driver-level set-up right after a connection opens (SQLite: Unicode-aware LOWER()). */
    virtual void prepareConnection(QSqlDatabase &db) const { Q_UNUSED(db); }
    /** Statements run once after each connection opens (pragmas, session time zone, SQL mode). */
    virtual QStringList sessionStatements() const = 0;
    /** Starts a write transaction that holds its locks to the end. */
    virtual QString beginTransaction() const = 0;
    /** Replaces ${PK}, ${FK}, ${TS}, ${TEXT}, ${TABLE_OPTIONS}, ${KEYED_TABLE_OPTIONS} (kept in key order) in migration DDL. */
    virtual QString expandDdl(QString ddl) const = 0;
    /** Whether DDL inside a transaction is rolled back with it (MySQL commits DDL implicitly). */
    virtual bool transactionalDdl() const = 0;
    /** Takes/releases the cross-process lock that serialises migrations; empty = not needed. */
    virtual QString migrationLock() const = 0;
    virtual QString migrationUnlock() const = 0;
    /** Suffix that locks the selected rows until the transaction ends (SQLite: the write lock already does). */
    virtual QString forUpdate() const = 0;
    /**
     * Suffix of a SELECT that locks its rows against updates but not against each other (other
     * readers with the same lock, and the key-share locks foreign keys take, go on).
     */
    virtual QString forShare() const = 0;
    /**
     * INSERT of one row into @p table (columns @p keys then @p values, '?' placeholders) that,
     * when a row with the same key exists, adds the values to it instead: the rollup update.
     * SQLite and PostgreSQL: ON CONFLICT … DO UPDATE; MySQL: ON DUPLICATE KEY UPDATE.
     */
    virtual QString upsertAdd(const QString &table, const QStringList &keys, const QStringList &values) const;
    /** Whether INSERT … RETURNING id is the way to learn a new row's id (else lastInsertId()). */
    virtual bool insertReturning() const = 0;
    /**
     * A cheap statement whose single value changes whenever another connection (of any process)
     * commits a change; empty when the engine has none (then only this process's own writes are
     * seen at once, see Database::changeStamp()).
     */
    virtual QString changeCounterSql() const { return {}; }
    /** SQL that lists the user tables of the current database, one name per row. */
    virtual QString listTablesSql() const = 0;

    /** Sorts a driver error into the categories the database layer reacts to. */
    virtual DatabaseError::Category classify(const QSqlError &error) const = 0;
};
