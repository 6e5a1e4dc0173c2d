// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>

#include "filters.h"

class SqlQuery;

/** Builds a WHERE clause and its bound values piece by piece (internal to the repositories). */
class WhereBuilder
{
public:
    void add(const QString &condition, const QVariantList &values = {});
    QString sql() const;
    const QVariantList &values() const { return m_values; }

private:
    QStringList m_conditions;
    QVariantList m_values;
};

/** Binds every value of @p values to @p query in order. */
void bindAll(SqlQuery &query, const QVariantList &values);

/** "(?,?,…,?)" with @p count placeholders, for an IN list of bound values. */
QString inList(qsizetype count);

/** " ORDER BY <column> ASC|DESC, id" for a column the caller has whitelisted. */
QString orderBy(const QString &column, bool descending, const QString &tieBreaker = QStringLiteral("id"));

/** " LIMIT ? OFFSET ?" values appended to @p values. */
QString limitOffset(const Page &page, QVariantList &values);

/** The pattern for a case-insensitive "contains" match: "%text%", lower-cased, with LIKE wildcards escaped. */
QString containsPattern(const QString &text);

/** LOWER(column) LIKE ? ESCAPE '!' — the matching condition for containsPattern(). */
QString containsCondition(const QString &column);
