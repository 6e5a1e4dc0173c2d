// SPDX-License-Identifier: MIT
#include "testdatabases.h"

#include "connection.h"
#include "database.h"
#include "demodatawriter.h"
#include "migrator.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

namespace TestDatabases {
namespace {

QString serverUrl(const QString &engine)
{
    if (engine == u"mysql")
        return qEnvironmentVariable("STOREDESK_TEST_MYSQL_URL");
    if (engine == u"postgresql")
        return qEnvironmentVariable("STOREDESK_TEST_PGSQL_URL");
    return {};
}

QString databaseName(const QString &engine)
{
    QString name = QCoreApplication::applicationName().toLower();
    name.replace(QRegularExpression(QStringLiteral("[^a-z0-9_]")), QStringLiteral("_"));
    // The build tree's path in the name too: two build trees running the same program against
    // the same servers must not drop each other's database.
    const QByteArray tree = QCryptographicHash::hash(QCoreApplication::applicationDirPath().toUtf8(), QCryptographicHash::Sha1)
                                .toHex()
                                .left(6);
    return QStringLiteral("sdt_") + name.left(40) + u'_' + engine.left(2) + u'_' + QString::fromLatin1(tree);
}

/** Re-points a server URL at another database on the same server. */
QString withDatabase(const QString &url, const QString &database)
{
    const qsizetype slash = url.lastIndexOf(u'/');
    const qsizetype query = url.indexOf(u'?', slash);
    return url.left(slash + 1) + database + (query >= 0 ? url.mid(query) : QString());
}

QTemporaryDir &tempDir()
{
    static QTemporaryDir s_dir;
    return s_dir;
}

/** Creates (once per program run) this program's own database on the server and returns its URL. */
QString serverDatabaseUrl(const QString &engine)
{
    static QHash<QString, QString> s_created;
    if (s_created.contains(engine))
        return s_created.value(engine);
    const QString admin = serverUrl(engine);
    const QString name = databaseName(engine);
    {
        Database db(DatabaseUrl::parseOrThrow(admin));
        db.read([&](Connection &c) {
            c.exec(QStringLiteral("DROP DATABASE IF EXISTS ") + name);
            c.exec(QStringLiteral("CREATE DATABASE ") + name);
        });
    }
    const QString url = withDatabase(admin, name);
    s_created.insert(engine, url);
    return url;
}

void dropAllTables(const QString &url)
{
    Database db(DatabaseUrl::parseOrThrow(url));
    db.read([](Connection &c) {
        QStringList tables;
        {
            QSqlQuery q(c.database());
            q.exec(c.dialect().listTablesSql());
            while (q.next())
                tables << q.value(0).toString();
        }
        if (c.dialect().engine() == DatabaseUrl::Engine::MySQL)
            c.exec(QStringLiteral("SET FOREIGN_KEY_CHECKS = 0"));
        for (const QString &table : tables)
            c.exec(QStringLiteral("DROP TABLE IF EXISTS ") + table
                   + (c.dialect().engine() == DatabaseUrl::Engine::PostgreSQL ? QStringLiteral(" CASCADE") : QString()));
        if (c.dialect().engine() == DatabaseUrl::Engine::MySQL)
            c.exec(QStringLiteral("SET FOREIGN_KEY_CHECKS = 1"));
    });
}

} // namespace

QStringList engines()
{
    const QString only = qEnvironmentVariable("STOREDESK_TEST_ENGINE");
    QStringList list{QStringLiteral("sqlite")};
    if (!serverUrl(QStringLiteral("mysql")).isEmpty())
        list << QStringLiteral("mysql");
    if (!serverUrl(QStringLiteral("postgresql")).isEmpty())
        list << QStringLiteral("postgresql");
    if (!only.isEmpty())
        return list.contains(only) ? QStringList{only} : QStringList{};
    return list;
}

void addEngineRows()
{
    QTest::addColumn<QString>("engine");
    const QStringList list = engines();
    for (const QString &engine : list)
        QTest::newRow(engine.toUtf8().constData()) << engine;
}

StoreConfig defaultConfig()
{
    StoreConfig config;
    config.storeTimeZone = QTimeZone::utc();
    config.lowStockThreshold = 10;
    return config;
}

QString emptyDatabaseUrl(const QString &engine)
{
    if (engine == u"sqlite") {
        static int s_counter = 0;
        return QStringLiteral("sqlite:///") + tempDir().filePath(QStringLiteral("test-%1.db").arg(++s_counter));
    }
    const QString url = serverDatabaseUrl(engine);
    dropAllTables(url);
    return url;
}

std::unique_ptr<Store> freshStore(const QString &engine, StoreConfig config)
{
    config.databaseUrl = emptyDatabaseUrl(engine);
    return std::make_unique<Store>(config);
}

int skipIfEngineUnavailable()
{
    const QString only = qEnvironmentVariable("STOREDESK_TEST_ENGINE");
    if (!only.isEmpty() && engines().isEmpty()) {
        QTextStream(stdout) << "SKIP: no " << only << " server configured (set STOREDESK_TEST_"
                            << (only == u"mysql" ? "MYSQL" : "PGSQL") << "_URL; test.sh does)" << Qt::endl;
        return 77;
    }
    return 0;
}

} // namespace TestDatabases
