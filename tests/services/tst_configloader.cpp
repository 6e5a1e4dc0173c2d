// SPDX-License-Identifier: MIT
#include "configloader.h"
#include "databaseurl.h"
#include "storeerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

/** One field of a StoreConfig, as text, by its SPEC §2 key. */
QString field(const StoreConfig &c, const QString &key)
{
    if (key == u"DATABASE_URL") return c.databaseUrl;
    if (key == u"API_V1_STR") return c.apiPrefix;
    if (key == u"PROJECT_NAME") return c.projectName;
    if (key == u"STOREDESK_HOST") return c.host;
    if (key == u"STOREDESK_PORT") return QString::number(c.port);
    if (key == u"STOREDESK_API_TOKEN") return c.apiToken;
    if (key == u"RATE_LIMIT_PER_MINUTE") return QString::number(c.rateLimitPerMinute);
    if (key == u"STORE_TIMEZONE") return QString::fromUtf8(c.storeTimeZone.id());
    if (key == u"STORE_CURRENCY") return c.currency;
    if (key == u"LOW_STOCK_THRESHOLD") return QString::number(c.lowStockThreshold);
    if (key == u"STOREDESK_CORS_ORIGINS") return c.corsOrigins.join(u',');
    if (key == u"STOREDESK_TLS_CERT") return c.tlsCertificate;
    if (key == u"STOREDESK_TLS_KEY") return c.tlsKey;
    qFatal("unknown key %s", qPrintable(key));
}

} // namespace

class TestConfigLoader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void everyKeyHasASettingsKey();
    void defaults();
    void defaultDatabaseUrlIsSqliteInAppData();
    void precedence_data();
    void precedence();
    void emptySettingsValueIsIgnored();
    void envFileParsing();
    void envFileValue_data();
    void envFileValue();
    void envFileFeedsTheConfig();
    void missingEnvFileIsFine();
    void goodValues_data();
    void goodValues();
    void badValues_data();
    void badValues();

private:
    QString writeEnvFile(const QByteArray &content);
    void clearSources();

    QTemporaryDir m_dir;
    int m_fileCounter = 0;
};

void TestConfigLoader::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("StoreDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_configloader"));
    // The settings file must be in the test location, never the user's real one.
    QSettings probe;
    QVERIFY2(probe.fileName().contains(QStringLiteral("qttest")), qPrintable(probe.fileName()));
}

void TestConfigLoader::clearSources()
{
    for (const QString &key : ConfigLoader::keys())
        qunsetenv(key.toLatin1().constData());
    QSettings settings;
    settings.clear();
    settings.sync();
}

void TestConfigLoader::init()
{
    clearSources();
}

void TestConfigLoader::cleanupTestCase()
{
    clearSources();
    const QString file = QSettings().fileName();
    QFile::remove(file);
    QStandardPaths::setTestModeEnabled(false);
}

QString TestConfigLoader::writeEnvFile(const QByteArray &content)
{
    const QString path = m_dir.filePath(QStringLiteral("env-%1").arg(++m_fileCounter));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(content);
    return path;
}

void TestConfigLoader::everyKeyHasASettingsKey()
{
    const QStringList expected{QStringLiteral("DATABASE_URL"),        QStringLiteral("API_V1_STR"),
                               QStringLiteral("PROJECT_NAME"),        QStringLiteral("STOREDESK_HOST"),
                               QStringLiteral("STOREDESK_PORT"),      QStringLiteral("STOREDESK_API_TOKEN"),
                               QStringLiteral("RATE_LIMIT_PER_MINUTE"), QStringLiteral("STORE_TIMEZONE"),
                               QStringLiteral("STORE_CURRENCY"),      QStringLiteral("LOW_STOCK_THRESHOLD"),
                               QStringLiteral("STOREDESK_CORS_ORIGINS"), QStringLiteral("STOREDESK_TLS_CERT"),
                               QStringLiteral("STOREDESK_TLS_KEY")};
    QCOMPARE(ConfigLoader::keys(), expected);
    QSet<QString> settingsKeys;
    for (const QString &key : expected) {
        const QString s = ConfigLoader::settingsKey(key);
        QVERIFY2(!s.isEmpty(), qPrintable(key));
        settingsKeys << s;
    }
    QCOMPARE(settingsKeys.size(), expected.size());
}

