// SPDX-License-Identifier: MIT
#include "configloader.h"

#include "storeerror.h"

#include <QDir>
#include <QFile>
#include <QProcessEnvironment>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>

namespace {

StoreError badValue(const QString &key, const QString &value, const QString &expected)
{
    return StoreError(StoreError::Kind::Config, QStringLiteral("bad_config"),
                      QStringLiteral("bad value for %1: '%2' (expected %3)").arg(key, value, expected));
}

qint64 toInteger(const QString &key, const QString &value, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 n = value.trimmed().toLongLong(&ok);
    if (!ok || n < min || n > max)
        throw badValue(key, value, QStringLiteral("a whole number from %1 to %2").arg(min).arg(max));
    return n;
}

} // namespace

const QStringList &ConfigLoader::keys()
{
    static const QStringList s_keys{
        QStringLiteral("DATABASE_URL"),       QStringLiteral("API_V1_STR"),          QStringLiteral("PROJECT_NAME"),
        QStringLiteral("STOREDESK_HOST"),     QStringLiteral("STOREDESK_PORT"),      QStringLiteral("STOREDESK_API_TOKEN"),
        QStringLiteral("RATE_LIMIT_PER_MINUTE"), QStringLiteral("STORE_TIMEZONE"),   QStringLiteral("STORE_CURRENCY"),
        QStringLiteral("LOW_STOCK_THRESHOLD"), QStringLiteral("STOREDESK_CORS_ORIGINS"), QStringLiteral("STOREDESK_TLS_CERT"),
        QStringLiteral("STOREDESK_TLS_KEY")};
    return s_keys;
}

QString ConfigLoader::settingsKey(const QString &key)
{
    static const QHash<QString, QString> s_map{
        {QStringLiteral("DATABASE_URL"), QStringLiteral("database/url")},
        {QStringLiteral("API_V1_STR"), QStringLiteral("api/prefix")},
        {QStringLiteral("PROJECT_NAME"), QStringLiteral("api/projectName")},
        {QStringLiteral("STOREDESK_HOST"), QStringLiteral("api/host")},
        {QStringLiteral("STOREDESK_PORT"), QStringLiteral("api/port")},
        {QStringLiteral("STOREDESK_API_TOKEN"), QStringLiteral("api/token")},
        {QStringLiteral("RATE_LIMIT_PER_MINUTE"), QStringLiteral("api/rateLimitPerMinute")},
        {QStringLiteral("STORE_TIMEZONE"), QStringLiteral("store/timezone")},
        {QStringLiteral("STORE_CURRENCY"), QStringLiteral("store/currency")},
        {QStringLiteral("LOW_STOCK_THRESHOLD"), QStringLiteral("store/lowStockThreshold")},
        {QStringLiteral("STOREDESK_CORS_ORIGINS"), QStringLiteral("api/corsOrigins")},
        {QStringLiteral("STOREDESK_TLS_CERT"), QStringLiteral("api/tlsCertificate")},
        {QStringLiteral("STOREDESK_TLS_KEY"), QStringLiteral("api/tlsKey")}};
    return s_map.value(key);
}

QHash<QString, QString> ConfigLoader::readEnvFile(const QString &path)
{
    QHash<QString, QString> values;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return values;
    while (!file.atEnd()) {
        QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        if (line.startsWith(QStringLiteral("export ")))
            line = line.mid(7).trimmed();
        const qsizetype eq = line.indexOf(u'=');
        if (eq <= 0)
            continue;
        const QString key = line.left(eq).trimmed();
        QString value = line.mid(eq + 1).trimmed();
        const bool quoted = !value.isEmpty() && (value.front() == u'"' || value.front() == u'\'');
        const qsizetype close = quoted ? value.indexOf(value.front(), 1) : -1;
        if (quoted && value.size() >= 2 && value.back() == value.front()) {
            value = value.mid(1, value.size() - 2);
        } else if (close > 0 && value.mid(close + 1).trimmed().startsWith(u'#')) {
            value = value.mid(1, close - 1); // KEY="quoted value" # comment
        } else {
            const qsizetype hash = value.indexOf(QStringLiteral(" #"));
            if (hash >= 0)
                value = value.left(hash).trimmed();
        }
        values.insert(key, value);
    }
    return values;
}

QString ConfigLoader::defaultDatabaseUrl()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::currentPath();
    QDir().mkpath(dir);
    QString path = QDir(dir).absoluteFilePath(QStringLiteral("storedesk.db"));
    // sqlite:////abs/path.db: the path already starts with '/', so three slashes plus it.
    return QStringLiteral("sqlite:///") + path;
}

