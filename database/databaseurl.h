// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

/**
 * A parsed DATABASE_URL.
 *
 * Accepted forms: `sqlite:///relative.db`, `sqlite:////abs/path.db`, `sqlite:///:memory:`;
 * `mysql://user:pass@host:3306/db` (also `mysql+pymysql://`, `mariadb://`);
 * `postgresql://user:pass@host:5432/db` (also `postgres://`, `postgresql+psycopg2://`).
 * User and password may be percent-encoded. A `unix_socket` (MySQL) or `host` (PostgreSQL) query
 * parameter selects a local socket.
 */
class DatabaseUrl
{
public:
    enum class Engine { SQLite, MySQL, PostgreSQL };

    /** Parses @p url; on failure returns nullopt and sets @p error to a one-line reason. */
    static std::optional<DatabaseUrl> parse(const QString &url, QString *error = nullptr);
    /** Like parse(), but throws StoreError(Config) with the reason. */
    static DatabaseUrl parseOrThrow(const QString &url);

    Engine engine() const { return m_engine; }
    /** "sqlite", "mysql" or "postgresql". */
    QString engineName() const;
    /** SQLite: the file path (absolute, or relative to the working directory), or ":memory:". */
    const QString &path() const { return m_path; }
    const QString &host() const { return m_host; }
    int port() const { return m_port; }
    const QString &user() const { return m_user; }
    const QString &password() const { return m_password; }
    const QString &databaseName() const { return m_database; }
    const QString &socket() const { return m_socket; }

    /** The URL with any password replaced by "***", for messages and logs. */
    QString redacted() const;
    /** A short description for status bars: "SQLite /path/file.db", "MySQL storedesk@host:3306/db". */
    QString displayName() const;

private:
    Engine m_engine = Engine::SQLite;
    QString m_path;
    QString m_host;
    int m_port = 0;
    QString m_user;
    QString m_password;
    QString m_database;
    QString m_socket;
};
