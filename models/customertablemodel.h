// SPDX-License-Identifier: MIT
#pragma once

#include "sqltablemodel.h"

class Database;

/** The customer list: search by name or e-mail, sort in SQL. Rows are read as the view scrolls. */
class CustomerTableModel : public SqlTableModel
{
    Q_OBJECT

public:
    explicit CustomerTableModel(Database &database, QObject *parent = nullptr);
    /** Name or e-mail contains @p text. Call refresh() to apply. */
    void setSearch(const QString &text) { m_search = text; }

    void refresh() override;

private:
    Database &m_db;
    QString m_search;
};