StoreConfig ConfigLoader::load(const QHash<QString, QString> &flags, const QString &envFile, bool useSettings)
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QHash<QString, QString> dotEnv = envFile.isEmpty() ? QHash<QString, QString>() : readEnvFile(envFile);
    std::unique_ptr<QSettings> settings;
    if (useSettings)
        settings = std::make_unique<QSettings>();

    auto lookup = [&](const QString &key) -> std::optional<QString> {
        if (flags.contains(key))
            return flags.value(key);
        if (env.contains(key))
            return env.value(key);
        if (dotEnv.contains(key))
            return dotEnv.value(key);
        if (settings) {
            const QVariant v = settings->value(settingsKey(key));
            if (v.isValid() && !v.toString().isEmpty())
                return v.toString();
        }
        return std::nullopt;
    };

    StoreConfig config;
    config.databaseUrl = lookup(QStringLiteral("DATABASE_URL")).value_or(QString());
    if (config.databaseUrl.trimmed().isEmpty())
        config.databaseUrl = defaultDatabaseUrl();
    if (auto v = lookup(QStringLiteral("API_V1_STR"))) {
        QString prefix = v->trimmed();
        while (prefix.endsWith(u'/'))
            prefix.chop(1);
        if (!prefix.isEmpty() && !prefix.startsWith(u'/'))
            throw badValue(QStringLiteral("API_V1_STR"), *v, QStringLiteral("a path such as /api/v1"));
        config.apiPrefix = prefix;
    }
    if (auto v = lookup(QStringLiteral("PROJECT_NAME")))
        config.projectName = *v;
    if (auto v = lookup(QStringLiteral("STOREDESK_HOST")))
        config.host = v->trimmed();
    if (auto v = lookup(QStringLiteral("STOREDESK_PORT")))
        config.port = int(toInteger(QStringLiteral("STOREDESK_PORT"), *v, 0, 65535));
    if (auto v = lookup(QStringLiteral("STOREDESK_API_TOKEN")))
        config.apiToken = v->trimmed();
    if (auto v = lookup(QStringLiteral("RATE_LIMIT_PER_MINUTE")))
        config.rateLimitPerMinute = int(toInteger(QStringLiteral("RATE_LIMIT_PER_MINUTE"), *v, 0, 10'000'000));
    if (auto v = lookup(QStringLiteral("STORE_TIMEZONE")); v && !v->trimmed().isEmpty()) {
        const QTimeZone zone(v->trimmed().toUtf8());
        if (!zone.isValid())
            throw badValue(QStringLiteral("STORE_TIMEZONE"), *v, QStringLiteral("an IANA time zone such as Europe/Berlin or UTC"));
        config.storeTimeZone = zone;
    }
    if (auto v = lookup(QStringLiteral("STORE_CURRENCY"))) {
        const QString code = v->trimmed().toUpper();
        if (code.size() != 3 || !std::all_of(code.begin(), code.end(), [](QChar c) { return c >= u'A' && c <= u'Z'; }))
            throw badValue(QStringLiteral("STORE_CURRENCY"), *v, QStringLiteral("a three-letter ISO 4217 code such as USD"));
        config.currency = code;
    }
    if (auto v = lookup(QStringLiteral("LOW_STOCK_THRESHOLD")))
        config.lowStockThreshold = toInteger(QStringLiteral("LOW_STOCK_THRESHOLD"), *v, 0, 1'000'000'000);
    if (auto v = lookup(QStringLiteral("STOREDESK_CORS_ORIGINS"))) {
        QStringList origins;
        const QStringList parts = v->split(u',', Qt::SkipEmptyParts);
        for (const QString &part : parts)
            origins << part.trimmed();
        config.corsOrigins = origins;
    }
    if (auto v = lookup(QStringLiteral("STOREDESK_TLS_CERT")))
        config.tlsCertificate = v->trimmed();
    if (auto v = lookup(QStringLiteral("STOREDESK_TLS_KEY")))
        config.tlsKey = v->trimmed();
    if (config.tlsCertificate.isEmpty() != config.tlsKey.isEmpty())
        throw StoreError(StoreError::Kind::Config, QStringLiteral("bad_config"),
                         QStringLiteral("STOREDESK_TLS_CERT and STOREDESK_TLS_KEY must be set together"));
    return config;
}
