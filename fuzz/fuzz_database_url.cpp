// SPDX-License-Identifier: MIT
//
// fuzz_database_url: DATABASE_URL and the other configuration values (SPEC §2).
//
// Input: a mode byte (byte - 'a', modulo 2), then text:
//   'a' a DATABASE_URL for DatabaseUrl::parse;
//   'b' the contents of a .env file: ConfigLoader::readEnvFile, then ConfigLoader::load on it
//       (no QSettings, no StoreDesk variables in the environment; DATABASE_URL defaulted to a
//       fixed SQLite URL when the file has none, so the default data folder is never created),
//       then the DATABASE_URL it resolved goes through the checks of 'a'.
//
// Properties: a password never shows in redacted(), displayName() or a parse error (those end up
// in logs, dialogs and stderr); a parsed URL has a host or socket, a port in 1…65535 and one
// database name, and an engine that matches its scheme; redacted() parses back to the same
// connection when its parts need no escaping; parse() ignores surrounding blanks and agrees with
// parseOrThrow(). ConfigLoader throws nothing but StoreError(Config) and every value it accepts
// is within its documented range.

#include "configloader.h"
#include "databaseurl.h"
#include "fuzzsupport.h"
#include "storeerror.h"

#include <QRegularExpression>
#include <QTemporaryFile>
#include <QUrl>

#include <algorithm>

namespace {

/** Where the password is written in @p url (still percent-encoded): start and length, or -1. */
std::pair<qsizetype, qsizetype> passwordSpan(const QString &url)
{
    const qsizetype schemeEnd = url.indexOf(QStringLiteral("://"));
    if (schemeEnd < 0)
        return {-1, 0};
    const qsizetype start = schemeEnd + 3;
    qsizetype end = url.size();
    for (const QChar stop : {u'/', u'?', u'#'}) {
        const qsizetype at = url.indexOf(stop, start);
        if (at >= 0)
            end = std::min(end, at);
    }
    const qsizetype at = url.lastIndexOf(u'@', end - 1);
    if (at < start)
        return {-1, 0};
    const qsizetype colon = url.indexOf(u':', start);
    if (colon < 0 || colon > at)
        return {-1, 0};
    return {colon + 1, at - colon - 1};
}

/** Everything parse() lets out about @p url: its error, or its redacted and display forms. */
QString exposedText(const QString &url)
{
    QString error;
    const auto parsed = DatabaseUrl::parse(url, &error);
    return parsed ? parsed->redacted() + u'\n' + parsed->displayName() : error;
}

/** @p text with every letter and digit replaced by the next one, except inside "%XX" escapes. */
QString shifted(const QString &text)
{
    QString out = text;
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (out[i] == u'%') {
            i += 2; // keep an escape's two characters: a changed one could make it valid or not
            continue;
        }
        const char16_t c = out[i].unicode();
        if (c >= u'a' && c <= u'z')
            out[i] = QChar(c == u'z' ? u'a' : char16_t(c + 1));
        else if (c >= u'A' && c <= u'Z')
            out[i] = QChar(c == u'Z' ? u'A' : char16_t(c + 1));
        else if (c >= u'0' && c <= u'9')
            out[i] = QChar(c == u'9' ? u'0' : char16_t(c + 1));
    }
    return out;
}

bool validEscapes(const QString &text)
{
    static const QRegularExpression bad(QStringLiteral("%(?![0-9A-Fa-f]{2})"));
    return !bad.match(text).hasMatch();
}

void checkNoPassword(const QString &input)
{
    const QString url = input.trimmed();
    const auto [start, length] = passwordSpan(url);
    if (start < 0 || length == 0)
        return;
    const QString raw = url.mid(start, length);
    const QString exposed = exposedText(url);

    // Whatever the password's letters and digits are, the same is shown.
    QString other = url;
    other.replace(start, length, shifted(raw));
    if (other != url)
        FUZZ_CHECK(exposedText(other) == exposed, QStringLiteral("the password changes what is shown: %1 / %2").arg(exposed, exposedText(other)));

    // Nor is it shown verbatim, raw or decoded (text also found in the same URL without its
    // password, or in what that shows, is not the password's).
    QString withoutPassword = url;
    withoutPassword.remove(start, length);
    const QString innocent = withoutPassword + u'\n' + exposedText(withoutPassword);
    QStringList secrets{raw};
    if (validEscapes(raw))
        secrets << QUrl::fromPercentEncoding(raw.toUtf8());
    for (const QString &secret : std::as_const(secrets)) {
        if (secret.trimmed().size() < 3 || innocent.contains(secret))
            continue;
        FUZZ_CHECK(!exposed.contains(secret), QStringLiteral("password '%1' shown in: %2").arg(secret, exposed));
    }
}

bool plain(const QString &part)
{
    return std::all_of(part.begin(), part.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'.' || c == u'_' || c == u'-';
    });
}

