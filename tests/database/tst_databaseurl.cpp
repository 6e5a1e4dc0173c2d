// SPDX-License-Identifier: MIT
#include "databaseurl.h"
#include "storeerror.h"

#include <QTest>
#include <QUrl>

Q_DECLARE_METATYPE(DatabaseUrl::Engine)

class TestDatabaseUrl : public QObject
{
    Q_OBJECT

private slots:
    void validUrls_data();
    void validUrls();
    void invalidUrls_data();
    void invalidUrls();
    void redactedHidesThePassword_data();
    void redactedHidesThePassword();
    void engineNames();
};

void TestDatabaseUrl::validUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<DatabaseUrl::Engine>("engine");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("socket");

    using E = DatabaseUrl::Engine;
    const QString none;
    // SQLite: three slashes and a relative path, four and an absolute one.
    QTest::newRow("sqlite relative") << "sqlite:///relative.db" << E::SQLite << "relative.db" << none << 0 << none << none << none << none;
    QTest::newRow("sqlite relative subdir") << "sqlite:///data/store.db" << E::SQLite << "data/store.db" << none << 0 << none << none << none << none;
    QTest::newRow("sqlite absolute") << "sqlite:////abs/path.db" << E::SQLite << "/abs/path.db" << none << 0 << none << none << none << none;
    QTest::newRow("sqlite memory") << "sqlite:///:memory:" << E::SQLite << ":memory:" << none << 0 << none << none << none << none;
    QTest::newRow("sqlite percent-encoded space") << "sqlite:////tmp/my%20store.db" << E::SQLite << "/tmp/my store.db" << none << 0 << none << none << none << none;
    QTest::newRow("sqlite query ignored") << "sqlite:///store.db?timeout=5" << E::SQLite << "store.db" << none << 0 << none << none << none << none;
    QTest::newRow("sqlite percent-encoded question mark") << "sqlite:////tmp/what%3F.db" << E::SQLite << "/tmp/what?.db" << none << 0 << none << none << none << none;
    QTest::newRow("sqlite surrounding spaces") << "  sqlite:///x.db  " << E::SQLite << "x.db" << none << 0 << none << none << none << none;

    // MySQL / MariaDB.
    QTest::newRow("mysql") << "mysql://user:pass@host:3306/db" << E::MySQL << none << "host" << 3306 << "user" << "pass" << "db" << none;
    QTest::newRow("mysql default port") << "mysql://shop:secret@db.example.com/store" << E::MySQL << none << "db.example.com" << 3306 << "shop" << "secret" << "store" << none;
    QTest::newRow("mysql other port") << "mysql://u:p@10.0.0.5:3307/shop" << E::MySQL << none << "10.0.0.5" << 3307 << "u" << "p" << "shop" << none;
    QTest::newRow("mysql+pymysql") << "mysql+pymysql://app:pw@localhost:3306/storedesk" << E::MySQL << none << "localhost" << 3306 << "app" << "pw" << "storedesk" << none;
    QTest::newRow("mariadb") << "mariadb://app:pw@maria.local/storedesk" << E::MySQL << none << "maria.local" << 3306 << "app" << "pw" << "storedesk" << none;
    QTest::newRow("mysql upper-case scheme") << "MySQL://app:pw@h/db" << E::MySQL << none << "h" << 3306 << "app" << "pw" << "db" << none;
    QTest::newRow("mysql no password") << "mysql://root@localhost/db" << E::MySQL << none << "localhost" << 3306 << "root" << none << "db" << none;
    QTest::newRow("mysql percent-encoded credentials")
        << "mysql://us%40er:p%40ss%3Aw%2Fd%25@host:3306/db" << E::MySQL << none << "host" << 3306 << "us@er" << "p@ss:w/d%" << "db" << none;
    QTest::newRow("mysql unix_socket with host")
        << "mysql://app:pw@localhost/db?unix_socket=/run/mysqld/mysqld.sock" << E::MySQL << none << "localhost" << 3306 << "app" << "pw" << "db"
        << "/run/mysqld/mysqld.sock";
    QTest::newRow("mysql unix_socket without host")
        << "mysql+pymysql://app:pw@/db?unix_socket=/var/run/mysqld/mysqld.sock" << E::MySQL << none << none << 3306 << "app" << "pw" << "db"
        << "/var/run/mysqld/mysqld.sock";

    // PostgreSQL.
    QTest::newRow("postgresql") << "postgresql://user:pass@host:5432/db" << E::PostgreSQL << none << "host" << 5432 << "user" << "pass" << "db" << none;
    QTest::newRow("postgres default port") << "postgres://app:pw@pg.local/store" << E::PostgreSQL << none << "pg.local" << 5432 << "app" << "pw" << "store" << none;
    QTest::newRow("postgresql+psycopg2") << "postgresql+psycopg2://app:pw@127.0.0.1:6543/store" << E::PostgreSQL << none << "127.0.0.1" << 6543 << "app" << "pw" << "store" << none;
    QTest::newRow("postgresql IPv6 host") << "postgresql://app:pw@[::1]:5433/store" << E::PostgreSQL << none << "::1" << 5433 << "app" << "pw" << "store" << none;
    QTest::newRow("postgresql percent-encoded password")
        << "postgresql://app:p%23ss%20w%3Ford@host/db" << E::PostgreSQL << none << "host" << 5432 << "app" << "p#ss w?ord" << "db" << none;
    QTest::newRow("postgresql socket host query")
        << "postgresql://app:pw@/db?host=/var/run/postgresql" << E::PostgreSQL << none << "/var/run/postgresql" << 5432 << "app" << "pw" << "db" << none;
}

