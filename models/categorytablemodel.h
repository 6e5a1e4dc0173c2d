// SPDX-License-Identifier: MIT
#pragma once

#include "sqltablemodel.h"

class Database;

/** Categories by name, with how many products each holds. */
class CategoryTableModel : public SqlTableModel
{
    Q_OBJECT

public:
    explicit CategoryTableModel(Database &database, QObject *parent = nullptr);

    void refresh() override;

private:
    Database &m_db;
};
