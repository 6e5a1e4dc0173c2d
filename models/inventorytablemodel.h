// SPDX-License-Identifier: MIT
#pragma once

#include "modelroles.h"
#include "sqltablemodel.h"

class Database;

/**
 * Stock rows with their product, coloured by status (out / low / ok, SPEC §3) and carrying
 * ModelRoles::StockStatusRole; search by product name or SKU, low-stock-only filter.
 */
class InventoryTableModel : public SqlTableModel
{
    Q_OBJECT

public:
    explicit InventoryTableModel(Database &database, QObject *parent = nullptr);

    void setSearch(const QString &text) { m_search = text; }
    void setLowStockOnly(bool on) { m_lowStockOnly = on; }
    /** The status of @p row from its quantity and threshold. */
    int stockStatus(int row) const;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    void refresh() override;

private:
    Database &m_db;
    QString m_search;
    bool m_lowStockOnly = false;
};
