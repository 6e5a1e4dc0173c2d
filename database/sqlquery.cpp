// SPDX-License-Identifier: MIT
#include "sqlquery.h"

#include "connection.h"

#include <QSqlError>

SqlQuery::SqlQuery(Connection &connection, const QString &sql)
    : m_connection(connection)
    , m_sql(sql)
{
    QSqlError error;
    m_query = connection.takeStatement(sql, &error);
    if (!m_query)
        m_connection.fail(error, sql);
}

SqlQuery::~SqlQuery()
{
    m_connection.releaseStatement(m_sql, std::move(m_query));
}

SqlQuery &SqlQuery::bind(const QVariant &value)
{
    m_query->addBindValue(value);
    return *this;
}

SqlQuery &SqlQuery::bindId(qint64 id)
{
    m_query->addBindValue(id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qlonglong>()));
    return *this;
}

SqlQuery &SqlQuery::exec()
{
    if (!m_query->exec())
        m_connection.fail(m_query->lastError(), m_sql);
    return *this;
}

QVariant SqlQuery::scalar()
{
    exec();
    return next() ? value(0) : QVariant();
}
