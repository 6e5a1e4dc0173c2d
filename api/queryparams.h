// SPDX-License-Identifier: MIT
#pragma once

#include "filters.h"
#include "storeerror.h"

#include <QDate>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

/**
 * Reads query parameters with the API's rules: unknown parameters are ignored, a known one with
 * a bad value is a 422 (loc ["query", name]); every problem is collected before throwing.
 */
class QueryParams
{
public:
    explicit QueryParams(const QUrlQuery &query) : m_query(query) {}

    bool has(const QString &name) const;
    std::optional<QString> string(const QString &name) const;
    std::optional<qint64> integer(const QString &name, qint64 min = 1, qint64 max = std::numeric_limits<qint64>::max());
    std::optional<QDate> date(const QString &name);
    std::optional<bool> boolean(const QString &name);
    /** A decimal amount with at most two decimals ("12", "12.5", "0.99"). */
    std::optional<Money> money(const QString &name);
    /** skip (≥ 0, default 0) and limit (1…1000, default 100). */
    Page page();
    /**
     * `sort=name` or `sort=-price` (also `sort=price:desc`) against @p allowed columns; sets
     * @p column/@p descending, leaves them unchanged when absent.
     */
    void sort(const QStringList &allowed, QString &column, bool &descending);

    void addError(const QString &name, const QString &msg, const QString &type);
    void throwIfInvalid() const;

private:
    QUrlQuery m_query;
    QList<FieldError> m_errors;
};
