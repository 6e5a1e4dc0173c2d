// SPDX-License-Identifier: MIT
#include "jsonbody.h"

#include "timeutil.h"

#include <QJsonArray>

#include <cmath>

JsonBody::JsonBody(QJsonObject object, QStringList prefix)
    : m_object(std::move(object))
    , m_prefix(std::move(prefix))
    , m_errors(std::make_shared<QList<FieldError>>())
{
}

void JsonBody::addError(const QStringList &loc, const QString &msg, const QString &type)
{
    m_errors->append(FieldError{loc, msg, type});
}

void JsonBody::throwIfInvalid() const
{
    if (!m_errors->isEmpty())
        throw StoreError::validation(*m_errors);
}

std::optional<QString> JsonBody::string(const QString &key)
{
    if (!has(key))
        return std::nullopt;
    const QJsonValue v = m_object.value(key);
    if (!v.isString()) {
        addError(loc(key), QStringLiteral("Input should be a valid string"), QStringLiteral("string_type"));
        return std::nullopt;
    }
    return v.toString();
}

std::optional<QDate> JsonBody::date(const QString &key)
{
    const auto text = string(key);
    if (!text)
        return std::nullopt;
    const QDate d = TimeUtil::parseDate(text->trimmed());
    if (!d.isValid()) {
        addError(loc(key), QStringLiteral("Input should be a valid date (YYYY-MM-DD)"), QStringLiteral("date_parsing"));
        return std::nullopt;
    }
    return d;
}

QString JsonBody::requireString(const QString &key)
{
    if (!has(key)) {
        addError(loc(key), QStringLiteral("Field required"), QStringLiteral("missing"));
        return {};
    }
    return string(key).value_or(QString());
}

std::optional<qint64> JsonBody::integer(const QString &key)
{
    if (!has(key))
        return std::nullopt;
    const QJsonValue v = m_object.value(key);
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || !std::isfinite(d) || d != std::floor(d) || std::fabs(d) > 9.0e15) {
        addError(loc(key), QStringLiteral("Input should be a valid integer"), QStringLiteral("int_type"));
        return std::nullopt;
    }
    return qint64(d);
}

qint64 JsonBody::requireInteger(const QString &key)
{
    if (!has(key)) {
        addError(loc(key), QStringLiteral("Field required"), QStringLiteral("missing"));
        return 0;
    }
    return integer(key).value_or(0);
}

std::optional<Money> JsonBody::money(const QString &key)
{
    if (!has(key))
        return std::nullopt;
    const QJsonValue v = m_object.value(key);
    std::optional<Money> m;
    if (v.isDouble())
        m = Money::fromDouble(v.toDouble());
    else if (v.isString())
        m = Money::parse(v.toString());
    else {
        addError(loc(key), QStringLiteral("Input should be a valid number"), QStringLiteral("decimal_type"));
        return std::nullopt;
    }
    if (!m) {
        const double magnitude = v.isDouble() ? std::fabs(v.toDouble()) : 0;
        if (!std::isfinite(magnitude) || magnitude >= 1e11)
            addError(loc(key), QStringLiteral("Input should be less than 100000000000"), QStringLiteral("less_than"));
        else
            addError(loc(key), QStringLiteral("Input should be an amount with at most 2 decimal places"),
                     QStringLiteral("decimal_max_places"));
    }
    return m;
}

Money JsonBody::requireMoney(const QString &key)
{
    if (!has(key)) {
        addError(loc(key), QStringLiteral("Field required"), QStringLiteral("missing"));
        return {};
    }
    return money(key).value_or(Money());
}

std::optional<bool> JsonBody::boolean(const QString &key)
{
    if (!has(key))
        return std::nullopt;
    const QJsonValue v = m_object.value(key);
    if (!v.isBool()) {
        addError(loc(key), QStringLiteral("Input should be a valid boolean"), QStringLiteral("bool_type"));
        return std::nullopt;
    }
    return v.toBool();
}

std::optional<QDateTime> JsonBody::dateTime(const QString &key, const QTimeZone &zone)
{
    const auto text = string(key);
    if (!text)
        return std::nullopt;
    const QDateTime dt = TimeUtil::parseIso(*text, zone);
    if (!dt.isValid()) {
        addError(loc(key), QStringLiteral("Input should be a valid datetime (ISO 8601)"), QStringLiteral("datetime_parsing"));
        return std::nullopt;
    }
    return dt;
}

QList<QJsonObject> JsonBody::objects(const QString &key)
{
    QList<QJsonObject> result;
    if (!has(key))
        return result;
    const QJsonValue v = m_object.value(key);
    if (!v.isArray()) {
        addError(loc(key), QStringLiteral("Input should be a valid list"), QStringLiteral("list_type"));
        return result;
    }
    const QJsonArray array = v.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array[i].isObject()) {
            addError(loc(key) + QStringList{QString::number(i)}, QStringLiteral("Input should be a valid object"),
                     QStringLiteral("model_type"));
            result.append(QJsonObject());
        } else {
            result.append(array[i].toObject());
        }
    }
    return result;
}

JsonBody JsonBody::nested(const QJsonObject &object, const QString &key, int index)
{
    JsonBody child(object, m_prefix + QStringList{key, QString::number(index)});
    child.m_errors = m_errors;
    return child;
}