void checkUrl(const QString &url)
{
    QString error;
    const auto parsed = DatabaseUrl::parse(url, &error);
    checkNoPassword(url);

    QString padded;
    const auto again = DatabaseUrl::parse(QStringLiteral(" \t") + url + QStringLiteral("\n "), &padded);
    FUZZ_CHECK(again.has_value() == parsed.has_value(), url);
    try {
        const DatabaseUrl thrown = DatabaseUrl::parseOrThrow(url);
        FUZZ_CHECK(parsed.has_value(), url);
    } catch (const StoreError &e) {
        FUZZ_CHECK(!parsed && e.kind() == StoreError::Kind::Config && e.message() == error, url);
    }
    if (!parsed) {
        FUZZ_CHECK(!error.isEmpty() && padded == error && !error.contains(u'\n'), url);
        return;
    }
    const DatabaseUrl &u = *parsed;
    const QString scheme = url.trimmed().section(QStringLiteral("://"), 0, 0).toLower();
    const QString context = url + QStringLiteral(" -> ") + u.redacted();
    FUZZ_CHECK(again->redacted() == u.redacted(), context);
    if (u.engine() == DatabaseUrl::Engine::SQLite) {
        FUZZ_CHECK(scheme.startsWith(QStringLiteral("sqlite")), context);
        FUZZ_CHECK(!u.path().isEmpty() && !u.path().endsWith(u'/'), context);
        if (!u.path().contains(u'%') && !u.path().contains(u'?') && u.path() == u.path().trimmed()) {
            const auto back = DatabaseUrl::parse(u.redacted());
            FUZZ_CHECK(back && back->engine() == u.engine() && back->path() == u.path(), context);
        }
        return;
    }
    FUZZ_CHECK(u.engine() == DatabaseUrl::Engine::MySQL ? (scheme.startsWith(QStringLiteral("mysql")) || scheme.startsWith(QStringLiteral("mariadb")))
                                                        : (scheme.startsWith(QStringLiteral("postgres")) || scheme == u"pgsql"),
               context);
    FUZZ_CHECK(!u.host().isEmpty() || !u.socket().isEmpty(), context);
    FUZZ_CHECK(u.port() >= 1 && u.port() <= 65535, context);
    FUZZ_CHECK(!u.databaseName().isEmpty() && !u.databaseName().contains(u'/'), context);
    if (!u.password().isEmpty() && !u.user().isEmpty())
        FUZZ_CHECK(u.redacted().contains(QStringLiteral(":***@")), context);
    QUrl hostProbe;
    hostProbe.setHost(u.host(), QUrl::StrictMode); // a ?host= value need not be a valid URL host
    if (plain(u.user()) && plain(u.host()) && plain(u.databaseName()) && !u.host().isEmpty() && hostProbe.isValid()) {
        const auto back = DatabaseUrl::parse(u.redacted());
        // (Host names compare case-insensitively: QUrl lower-cases them, a ?host= parameter keeps its case.)
        FUZZ_CHECK(back && back->engine() == u.engine() && back->host().compare(u.host(), Qt::CaseInsensitive) == 0
                       && back->port() == u.port()
                       && back->user() == u.user() && back->databaseName() == u.databaseName(),
                   context);
    }
}

void checkConfig(const QByteArray &envText)
{
    static QTemporaryFile s_file;
    if (!s_file.isOpen())
        FUZZ_CHECK(s_file.open(), QStringLiteral("cannot create a temporary .env"));
    s_file.resize(0);
    s_file.seek(0);
    s_file.write(envText);
    s_file.flush();

    const QHash<QString, QString> values = ConfigLoader::readEnvFile(s_file.fileName());
    for (auto it = values.begin(); it != values.end(); ++it) {
        const QString context = it.key() + u'=' + it.value();
        FUZZ_CHECK(!it.key().isEmpty() && it.key() == it.key().trimmed(), context);
        FUZZ_CHECK(!it.key().contains(u'=') && !it.key().contains(u'\n') && !it.value().contains(u'\n'), context);
    }

    QHash<QString, QString> flags;
    if (values.value(QStringLiteral("DATABASE_URL")).trimmed().isEmpty())
        flags.insert(QStringLiteral("DATABASE_URL"), QStringLiteral("sqlite:///storedesk-fuzz.db"));
    StoreConfig config;
    try {
        config = ConfigLoader::load(flags, s_file.fileName(), /*useSettings=*/false);
    } catch (const StoreError &e) {
        FUZZ_CHECK(e.kind() == StoreError::Kind::Config && !e.message().isEmpty(), e.message());
        return;
    }
    const QString context = QString::fromUtf8(envText);
    FUZZ_CHECK(config.port >= 0 && config.port <= 65535, context);
    FUZZ_CHECK(config.rateLimitPerMinute >= 0 && config.rateLimitPerMinute <= 10'000'000, context);
    FUZZ_CHECK(config.lowStockThreshold >= 0 && config.lowStockThreshold <= 1'000'000'000, context);
    FUZZ_CHECK(config.currency.size() == 3
                   && std::all_of(config.currency.begin(), config.currency.end(), [](QChar c) { return c >= u'A' && c <= u'Z'; }),
               context);
    FUZZ_CHECK(config.apiPrefix.isEmpty() || (config.apiPrefix.startsWith(u'/') && !config.apiPrefix.endsWith(u'/')), context);
    FUZZ_CHECK(config.storeTimeZone.isValid(), context);
    FUZZ_CHECK(config.tlsCertificate.isEmpty() == config.tlsKey.isEmpty(), context);
    if (values.contains(QStringLiteral("STOREDESK_PORT")))
        FUZZ_CHECK(config.port == values.value(QStringLiteral("STOREDESK_PORT")).trimmed().toInt(), context);
    checkUrl(config.databaseUrl);
}

void setUp()
{
    static bool done = false;
    if (done)
        return;
    done = true;
    FuzzSupport::setUp();
    // Only the input configures the loader.
    for (const QString &key : ConfigLoader::keys())
        qunsetenv(key.toUtf8().constData());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    setUp();
    if (size == 0)
        return 0;
    const QByteArray rest(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    if (uint8_t(data[0] - 'a') % 2 == 0)
        checkUrl(QString::fromUtf8(rest));
    else
        checkConfig(rest);
    return 0;
}
