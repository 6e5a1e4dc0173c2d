// SPDX-License-Identifier: MIT
#include "databaseerror.h"

DatabaseError::DatabaseError(Category category, QSqlError error, QString statement)
    : m_category(category)
    , m_error(std::move(error))
    , m_statement(std::move(statement))
    , m_what(message().toUtf8())
{
}

QString DatabaseError::message() const
{
    QString text = m_error.databaseText().isEmpty() ? m_error.text() : m_error.databaseText();
    if (!m_error.driverText().isEmpty() && !text.contains(m_error.driverText()) && m_error.databaseText().isEmpty())
        text = m_error.driverText() + QStringLiteral(": ") + text;
    return text.simplified();
}