void TestConfigLoader::defaults()
{
    const StoreConfig c = ConfigLoader::load({}, m_dir.filePath(QStringLiteral("no-such.env")), true);
    QCOMPARE(c.apiPrefix, QStringLiteral("/api/v1"));
    QCOMPARE(c.projectName, QStringLiteral("E-commerce Admin Dashboard API"));
    QCOMPARE(c.host, QStringLiteral("127.0.0.1"));
    QCOMPARE(c.port, 8000);
    QVERIFY(c.apiToken.isEmpty());
    QCOMPARE(c.rateLimitPerMinute, 600);
    QCOMPARE(c.storeTimeZone.id(), QTimeZone::systemTimeZone().id());
    QCOMPARE(c.currency, QStringLiteral("USD"));
    QCOMPARE(c.lowStockThreshold, qint64(10));
    QCOMPARE(c.corsOrigins, QStringList{QStringLiteral("*")});
    QVERIFY(c.tlsCertificate.isEmpty());
    QVERIFY(c.tlsKey.isEmpty());
    QCOMPARE(c.databaseUrl, ConfigLoader::defaultDatabaseUrl());
}

void TestConfigLoader::defaultDatabaseUrlIsSqliteInAppData()
{
    const QString url = ConfigLoader::load({}, QString(), false).databaseUrl;
    QVERIFY2(url.startsWith(QStringLiteral("sqlite:///")), qPrintable(url));
    QVERIFY2(url.endsWith(QStringLiteral("storedesk.db")), qPrintable(url));
    QString error;
    const auto parsed = DatabaseUrl::parse(url, &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->engine(), DatabaseUrl::Engine::SQLite);
    QVERIFY2(QDir::isAbsolutePath(parsed->path()), qPrintable(parsed->path()));
    const QString appData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QCOMPARE(QDir::cleanPath(parsed->path()), QDir::cleanPath(QDir(appData).filePath(QStringLiteral("storedesk.db"))));
    QVERIFY(QDir(appData).exists()); // the folder is created, so SQLite can create the file
}

void TestConfigLoader::precedence_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("flag");
    QTest::addColumn<QString>("env");
    QTest::addColumn<QString>("dotenv");
    QTest::addColumn<QString>("settings");
    QTest::addColumn<QString>("expected");

    struct Values { const char *key, *flag, *env, *dotenv, *settings, *fallback; };
    const Values values[] = {
        {"STOREDESK_PORT", "8101", "8102", "8103", "8104", "8000"},
        {"PROJECT_NAME", "From flags", "From env", "From dotenv", "From settings", "E-commerce Admin Dashboard API"},
        {"STORE_CURRENCY", "EUR", "GBP", "JPY", "CHF", "USD"},
        {"DATABASE_URL", "sqlite:///flag.db", "sqlite:///env.db", "sqlite:///dotenv.db", "sqlite:///settings.db", nullptr},
        {"LOW_STOCK_THRESHOLD", "1", "2", "3", "4", "10"},
    };
    for (const Values &v : values) {
        const QString fallback = v.fallback ? QString::fromUtf8(v.fallback) : ConfigLoader::defaultDatabaseUrl();
        // Each row removes the highest remaining source; the next one down must win.
        for (int highest = 0; highest <= 4; ++highest) {
            const char *names[] = {"flag", "env", "dotenv", "settings", "default"};
            const QString f = highest <= 0 ? QString::fromUtf8(v.flag) : QString();
            const QString e = highest <= 1 ? QString::fromUtf8(v.env) : QString();
            const QString d = highest <= 2 ? QString::fromUtf8(v.dotenv) : QString();
            const QString s = highest <= 3 ? QString::fromUtf8(v.settings) : QString();
            const QString expected = highest == 0 ? f : highest == 1 ? e : highest == 2 ? d : highest == 3 ? s : fallback;
            QTest::addRow("%s from %s", v.key, names[highest]) << QString::fromUtf8(v.key) << f << e << d << s << expected;
        }
        // Lower sources alone, with a gap above them.
        QTest::addRow("%s flag over settings", v.key) << QString::fromUtf8(v.key) << QString::fromUtf8(v.flag) << QString()
                                                     << QString() << QString::fromUtf8(v.settings) << QString::fromUtf8(v.flag);
        QTest::addRow("%s env over settings", v.key) << QString::fromUtf8(v.key) << QString() << QString::fromUtf8(v.env)
                                                    << QString() << QString::fromUtf8(v.settings) << QString::fromUtf8(v.env);
    }
}

