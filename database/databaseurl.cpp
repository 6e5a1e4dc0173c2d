// SPDX-License-Identifier: MIT
#include "databaseurl.h"

#include "storeerror.h"

#include <QDir>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

namespace {

bool fail(QString *error, const QString &reason)
{
    if (error) {
        // One line on stderr and in logs, even when it quotes a path with control characters.
        *error = reason;
        for (QChar &c : *error) {
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                c = u' ';
        }
    }
    return false;
}

} // namespace

std::optional<DatabaseUrl> DatabaseUrl::parse(const QString &input, QString *error)
{
    const QString url = input.trimmed();
    const qsizetype schemeEnd = url.indexOf(QStringLiteral("://"));
    if (url.isEmpty()) {
        fail(error, QStringLiteral("DATABASE_URL is empty"));
        return std::nullopt;
    }
    const QString scheme = url.left(std::max<qsizetype>(schemeEnd, 0)).toLower();
    // Only a well-formed scheme is quoted back: whatever else precedes "://" may be any text.
    const bool schemeWellFormed = !scheme.isEmpty() && scheme.front() >= u'a' && scheme.front() <= u'z'
        && std::all_of(scheme.begin(), scheme.end(), [](QChar c) {
               return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'+' || c == u'-' || c == u'.';
           });
    if (!schemeWellFormed) {
        fail(error, QStringLiteral("DATABASE_URL must look like sqlite:///file.db, mysql://user:pass@host:3306/db "
                                   "or postgresql://user:pass@host:5432/db"));
        return std::nullopt;
    }
    DatabaseUrl result;

    if (scheme == u"sqlite" || scheme == u"sqlite3") {
        // sqlite:///relative.db → "relative.db"; sqlite:////abs.db → "/abs.db"
        const QString rest = url.mid(schemeEnd + 3);
        if (!rest.startsWith(u'/')) {
            fail(error, QStringLiteral("SQLite URLs have three slashes: sqlite:///relative.db or sqlite:////absolute/path.db"));
            return std::nullopt;
        }
        // Drop a query first, then decode: a percent-encoded '?' belongs to the file name.
        QString encoded = rest.mid(1);
        const qsizetype q = encoded.indexOf(u'?');
        if (q >= 0)
            encoded.truncate(q);
        const QString path = QUrl::fromPercentEncoding(encoded.toUtf8());
        if (path.isEmpty()) {
            fail(error, QStringLiteral("SQLite URL names no file (expected sqlite:///file.db)"));
            return std::nullopt;
        }
        if (path.endsWith(u'/')) {
            fail(error, QStringLiteral("SQLite URL names a folder, not a file: %1").arg(path));
            return std::nullopt;
        }
        result.m_engine = Engine::SQLite;
        result.m_path = path;
        return result;
    }

    int defaultPort = 0;
    if (scheme == u"mysql" || scheme == u"mysql+pymysql" || scheme == u"mysql+mysqldb" || scheme == u"mariadb"
        || scheme == u"mariadb+pymysql" || scheme == u"mysql+mysqlconnector") {
        result.m_engine = Engine::MySQL;
        defaultPort = 3306;
    } else if (scheme == u"postgresql" || scheme == u"postgres" || scheme == u"postgresql+psycopg2"
               || scheme == u"postgresql+psycopg" || scheme == u"pgsql") {
        result.m_engine = Engine::PostgreSQL;
        defaultPort = 5432;
    } else {
        fail(error, QStringLiteral("unsupported database scheme '%1' (expected sqlite, mysql, mariadb or postgresql)")
                        .arg(scheme));
        return std::nullopt;
    }

    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid()) {
        // errorString() goes on to quote the whole URL, password included ("…; source was …"),
        // and may name a bad character of the password: keep only what kind of part is wrong.
        QString problem = parsed.errorString().section(u';', 0, 0);
        if (const qsizetype detail = problem.indexOf(QStringLiteral(" (")); detail > 0)
            problem.truncate(detail);
        fail(error, QStringLiteral("malformed database URL: %1").arg(problem));
        return std::nullopt;
    }
    result.m_host = parsed.host();
    result.m_user = parsed.userName(QUrl::FullyDecoded);
    result.m_password = parsed.password(QUrl::FullyDecoded);
    result.m_port = parsed.port(defaultPort);
    QString db = parsed.path(QUrl::FullyDecoded);
    if (db.startsWith(u'/'))
        db.remove(0, 1);
    result.m_database = db;
    const QUrlQuery query(parsed);
    if (result.m_engine == Engine::MySQL)
        result.m_socket = query.queryItemValue(QStringLiteral("unix_socket"), QUrl::FullyDecoded);
    else if (query.hasQueryItem(QStringLiteral("host")))
        result.m_host = query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);

    if (result.m_host.isEmpty() && result.m_socket.isEmpty()) {
        fail(error, QStringLiteral("database URL names no host (expected %1://user:pass@host:%2/dbname)")
                        .arg(scheme).arg(defaultPort));
        return std::nullopt;
    }
    if (result.m_port <= 0 || result.m_port > 65535) {
        fail(error, QStringLiteral("database URL has an invalid port"));
        return std::nullopt;
    }
    if (result.m_database.isEmpty() || result.m_database.contains(u'/')) {
        fail(error, QStringLiteral("database URL names no database (expected %1://user:pass@host:%2/dbname)")
                        .arg(scheme).arg(defaultPort));
        return std::nullopt;
    }
    return result;
}

DatabaseUrl DatabaseUrl::parseOrThrow(const QString &url)
{
    QString error;
    auto parsed = parse(url, &error);
    if (!parsed)
        throw StoreError(StoreError::Kind::Config, QStringLiteral("bad_database_url"), error);
    return *parsed;
}

QString DatabaseUrl::engineName() const
{
    switch (m_engine) {
    case Engine::SQLite: return QStringLiteral("sqlite");
    case Engine::MySQL: return QStringLiteral("mysql");
    case Engine::PostgreSQL: return QStringLiteral("postgresql");
    }
    return {};
}

QString DatabaseUrl::redacted() const
{
    if (m_engine == Engine::SQLite)
        return m_path == u":memory:" ? QStringLiteral("sqlite:///:memory:") : QStringLiteral("sqlite:///") + m_path;
    QString auth;
    if (!m_user.isEmpty())
        auth = m_user + (m_password.isEmpty() ? QString() : QStringLiteral(":***")) + u'@';
    return engineName() + QStringLiteral("://") + auth + m_host + u':' + QString::number(m_port) + u'/' + m_database;
}

QString DatabaseUrl::displayName() const
{
    switch (m_engine) {
    case Engine::SQLite:
        return QStringLiteral("SQLite ") + (m_path == u":memory:" ? m_path : QDir::cleanPath(QDir::current().absoluteFilePath(m_path)));
    case Engine::MySQL:
        return QStringLiteral("MySQL/MariaDB ") + m_user + u'@' + (m_socket.isEmpty() ? m_host + u':' + QString::number(m_port) : m_socket) + u'/' + m_database;
    case Engine::PostgreSQL:
        return QStringLiteral("PostgreSQL ") + m_user + u'@' + m_host + u':' + QString::number(m_port) + u'/' + m_database;
    }
    return {};
}
