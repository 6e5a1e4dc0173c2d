// SPDX-License-Identifier: MIT
#include "queryparams.h"

#include "timeutil.h"

bool QueryParams::has(const QString &name) const
{
    return m_query.hasQueryItem(name);
}

std::optional<QString> QueryParams::string(const QString &name) const
{
    if (!m_query.hasQueryItem(name))
        return std::nullopt;
    return m_query.queryItemValue(name, QUrl::FullyDecoded);
}

void QueryParams::addError(const QString &name, const QString &msg, const QString &type)
{
    m_errors.append(FieldError{{QStringLiteral("query"), name}, msg, type});
}

void QueryParams::throwIfInvalid() const
{
    if (!m_errors.isEmpty())
        throw StoreError::validation(m_errors);
}

std::optional<qint64> QueryParams::integer(const QString &name, qint64 min, qint64 max)
{
    const auto text = string(name);
    if (!text)
        return std::nullopt;
    bool ok = false;
    const qint64 value = text->trimmed().toLongLong(&ok);
    if (!ok) {
        addError(name, QStringLiteral("Input should be a valid integer"), QStringLiteral("int_parsing"));
        return std::nullopt;
    }
    if (value < min) {
        addError(name, QStringLiteral("Input should be greater than or equal to %1").arg(min), QStringLiteral("greater_than_equal"));
        return std::nullopt;
    }
    if (value > max) {
        addError(name, QStringLiteral("Input should be less than or equal to %1").arg(max), QStringLiteral("less_than_equal"));
        return std::nullopt;
    }
    return value;
}

std::optional<QDate> QueryParams::date(const QString &name)
{
    const auto text = string(name);
    if (!text)
        return std::nullopt;
    const QDate d = TimeUtil::parseDate(text->trimmed());
    if (!d.isValid()) {
        addError(name, QStringLiteral("Input should be a valid date (YYYY-MM-DD)"), QStringLiteral("date_parsing"));
        return std::nullopt;
    }
    return d;
}

std::optional<bool> QueryParams::boolean(const QString &name)
{
    const auto text = string(name);
    if (!text)
        return std::nullopt;
    const QString t = text->trimmed().toLower();
    if (t == u"true" || t == u"1" || t == u"yes" || t == u"on")
        return true;
    if (t == u"false" || t == u"0" || t == u"no" || t == u"off")
        return false;
    addError(name, QStringLiteral("Input should be a valid boolean"), QStringLiteral("bool_parsing"));
    return std::nullopt;
}

Page QueryParams::page()
{
    Page page;
    page.skip = integer(QStringLiteral("skip"), 0).value_or(0);
    page.limit = integer(QStringLiteral("limit"), 1, 1000).value_or(100);
    return page;
}

void QueryParams::sort(const QStringList &allowed, QString &column, bool &descending)
{
    const auto text = string(QStringLiteral("sort"));
    if (!text || text->trimmed().isEmpty())
        return;
    QString key = text->trimmed();
    bool desc = false;
    if (key.startsWith(u'-')) {
        desc = true;
        key.remove(0, 1);
    } else if (key.endsWith(QStringLiteral(":desc"))) {
        desc = true;
        key.chop(5);
    } else if (key.endsWith(QStringLiteral(":asc"))) {
        key.chop(4);
    }
    if (!allowed.contains(key)) {
        addError(QStringLiteral("sort"), QStringLiteral("Input should be one of: %1 (prefix - for descending)").arg(allowed.join(QStringLiteral(", "))),
                 QStringLiteral("enum"));
        return;
    }
    column = key;
    descending = desc;
}

std::optional<Money> QueryParams::money(const QString &name)
{
    const auto text = string(name);
    if (!text)
        return std::nullopt;
    const auto value = Money::parse(*text);
    if (!value)
        addError(name, QStringLiteral("Input should be a decimal number with at most 2 decimal places"), QStringLiteral("decimal_parsing"));
    return value;
}