void TestConfigLoader::precedence()
{
    QFETCH(QString, key);
    QFETCH(QString, flag);
    QFETCH(QString, env);
    QFETCH(QString, dotenv);
    QFETCH(QString, settings);
    QFETCH(QString, expected);

    QHash<QString, QString> flags;
    if (!flag.isEmpty())
        flags.insert(key, flag);
    if (!env.isEmpty())
        qputenv(key.toLatin1().constData(), env.toUtf8());
    const QString envFile = writeEnvFile(dotenv.isEmpty() ? QByteArray("# nothing here\n")
                                                          : QString(key + u'=' + dotenv + u'\n').toUtf8());
    if (!settings.isEmpty()) {
        QSettings s;
        s.setValue(ConfigLoader::settingsKey(key), settings);
        s.sync();
    }
    const StoreConfig c = ConfigLoader::load(flags, envFile, true);
    QCOMPARE(field(c, key), expected);
}

void TestConfigLoader::emptySettingsValueIsIgnored()
{
    {
        QSettings s;
        s.setValue(ConfigLoader::settingsKey(QStringLiteral("PROJECT_NAME")), QString());
        s.setValue(ConfigLoader::settingsKey(QStringLiteral("STOREDESK_PORT")), 9123);
        s.sync();
    }
    const StoreConfig c = ConfigLoader::load({}, QString(), true);
    QCOMPARE(c.projectName, QStringLiteral("E-commerce Admin Dashboard API"));
    QCOMPARE(c.port, 9123); // a number stored by the GUI reads back
    // Without settings the stored value is not used.
    QCOMPARE(ConfigLoader::load({}, QString(), false).port, 8000);
}

