// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlError>
#include <QString>

#include <exception>

/**
 * A failed SQL statement, classified by the connection's dialect. Thrown inside the database
 * layer; Database::write()/read() retry transient ones and turn the rest into StoreError, so
 * services and their callers only ever see StoreError.
 */
class DatabaseError : public std::exception
{
public:
    enum class Category {
        UniqueViolation,     ///< a UNIQUE constraint refused the row
        ForeignKeyViolation, ///< a referenced row is missing or still referenced
        CheckViolation,      ///< a CHECK or NOT NULL constraint refused the row
        Retryable,           ///< lock contention, deadlock or serialization failure: run the transaction again
        ConnectionLost,      ///< the server went away: reconnect before trying again
        Other,
    };

    DatabaseError(Category category, QSqlError error, QString statement);

    Category category() const { return m_category; }
    const QSqlError &sqlError() const { return m_error; }
    const QString &statement() const { return m_statement; }
    /** One line: the driver's message without the statement or bound values. */
    QString message() const;
    const char *what() const noexcept override { return m_what.constData(); }

private:
    Category m_category;
    QSqlError m_error;
    QString m_statement;
    QByteArray m_what;
};
