// SPDX-License-Identifier: MIT
#include "migrator.h"

#include "database.h"
#include "logging.h"
#include "sqlquery.h"
#include "timeutil.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace {

const QString kCreateMigrationsTable = QStringLiteral(
    "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER NOT NULL PRIMARY KEY, "
    "name VARCHAR(200) NOT NULL, applied_at ${TS} NOT NULL) ${TABLE_OPTIONS}");

QStringList splitStatements(const QString &sql)
{
    QStringList statements;
    QString current;
    const QStringList lines = sql.split(u'\n');
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QStringLiteral("--")) || trimmed.isEmpty())
            continue;
        current += line + u'\n';
        if (trimmed.endsWith(u';')) {
            current = current.trimmed();
            current.chop(1);
            statements << current;
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

bool hasMigrationsTable(Connection &conn)
{
    SqlQuery tables(conn, conn.dialect().listTablesSql());
    tables.exec();
    while (tables.next()) {
        if (tables.string(0) == u"schema_migrations")
            return true;
    }
    return false;
}

int recordedVersion(Connection &conn)
{
    if (!hasMigrationsTable(conn))
        return 0;
    SqlQuery q(conn, QStringLiteral("SELECT MAX(version) FROM schema_migrations"));
    return q.scalar().toInt();
}

StoreError tooNew(int found)
{
    return StoreError(StoreError::Kind::Schema, QStringLiteral("schema_too_new"),
                      QStringLiteral("the database schema is version %1, newer than this StoreDesk supports (%2); "
                                     "upgrade StoreDesk — the database was not changed")
                          .arg(found)
                          .arg(Migrator::latestVersion()));
}

} // namespace

Migrator::Migrator(Database &database)
    : m_database(database)
{
}

const QList<Migrator::Migration> &Migrator::migrations()
{
    static const QList<Migration> s_migrations = [] {
        QList<Migration> list;
        static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_(.+)\\.sql$"));
        const QStringList files = QDir(QStringLiteral(":/storedesk/migrations")).entryList(QDir::Files, QDir::Name);
        for (const QString &file : files) {
            const auto match = pattern.match(file);
            if (!match.hasMatch())
                continue;
            QFile f(QStringLiteral(":/storedesk/migrations/") + file);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            list.append({match.captured(1).toInt(), match.captured(2), QString::fromUtf8(f.readAll())});
        }
        return list;
    }();
    return s_migrations;
}

int Migrator::latestVersion()
{
    return migrations().isEmpty() ? 0 : migrations().constLast().version;
}

int Migrator::currentVersion()
{
    return m_database.read([](Connection &conn) { return recordedVersion(conn); });
}

int Migrator::migrate()
{
    if (migrations().isEmpty())
        throw StoreError(StoreError::Kind::Internal, QStringLiteral("no_migrations"),
                         QStringLiteral("this build of StoreDesk contains no schema migrations"));
    // Cheap check first, without any lock or write: an up-to-date or newer database is left alone.
    const int before = currentVersion();
    if (before > latestVersion())
        throw tooNew(before);
    if (before == latestVersion())
        return 0;

    return m_database.read([this](Connection &conn) {
        const Dialect &dialect = conn.dialect();
        const bool serverLock = !dialect.migrationLock().isEmpty();
        if (serverLock)
            conn.exec(dialect.migrationLock());
        int applied = 0;
        try {
            if (!dialect.transactionalDdl())
                conn.exec(dialect.expandDdl(kCreateMigrationsTable));
            for (const Migration &migration : migrations()) {
                // Each migration in its own transaction (where the engine can roll DDL back); the
                // version is re-read under the lock, so a concurrent start-up never applies one twice.
                Transaction tx(conn);
                if (dialect.transactionalDdl())
                    conn.exec(dialect.expandDdl(kCreateMigrationsTable));
                const int version = recordedVersion(conn);
                if (version > latestVersion())
                    throw tooNew(version);
                if (migration.version <= version)
                    continue;
                qCInfo(lcDatabase) << "applying migration" << migration.version << migration.name;
                for (const QString &statement : splitStatements(migration.sql))
                    conn.exec(dialect.expandDdl(statement));
                SqlQuery record(conn, QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"));
                record.bind(migration.version).bind(migration.name).bind(TimeUtil::toDb(TimeUtil::nowUtc())).exec();
                tx.commit();
                ++applied;
            }
        } catch (...) {
            if (serverLock) {
                try { conn.exec(dialect.migrationUnlock()); } catch (...) {}
            }
            throw;
        }
        if (serverLock)
            conn.exec(dialect.migrationUnlock());
        return applied;
    });
}