void TestConfigLoader::envFileParsing()
{
    const QString path = writeEnvFile(
        "# a comment line\n"
        "   # an indented comment\n"
        "\n"
        "export DATABASE_URL=sqlite:///from-env-file.db\n"
        "export    API_V1_STR=/api/v9\n"
        "PROJECT_NAME=\"My Shop API\"\n"
        "STORE_CURRENCY='eur'\n"
        "  STOREDESK_HOST = 0.0.0.0   \n"
        "STOREDESK_API_TOKEN=abc#def\n"
        "RATE_LIMIT_PER_MINUTE=120 # requests per minute\n"
        "STOREDESK_CORS_ORIGINS=\"https://a.example, https://b.example\"\n"
        "STORE_TIMEZONE=\"Europe/Berlin # not a comment inside quotes\"\n"
        "STOREDESK_PORT=9000\r\n"
        "LOW_STOCK_THRESHOLD=\n"
        "=no key\n"
        "a line without an equals sign\n"
        "STOREDESK_TLS_CERT=\"unterminated\n");
    const QHash<QString, QString> v = ConfigLoader::readEnvFile(path);
    QCOMPARE(v.value(QStringLiteral("DATABASE_URL")), QStringLiteral("sqlite:///from-env-file.db"));
    QCOMPARE(v.value(QStringLiteral("API_V1_STR")), QStringLiteral("/api/v9"));
    QCOMPARE(v.value(QStringLiteral("PROJECT_NAME")), QStringLiteral("My Shop API"));
    QCOMPARE(v.value(QStringLiteral("STORE_CURRENCY")), QStringLiteral("eur"));
    QCOMPARE(v.value(QStringLiteral("STOREDESK_HOST")), QStringLiteral("0.0.0.0"));
    QCOMPARE(v.value(QStringLiteral("STOREDESK_API_TOKEN")), QStringLiteral("abc#def"));
    QCOMPARE(v.value(QStringLiteral("RATE_LIMIT_PER_MINUTE")), QStringLiteral("120"));
    QCOMPARE(v.value(QStringLiteral("STOREDESK_CORS_ORIGINS")), QStringLiteral("https://a.example, https://b.example"));
    QCOMPARE(v.value(QStringLiteral("STORE_TIMEZONE")), QStringLiteral("Europe/Berlin # not a comment inside quotes"));
    QCOMPARE(v.value(QStringLiteral("STOREDESK_PORT")), QStringLiteral("9000"));
    QVERIFY(v.contains(QStringLiteral("LOW_STOCK_THRESHOLD")));
    QCOMPARE(v.value(QStringLiteral("LOW_STOCK_THRESHOLD")), QString());
    QCOMPARE(v.value(QStringLiteral("STOREDESK_TLS_CERT")), QStringLiteral("\"unterminated"));
    QVERIFY(!v.contains(QString()));
    // Exactly the assignments above: comments and malformed lines add nothing.
    QStringList keys = v.keys();
    keys.sort();
    QStringList expected{QStringLiteral("API_V1_STR"), QStringLiteral("DATABASE_URL"), QStringLiteral("LOW_STOCK_THRESHOLD"),
                         QStringLiteral("PROJECT_NAME"), QStringLiteral("RATE_LIMIT_PER_MINUTE"), QStringLiteral("STORE_CURRENCY"),
                         QStringLiteral("STORE_TIMEZONE"), QStringLiteral("STOREDESK_API_TOKEN"), QStringLiteral("STOREDESK_CORS_ORIGINS"),
                         QStringLiteral("STOREDESK_HOST"), QStringLiteral("STOREDESK_PORT"), QStringLiteral("STOREDESK_TLS_CERT")};
    expected.sort();
    QCOMPARE(keys, expected);
}

void TestConfigLoader::envFileValue_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QByteArray("KEY=value\n") << "value";
    QTest::newRow("no final newline") << QByteArray("KEY=value") << "value";
    QTest::newRow("spaces around =") << QByteArray("KEY = value  \n") << "value";
    QTest::newRow("tab indent") << QByteArray("\tKEY=value\n") << "value";
    QTest::newRow("export") << QByteArray("export KEY=value\n") << "value";
    QTest::newRow("CRLF") << QByteArray("KEY=value\r\n") << "value";
    QTest::newRow("double quotes") << QByteArray("KEY=\"two words\"\n") << "two words";
    QTest::newRow("single quotes") << QByteArray("KEY='two words'\n") << "two words";
    QTest::newRow("hash inside quotes") << QByteArray("KEY=\"a # b\"\n") << "a # b";
    QTest::newRow("comment after value") << QByteArray("KEY=value # comment\n") << "value";
    QTest::newRow("hash without a space") << QByteArray("KEY=a#b\n") << "a#b";
    QTest::newRow("double-quoted, then a comment") << QByteArray("KEY=\"quoted value\" # comment\n") << "quoted value";
    QTest::newRow("single-quoted, then a comment") << QByteArray("KEY='x y'   # comment\n") << "x y";
    QTest::newRow("quoted with spaces inside") << QByteArray("KEY=\"  padded  \"\n") << "  padded  ";
    QTest::newRow("empty") << QByteArray("KEY=\n") << "";
    QTest::newRow("empty quotes") << QByteArray("KEY=\"\"\n") << "";
    QTest::newRow("equals in the value") << QByteArray("KEY=mysql://u:p@h/db?unix_socket=/run/x.sock\n")
                                         << "mysql://u:p@h/db?unix_socket=/run/x.sock";
    QTest::newRow("later line wins") << QByteArray("KEY=first\nKEY=second\n") << "second";
}

void TestConfigLoader::envFileValue()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, expected);
    const QHash<QString, QString> values = ConfigLoader::readEnvFile(writeEnvFile(line));
    QCOMPARE(values.keys(), QStringList{QStringLiteral("KEY")});
    QCOMPARE(values.value(QStringLiteral("KEY")), expected);
}

