// SPDX-License-Identifier: MIT
#include "transaction.h"

#include "connection.h"
#include "logging.h"

#include <QSqlQuery>

Transaction::Transaction(Connection &connection)
    : m_connection(connection)
    , m_outermost(connection.transactionDepth() == 0)
{
    if (m_outermost)
        m_connection.exec(m_connection.dialect().beginTransaction());
    m_connection.setTransactionDepth(m_connection.transactionDepth() + 1);
}

Transaction::~Transaction()
{
    m_connection.setTransactionDepth(m_connection.transactionDepth() - 1);
    if (!m_outermost || m_done)
        return;
    QSqlQuery rollback(m_connection.database());
    if (!rollback.exec(QStringLiteral("ROLLBACK")))
        qCWarning(lcDatabase) << "rollback failed:" << rollback.lastError().text();
}

void Transaction::commit()
{
    if (!m_outermost)
        return;
    m_connection.exec(QStringLiteral("COMMIT"));
    m_done = true;
}
