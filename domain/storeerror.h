// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <exception>

/** One invalid input field: where it is, what is wrong, and a stable machine-readable type. */
struct FieldError
{
    /** Path of the field inside the request body, e.g. {"price"} or {"items", "2", "quantity"}. */
    QStringList loc;
    /** Human-readable, untranslated message ("must be greater than or equal to 0"). */
    QString msg;
    /** Stable type code: "missing", "value_error", "greater_than_equal", "string_too_short", … */
    QString type;
};

/**
 * The one error type the services throw. Every failure a caller can cause is one of these kinds;
 * the API maps them to HTTP statuses (Validation → 422, NotFound → 404, Conflict → 409,
 * Unavailable → 503) and the GUI shows message() in a dialog or beside the offending field.
 */
class StoreError : public std::exception
{
public:
    enum class Kind {
        Validation,  ///< input broke a rule; fieldErrors() says which fields
        NotFound,    ///< a referenced row does not exist
        Conflict,    ///< a uniqueness rule, insufficient stock or a refused delete
        Unavailable, ///< the database cannot be reached or keeps failing
        Config,      ///< bad configuration (DATABASE_URL, a setting value)
        Schema,      ///< the database schema is newer than this program or cannot be migrated
        Internal,    ///< an unexpected database error (a bug); logged, shown without internals
    };

    StoreError(Kind kind, QString code, QString message, QList<FieldError> fields = {});

    static StoreError validation(QList<FieldError> fields);
    static StoreError validation(const QString &field, const QString &msg, const QString &type = QStringLiteral("value_error"));
    static StoreError notFound(const QString &what, qint64 id);
    static StoreError notFound(const QString &code, const QString &message);
    static StoreError conflict(const QString &code, const QString &message);

    Kind kind() const { return m_kind; }
    /** Stable code: "not_found", "duplicate_sku", "insufficient_stock", "has_sales", … */
    const QString &code() const { return m_code; }
    /** Untranslated, one line. */
    const QString &message() const { return m_message; }
    const QList<FieldError> &fieldErrors() const { return m_fields; }
    const char *what() const noexcept override { return m_what.constData(); }

private:
    Kind m_kind;
    QString m_code;
    QString m_message;
    QList<FieldError> m_fields;
    QByteArray m_what;
};