void TestConfigLoader::envFileFeedsTheConfig()
{
    const QString path = writeEnvFile(
        "export DATABASE_URL=sqlite:///from-env-file.db\n"
        "PROJECT_NAME=\"My Shop API\"\n"
        "STORE_CURRENCY='eur'\n"
        "STOREDESK_HOST = 0.0.0.0\n"
        "RATE_LIMIT_PER_MINUTE=120 # requests per minute\n"
        "STOREDESK_CORS_ORIGINS=https://a.example, https://b.example\n"
        "STORE_TIMEZONE=Europe/Berlin\n"
        "STOREDESK_TLS_CERT=/etc/ssl/cert.pem\n"
        "STOREDESK_TLS_KEY='/etc/ssl/key.pem'\n");
    const StoreConfig c = ConfigLoader::load({}, path, false);
    QCOMPARE(c.databaseUrl, QStringLiteral("sqlite:///from-env-file.db"));
    QCOMPARE(c.projectName, QStringLiteral("My Shop API"));
    QCOMPARE(c.currency, QStringLiteral("EUR"));
    QCOMPARE(c.host, QStringLiteral("0.0.0.0"));
    QCOMPARE(c.rateLimitPerMinute, 120);
    QCOMPARE(c.corsOrigins, (QStringList{QStringLiteral("https://a.example"), QStringLiteral("https://b.example")}));
    QCOMPARE(c.storeTimeZone.id(), QByteArray("Europe/Berlin"));
    QCOMPARE(c.tlsCertificate, QStringLiteral("/etc/ssl/cert.pem"));
    QCOMPARE(c.tlsKey, QStringLiteral("/etc/ssl/key.pem"));
    // Untouched keys keep their defaults.
    QCOMPARE(c.port, 8000);
    QCOMPARE(c.apiPrefix, QStringLiteral("/api/v1"));
}

void TestConfigLoader::missingEnvFileIsFine()
{
    QVERIFY(ConfigLoader::readEnvFile(m_dir.filePath(QStringLiteral("absent.env"))).isEmpty());
    QCOMPARE(ConfigLoader::load({}, m_dir.filePath(QStringLiteral("absent.env")), false).port, 8000);
}

void TestConfigLoader::goodValues_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("port 1") << "STOREDESK_PORT" << "1" << "1";
    QTest::newRow("port 65535") << "STOREDESK_PORT" << "65535" << "65535";
    QTest::newRow("port with spaces") << "STOREDESK_PORT" << " 8080 " << "8080";
    QTest::newRow("rate limit off") << "RATE_LIMIT_PER_MINUTE" << "0" << "0";
    QTest::newRow("threshold zero") << "LOW_STOCK_THRESHOLD" << "0" << "0";
    QTest::newRow("timezone UTC") << "STORE_TIMEZONE" << "UTC" << "UTC";
    QTest::newRow("timezone New York") << "STORE_TIMEZONE" << "America/New_York" << "America/New_York";
    QTest::newRow("currency lower case") << "STORE_CURRENCY" << " gbp " << "GBP";
    QTest::newRow("prefix trailing slash") << "API_V1_STR" << "/api/v2/" << "/api/v2";
    QTest::newRow("cors list") << "STOREDESK_CORS_ORIGINS" << "http://localhost:3000,,https://x.example" << "http://localhost:3000,https://x.example";
    QTest::newRow("token trimmed") << "STOREDESK_API_TOKEN" << "  t0k3n  " << "t0k3n";
}

void TestConfigLoader::goodValues()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    qputenv(key.toLatin1().constData(), value.toUtf8());
    QCOMPARE(field(ConfigLoader::load({}, QString(), false), key), expected);
}

