// SPDX-License-Identifier: MIT
#include "sqlquery.h"

#include "connection.h"

#include <QSqlError>

SqlQuery::SqlQuery(Connection &connection, const QString &sql)
    : m_connection(connection)
    , m_query(connection.database())
    , m_sql(sql)
{
    m_query.setForwardOnly(true);
    if (!m_query.prepare(sql))
        m_connection.fail(m_query.lastError(), sql);
}

SqlQuery &SqlQuery::bind(const QVariant &value)
{
    m_query.addBindValue(value);
    return *this;
}

SqlQuery &SqlQuery::bindId(qint64 id)
{
    m_query.addBindValue(id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qlonglong>()));
    return *this;
}

SqlQuery &SqlQuery::exec()
{
    if (!m_query.exec())
        m_connection.fail(m_query.lastError(), m_sql);
    return *this;
}

QVariant SqlQuery::scalar()
{
    exec();
    return next() ? value(0) : QVariant();
}
