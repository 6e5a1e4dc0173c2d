// SPDX-License-Identifier: MIT
#pragma once

#include "sqltablemodel.h"

class Database;

/** The product list: search by name or SKU, filter by category, sort by any column in SQL. */
class ProductTableModel : public SqlTableModel
{
    Q_OBJECT

public:
    explicit ProductTableModel(Database &database, QObject *parent = nullptr);
    /** Name or SKU contains @p text (case-insensitive). Call refresh() to apply. */
    void setSearch(const QString &text) { m_search = text; }
    /** 0 = every category. Call refresh() to apply. */
    void setCategoryId(qint64 id) { m_categoryId = id; }

    void refresh() override;

private:
    Database &m_db;
    QString m_search;
    qint64 m_categoryId = 0;
};