void TestConfigLoader::badValues_data()
{
    QTest::addColumn<QString>("source"); // flag, env, dotenv or settings
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("named"); // the key the message must name
    QTest::newRow("port letters") << "env" << "STOREDESK_PORT" << "abc" << "STOREDESK_PORT";
    QTest::newRow("port too large") << "env" << "STOREDESK_PORT" << "70000" << "STOREDESK_PORT";
    QTest::newRow("port negative") << "env" << "STOREDESK_PORT" << "-1" << "STOREDESK_PORT";
    QTest::newRow("port decimal") << "env" << "STOREDESK_PORT" << "80.5" << "STOREDESK_PORT";
    QTest::newRow("port from flag") << "flag" << "STOREDESK_PORT" << "http" << "STOREDESK_PORT";
    QTest::newRow("port from dotenv") << "dotenv" << "STOREDESK_PORT" << "99999" << "STOREDESK_PORT";
    QTest::newRow("port from settings") << "settings" << "STOREDESK_PORT" << "eighty" << "STOREDESK_PORT";
    QTest::newRow("rate limit negative") << "env" << "RATE_LIMIT_PER_MINUTE" << "-1" << "RATE_LIMIT_PER_MINUTE";
    QTest::newRow("rate limit words") << "env" << "RATE_LIMIT_PER_MINUTE" << "lots" << "RATE_LIMIT_PER_MINUTE";
    QTest::newRow("timezone Mars") << "env" << "STORE_TIMEZONE" << "Mars/Base" << "STORE_TIMEZONE";
    QTest::newRow("timezone from dotenv") << "dotenv" << "STORE_TIMEZONE" << "Nowhere/City" << "STORE_TIMEZONE";
    QTest::newRow("threshold letter") << "env" << "LOW_STOCK_THRESHOLD" << "x" << "LOW_STOCK_THRESHOLD";
    QTest::newRow("threshold negative") << "env" << "LOW_STOCK_THRESHOLD" << "-3" << "LOW_STOCK_THRESHOLD";
    QTest::newRow("currency word") << "env" << "STORE_CURRENCY" << "dollars" << "STORE_CURRENCY";
    QTest::newRow("currency two letters") << "env" << "STORE_CURRENCY" << "US" << "STORE_CURRENCY";
    QTest::newRow("currency digit") << "env" << "STORE_CURRENCY" << "U5D" << "STORE_CURRENCY";
    QTest::newRow("currency symbol") << "flag" << "STORE_CURRENCY" << "$" << "STORE_CURRENCY";
    QTest::newRow("prefix without slash") << "env" << "API_V1_STR" << "api/v1" << "API_V1_STR";
    QTest::newRow("prefix without slash from settings") << "settings" << "API_V1_STR" << "v1" << "API_V1_STR";
    QTest::newRow("only the TLS certificate") << "env" << "STOREDESK_TLS_CERT" << "/etc/ssl/cert.pem" << "STOREDESK_TLS_KEY";
    QTest::newRow("only the TLS key") << "env" << "STOREDESK_TLS_KEY" << "/etc/ssl/key.pem" << "STOREDESK_TLS_CERT";
    QTest::newRow("only the TLS key, from dotenv") << "dotenv" << "STOREDESK_TLS_KEY" << "/etc/ssl/key.pem" << "STOREDESK_TLS_CERT";
}

void TestConfigLoader::badValues()
{
    QFETCH(QString, source);
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, named);
    QHash<QString, QString> flags;
    QString envFile;
    if (source == u"flag") {
        flags.insert(key, value);
    } else if (source == u"env") {
        qputenv(key.toLatin1().constData(), value.toUtf8());
    } else if (source == u"dotenv") {
        envFile = writeEnvFile(QString(key + QStringLiteral("=\"") + value + QStringLiteral("\"\n")).toUtf8());
    } else {
        QSettings s;
        s.setValue(ConfigLoader::settingsKey(key), value);
        s.sync();
    }
    try {
        const StoreConfig c = ConfigLoader::load(flags, envFile, true);
        QFAIL(qPrintable(QStringLiteral("accepted %1=%2 (as '%3')").arg(key, value, field(c, key))));
    } catch (const StoreError &e) {
        QCOMPARE(e.kind(), StoreError::Kind::Config);
        QVERIFY2(e.message().contains(named), qPrintable(e.message()));
        QVERIFY2(!e.message().contains(u'\n'), qPrintable(e.message()));
    }
}

QTEST_GUILESS_MAIN(TestConfigLoader)
#include "tst_configloader.moc"
