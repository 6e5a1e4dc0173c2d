// SPDX-License-Identifier: MIT
#pragma once

#include "screenpage.h"

class ProductTableModel;
class QComboBox;
class QLabel;
class QLineEdit;
class Store;
class TableView;

/** Products & categories: search by name or SKU, category filter, sort by any column; add, edit, delete; category management. */
class ProductsPage : public ScreenPage
{
    Q_OBJECT

public:
    explicit ProductsPage(Store &store, QWidget *parent = nullptr);

    QString title() const override { return tr("Products"); }
    void refresh() override;
    QTableView *mainTable() const override;
    void newItem() override;
    void editItem() override;
    void deleteItem() override;
    bool canCreate() const override { return true; }
    bool canDelete() const override { return true; }

    ProductTableModel *model() const { return m_model; }
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *categoryFilter() const { return m_category; }
    /** Deletes the current product; @p confirm false skips the questions (tests). Returns whether it was deleted. */
    bool deleteCurrent(bool confirm);
    /** The last refusal (e.g. a product with sales), for tests. */
    QString lastError() const { return m_lastError; }
    void manageCategories();

private:
    void reloadCategories();
    void applyFilter();
    void edit(qint64 id);

    Store &m_store;
    ProductTableModel *m_model;
    TableView *m_table;
    QLineEdit *m_search;
    QComboBox *m_category;
    QLabel *m_count;
    QString m_lastError;
};
