// SPDX-License-Identifier: MIT
#pragma once

#include "money.h"
#include "storeerror.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

/**
 * Reads fields of a JSON request body with the API's typing rules, collecting every problem as a
 * FieldError (loc starts with "body") so one 422 lists them all. Absent and null fields read as
 * nullopt; `require…` adds a "missing" error for them.
 */
class JsonBody
{
public:
    explicit JsonBody(QJsonObject object, QStringList prefix = {QStringLiteral("body")});

    bool has(const QString &key) const { return m_object.contains(key) && !m_object.value(key).isNull(); }
    /** Whether the key is present at all (null included): "set to null" for partial updates. */
    bool present(const QString &key) const { return m_object.contains(key); }

    std::optional<QString> string(const QString &key);
    QString requireString(const QString &key);
    std::optional<qint64> integer(const QString &key);
    qint64 requireInteger(const QString &key);
    std::optional<Money> money(const QString &key);
    Money requireMoney(const QString &key);
    std::optional<bool> boolean(const QString &key);
    /** A calendar date "YYYY-MM-DD". */
    std::optional<QDate> date(const QString &key);
    /** An ISO 8601 date-time, or a date taken as midnight in @p zone. */
    std::optional<QDateTime> dateTime(const QString &key, const QTimeZone &zone);
    /** An array of objects; each is read with a nested JsonBody sharing this error list. */
    QList<QJsonObject> objects(const QString &key);

    /** A reader for element @p index of array @p key; its errors land in this reader's list. */
    JsonBody nested(const QJsonObject &object, const QString &key, int index);

    void addError(const QStringList &loc, const QString &msg, const QString &type);
    QStringList loc(const QString &key) const { return m_prefix + QStringList{key}; }
    /** Throws StoreError::validation with everything collected, if anything was. */
    void throwIfInvalid() const;

private:
    QJsonObject m_object;
    QStringList m_prefix;
    std::shared_ptr<QList<FieldError>> m_errors;
};
