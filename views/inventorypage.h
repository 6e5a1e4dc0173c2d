// SPDX-License-Identifier: MIT
#pragma once

#include "screenpage.h"

class InventoryHistoryModel;
class InventoryTableModel;
class QCheckBox;
class QLabel;
class QLineEdit;
class StockChart;
class Store;
class TableView;

/**
 * Inventory: stock per product and location/channel coloured out / low / ok, a low-stock-only
 * filter and search; the selected row's history with a small stock-over-time chart; the
 * adjust-stock dialog.
 */
class InventoryPage : public ScreenPage
{
    Q_OBJECT

public:
    explicit InventoryPage(Store &store, QWidget *parent = nullptr);

    QString title() const override { return tr("Inventory"); }
    void refresh() override;
    QTableView *mainTable() const override;
    void editItem() override { adjustStock(); }

    void adjustStock();
    InventoryTableModel *model() const { return m_model; }
    InventoryHistoryModel *historyModel() const { return m_history; }
    TableView *historyTable() const { return m_historyTable; }
    /** The stock chart (nullptr when built without Qt Charts). */
    StockChart *chart() const { return m_chart; }
    QCheckBox *lowStockOnly() const { return m_lowOnly; }
    QLineEdit *searchEdit() const { return m_search; }
    /** Selects the row of inventory id @p id (shows its history). */
    void selectInventory(qint64 id);

signals:
    /** How many rows are at or below their threshold (for the sidebar badge). */
    void lowStockCountChanged(qint64 count);

private:
    void applyFilter();
    void showHistory();

    Store &m_store;
    InventoryTableModel *m_model;
    InventoryHistoryModel *m_history;
    TableView *m_table;
    TableView *m_historyTable;
    StockChart *m_chart = nullptr;
    QLineEdit *m_search;
    QCheckBox *m_lowOnly;
    QLabel *m_count;
    QLabel *m_historyTitle;
};
