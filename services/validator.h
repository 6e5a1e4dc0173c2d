// SPDX-License-Identifier: MIT
#pragma once

#include "money.h"
#include "storeerror.h"

#include <QList>
#include <QString>
#include <QStringList>

/**
 * Collects every invalid field of one request, so a caller learns about all of them at once,
 * then throws a single StoreError(Validation). Texts and type codes follow the API contract.
 */
class Validator
{
public:
    /** Trims @p value; requires 1..@p maxLength characters. Returns the trimmed text. */
    QString requireText(const QStringList &loc, const QString &value, int maxLength);
    /** Trims @p value; allows empty; at most @p maxLength characters. */
    QString optionalText(const QStringList &loc, const QString &value, int maxLength);
    void requireNonNegative(const QStringList &loc, Money value);
    void requireNonNegative(const QStringList &loc, qint64 value);
    void requirePositive(const QStringList &loc, qint64 value);
    void add(const QStringList &loc, const QString &msg, const QString &type = QStringLiteral("value_error"));

    bool hasErrors() const { return !m_errors.isEmpty(); }
    /** Throws StoreError::validation with everything collected, if anything was. */
    void throwIfInvalid() const;

private:
    QList<FieldError> m_errors;
};
