// SPDX-License-Identifier: MIT
#include "sqlitedialect.h"

#include "logging.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace {

/** LOWER() for all of Unicode: SQLite's own folds only A–Z, MySQL and PostgreSQL fold every letter. */
void unicodeLower(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (argc != 1 || sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto *text = static_cast<const char16_t *>(sqlite3_value_text16(argv[0]));
    const int bytes = sqlite3_value_bytes16(argv[0]);
    const QString lower = QString::fromUtf16(text, bytes / 2).toLower();
    sqlite3_result_text16(context, lower.utf16(), int(lower.size() * 2), SQLITE_TRANSIENT);
}

} // namespace

void SqliteDialect::prepareConnection(QSqlDatabase &db) const
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return;
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
    if (!connection)
        return;
    if (sqlite3_create_function_v2(connection, "lower", 1, SQLITE_UTF16 | SQLITE_DETERMINISTIC, nullptr, &unicodeLower,
                                   nullptr, nullptr, nullptr) != SQLITE_OK)
        qCWarning(lcDatabase) << "could not install the Unicode LOWER() function";
}

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
        .replace(QStringLiteral("${TABLE_OPTIONS}"), QString())
        // Stored in primary-key order: a range of days is read from contiguous pages.
        .replace(QStringLiteral("${KEYED_TABLE_OPTIONS}"), QStringLiteral("WITHOUT ROWID"));
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
