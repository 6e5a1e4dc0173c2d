// SPDX-License-Identifier: MIT
#pragma once

#include "sqltablemodel.h"

class Database;

/** One stock row's history, newest first. */
class InventoryHistoryModel : public SqlTableModel
{
    Q_OBJECT

public:
    explicit InventoryHistoryModel(Database &database, QObject *parent = nullptr);
    /** 0 = no row (empty). Call refresh() to apply. */
    void setInventoryId(qint64 id) { m_inventoryId = id; }
    qint64 inventoryId() const { return m_inventoryId; }

    void refresh() override;

private:
    Database &m_db;
    qint64 m_inventoryId = 0;
};
