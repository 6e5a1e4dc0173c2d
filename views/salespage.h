// SPDX-License-Identifier: MIT
#pragma once

#include "screenpage.h"
#include "salestatus.h"

#include <QDate>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class SaleItemsModel;
class SalesTableModel;
class Store;
class TableView;

/**
 * Sales: every order, however many, through the windowed SalesTableModel (sorting and filtering
 * in SQL); date-range, platform and status filters; a detail pane with the order's lines and
 * totals; new sale; status changes with confirmation (cancel/refund put stock back).
 */
class SalesPage : public ScreenPage
{
    Q_OBJECT

public:
    explicit SalesPage(Store &store, QWidget *parent = nullptr);

    QString title() const override { return tr("Sales"); }
    void refresh() override;
    QTableView *mainTable() const override;
    void newItem() override;
    bool canCreate() const override { return true; }

    SalesTableModel *model() const { return m_model; }
    SaleItemsModel *itemsModel() const { return m_items; }
    QComboBox *platformFilter() const { return m_platform; }
    QComboBox *statusFilter() const { return m_status; }
    QComboBox *periodFilter() const { return m_period; }
    /** Sets a custom date range (store-local, inclusive) and applies it. */
    void setDateRange(const QDate &from, const QDate &to);
    /** Moves the selected order to @p status through SalesService; asks first unless @p confirm is false. */
    bool changeStatus(SaleStatus status, bool confirm = true);
    QString lastError() const { return m_lastError; }
    /** The order shown in the detail pane (0 if none). */
    qint64 shownSaleId() const { return m_shownId; }
    QLabel *detailTotal() const { return m_detailTotal; }

private:
    void applyFilter();
    void periodChanged();
    void showDetail();

    Store &m_store;
    SalesTableModel *m_model;
    SaleItemsModel *m_items;
    TableView *m_table;
    TableView *m_itemsTable;
    QComboBox *m_period;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_platform;
    QComboBox *m_status;
    QLabel *m_count;
    QLabel *m_detailTitle;
    QLabel *m_detailInfo;
    QLabel *m_detailTotal;
    QComboBox *m_newStatus;
    QPushButton *m_applyStatus;
    qint64 m_shownId = 0;
    QString m_lastError;
};
