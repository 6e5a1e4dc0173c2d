// SPDX-License-Identifier: MIT
#include "validator.h"

QString Validator::requireText(const QStringList &loc, const QString &value, int maxLength)
{
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty())
        add(loc, QStringLiteral("must not be empty"), QStringLiteral("string_too_short"));
    else if (trimmed.size() > maxLength)
        add(loc, QStringLiteral("must be at most %1 characters").arg(maxLength), QStringLiteral("string_too_long"));
    return trimmed;
}

QString Validator::optionalText(const QStringList &loc, const QString &value, int maxLength)
{
    const QString trimmed = value.trimmed();
    if (trimmed.size() > maxLength)
        add(loc, QStringLiteral("must be at most %1 characters").arg(maxLength), QStringLiteral("string_too_long"));
    return trimmed;
}

void Validator::requireNonNegative(const QStringList &loc, Money value)
{
    if (value.isNegative())
        add(loc, QStringLiteral("must be greater than or equal to 0"), QStringLiteral("greater_than_equal"));
}

void Validator::requireNonNegative(const QStringList &loc, qint64 value)
{
    if (value < 0)
        add(loc, QStringLiteral("must be greater than or equal to 0"), QStringLiteral("greater_than_equal"));
}

void Validator::requirePositive(const QStringList &loc, qint64 value)
{
    if (value <= 0)
        add(loc, QStringLiteral("must be greater than 0"), QStringLiteral("greater_than"));
}

void Validator::add(const QStringList &loc, const QString &msg, const QString &type)
{
    m_errors.append(FieldError{loc, msg, type});
}

void Validator::throwIfInvalid() const
{
    if (!m_errors.isEmpty())
        throw StoreError::validation(m_errors);
}