void TestDatabaseUrl::validUrls()
{
    QFETCH(QString, url);
    QFETCH(DatabaseUrl::Engine, engine);
    QFETCH(QString, path);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, database);
    QFETCH(QString, socket);

    QString error = QStringLiteral("untouched");
    const auto parsed = DatabaseUrl::parse(url, &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->engine(), engine);
    if (engine == DatabaseUrl::Engine::SQLite) {
        QCOMPARE(parsed->path(), path);
    } else {
        QCOMPARE(parsed->host(), host);
        QCOMPARE(parsed->port(), port);
        QCOMPARE(parsed->user(), user);
        QCOMPARE(parsed->password(), password);
        QCOMPARE(parsed->databaseName(), database);
        QCOMPARE(parsed->socket(), socket);
    }
    // parseOrThrow agrees and does not throw.
    const DatabaseUrl again = DatabaseUrl::parseOrThrow(url);
    QCOMPARE(again.engine(), engine);
    QCOMPARE(again.path(), parsed->path());
    QCOMPARE(again.databaseName(), parsed->databaseName());
}

void TestDatabaseUrl::invalidUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << QStringLiteral("   ");
    QTest::newRow("no scheme, a file name") << QStringLiteral("storedesk.db");
    QTest::newRow("no scheme, a path") << QStringLiteral("/var/lib/storedesk.db");
    QTest::newRow("scheme without slashes") << QStringLiteral("sqlite:storedesk.db");
    QTest::newRow("only a separator") << QStringLiteral("://host/db");
    QTest::newRow("unknown scheme oracle") << QStringLiteral("oracle://u:p@host:1521/db");
    QTest::newRow("unknown scheme http") << QStringLiteral("http://example.com/db");
    QTest::newRow("sqlite two slashes") << QStringLiteral("sqlite://relative.db");
    QTest::newRow("sqlite no file") << QStringLiteral("sqlite:///");
    QTest::newRow("sqlite folder") << QStringLiteral("sqlite:////tmp/");
    QTest::newRow("sqlite folder with a line break") << QStringLiteral("sqlite:///\r\nt/");
    QTest::newRow("mysql missing host") << QStringLiteral("mysql://u:p@/db");
    QTest::newRow("mysql nothing after scheme") << QStringLiteral("mysql://");
    QTest::newRow("postgresql missing host") << QStringLiteral("postgresql:///db");
    QTest::newRow("mysql missing database") << QStringLiteral("mysql://u:p@host:3306");
    QTest::newRow("mysql missing database, slash") << QStringLiteral("mysql://u:p@host:3306/");
    QTest::newRow("postgresql missing database") << QStringLiteral("postgresql://u:p@host");
    QTest::newRow("database with a slash") << QStringLiteral("postgresql://u:p@host/db/extra");
    QTest::newRow("port not a number") << QStringLiteral("mysql://u:p@host:abc/db");
    QTest::newRow("port too large") << QStringLiteral("mysql://u:p@host:70000/db");
    QTest::newRow("port zero") << QStringLiteral("postgresql://u:p@host:0/db");
    QTest::newRow("port negative") << QStringLiteral("postgresql://u:p@host:-5/db");
    QTest::newRow("bad port, with a password") << QStringLiteral("mysql://u:hunter2secret@host:99999/db");
    QTest::newRow("unescaped @ in the password") << QStringLiteral("mysql://u:hunter2@secret@host/db");
    QTest::newRow("bad character in the password") << QStringLiteral("mysql://u:hunter2secret%@host/db");
    QTest::newRow("text before the separator") << QStringLiteral("DATABASE_URL=mysql:/u:hunter2secret@h\nx://h/db");
}

