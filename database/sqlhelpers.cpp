// SPDX-License-Identifier: MIT
#include "sqlhelpers.h"

#include "sqlquery.h"

void WhereBuilder::add(const QString &condition, const QVariantList &values)
{
    m_conditions << condition;
    m_values << values;
}

QString WhereBuilder::sql() const
{
    if (m_conditions.isEmpty())
        return {};
    return QStringLiteral(" WHERE ") + m_conditions.join(QStringLiteral(" AND "));
}

void bindAll(SqlQuery &query, const QVariantList &values)
{
    for (const QVariant &v : values)
        query.bind(v);
}

QString inList(qsizetype count)
{
    QString sql;
    sql.reserve(2 * count + 1);
    sql += u'(';
    for (qsizetype i = 0; i < count; ++i)
        sql += i ? QStringLiteral(",?") : QStringLiteral("?");
    sql += u')';
    return sql;
}

QString orderBy(const QString &column, bool descending, const QString &tieBreaker)
{
    QString sql = QStringLiteral(" ORDER BY ") + column + (descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC"));
    if (column != tieBreaker)
        sql += QStringLiteral(", ") + tieBreaker + (descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC"));
    return sql;
}

QString limitOffset(const Page &page, QVariantList &values)
{
    values << QVariant(page.limit) << QVariant(page.skip);
    return QStringLiteral(" LIMIT ? OFFSET ?");
}

QString containsPattern(const QString &text)
{
    QString escaped = text.toLower();
    escaped.replace(u'!', QStringLiteral("!!")).replace(u'%', QStringLiteral("!%")).replace(u'_', QStringLiteral("!_"));
    return u'%' + escaped + u'%';
}

QString containsCondition(const QString &column)
{
    return QStringLiteral("LOWER(") + column + QStringLiteral(") LIKE ? ESCAPE '!'");
}
