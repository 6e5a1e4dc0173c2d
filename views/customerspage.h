// SPDX-License-Identifier: MIT
#pragma once

#include "screenpage.h"

class CustomerTableModel;
class QLabel;
class QLineEdit;
class SalesTableModel;
class Store;
class TableView;

/** Customers: search by name or e-mail, add and edit; the selected customer's orders and lifetime value. */
class CustomersPage : public ScreenPage
{
    Q_OBJECT

public:
    explicit CustomersPage(Store &store, QWidget *parent = nullptr);

    QString title() const override { return tr("Customers"); }
    void refresh() override;
    QTableView *mainTable() const override;
    void newItem() override;
    void editItem() override;
    bool canCreate() const override { return true; }

    CustomerTableModel *model() const { return m_model; }
    SalesTableModel *ordersModel() const { return m_orders; }
    QLineEdit *searchEdit() const { return m_search; }
    QLabel *lifetimeValue() const { return m_lifetime; }
    void selectCustomer(qint64 id);

private:
    void applyFilter();
    void showDetail();
    void edit(qint64 id);

    Store &m_store;
    CustomerTableModel *m_model;
    SalesTableModel *m_orders;
    TableView *m_table;
    TableView *m_ordersTable;
    QLineEdit *m_search;
    QLabel *m_count;
    QLabel *m_name;
    QLabel *m_contact;
    QLabel *m_lifetime;
};