void TestDatabaseUrl::invalidUrls()
{
    QFETCH(QString, url);
    QString error;
    const auto parsed = DatabaseUrl::parse(url, &error);
    QVERIFY2(!parsed, qPrintable(QStringLiteral("accepted as ") + (parsed ? parsed->redacted() : QString())));
    QVERIFY(!error.trimmed().isEmpty());
    QVERIFY2(!error.contains(u'\n') && !error.contains(u'\r'), qPrintable(error));
    // The message goes to logs and stderr: never any part of a password.
    QVERIFY2(!error.contains(QStringLiteral("hunter2")), qPrintable(error));
    // Without an error pointer it must not crash either.
    QVERIFY(!DatabaseUrl::parse(url));
    try {
        DatabaseUrl::parseOrThrow(url);
        QFAIL("parseOrThrow accepted it");
    } catch (const StoreError &e) {
        QCOMPARE(e.kind(), StoreError::Kind::Config);
        QCOMPARE(e.message(), error);
    }
}

void TestDatabaseUrl::redactedHidesThePassword_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("password"); // as decoded
    QTest::addColumn<QString>("mustContain");
    QTest::newRow("mysql") << "mysql://shop:Sup3rS3cret@db.example.com:3306/store" << "Sup3rS3cret" << "db.example.com";
    QTest::newRow("mariadb") << "mariadb://shop:Sup3rS3cret@db.example.com/store" << "Sup3rS3cret" << "store";
    QTest::newRow("postgresql") << "postgresql://app:Hunter2Hunter2@pg.local:5432/store" << "Hunter2Hunter2" << "pg.local";
    QTest::newRow("postgres+psycopg2") << "postgresql+psycopg2://app:Hunter2Hunter2@pg.local/store" << "Hunter2Hunter2" << "app";
    QTest::newRow("percent-encoded") << "mysql://app:p%40ssW0rd%21@host/db" << "p@ssW0rd!" << "host";
    QTest::newRow("socket") << "mysql://app:S0cketPass@/db?unix_socket=/run/mysqld/mysqld.sock" << "S0cketPass" << "db";
    QTest::newRow("no password") << "postgresql://app@pg.local/store" << "" << "app@pg.local";
    QTest::newRow("sqlite") << "sqlite:////srv/data/store.db" << "" << "/srv/data/store.db";
}

void TestDatabaseUrl::redactedHidesThePassword()
{
    QFETCH(QString, url);
    QFETCH(QString, password);
    QFETCH(QString, mustContain);
    const auto parsed = DatabaseUrl::parse(url);
    QVERIFY(parsed);
    QCOMPARE(parsed->password(), password);
    const QString redacted = parsed->redacted();
    QVERIFY2(redacted.contains(mustContain), qPrintable(redacted));
    if (!password.isEmpty()) {
        QVERIFY2(!redacted.contains(password), qPrintable(redacted));
        QVERIFY2(!redacted.contains(QString::fromUtf8(QUrl::toPercentEncoding(password))), qPrintable(redacted));
        QVERIFY2(redacted.contains(QStringLiteral("***")), qPrintable(redacted));
        QVERIFY(!parsed->displayName().contains(password));
    } else {
        QVERIFY(!redacted.contains(QStringLiteral("***")));
    }
}

void TestDatabaseUrl::engineNames()
{
    QCOMPARE(DatabaseUrl::parseOrThrow(QStringLiteral("sqlite:///a.db")).engineName(), QStringLiteral("sqlite"));
    QCOMPARE(DatabaseUrl::parseOrThrow(QStringLiteral("mariadb://u:p@h/d")).engineName(), QStringLiteral("mysql"));
    QCOMPARE(DatabaseUrl::parseOrThrow(QStringLiteral("postgres://u:p@h/d")).engineName(), QStringLiteral("postgresql"));
}

QTEST_GUILESS_MAIN(TestDatabaseUrl)
#include "tst_databaseurl.moc"
