// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class CategoryTableModel;
class QPushButton;
class Store;
class TableView;

/** Category management: the list with product counts; add, rename and delete (a category with products is refused, with the reason). */
class CategoriesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CategoriesDialog(Store &store, QWidget *parent = nullptr);

    CategoryTableModel *model() const { return m_model; }
    TableView *table() const { return m_table; }
    /** Deletes the selected category after asking; @p confirm false skips the question (tests). */
    bool deleteSelected(bool confirm = true);
    /** The last refusal shown (e.g. the service's "has products" message). */
    QString lastError() const { return m_lastError; }

signals:
    void categoriesChanged();

private:
    void refresh();
    void edit(qint64 id);

    Store &m_store;
    CategoryTableModel *m_model;
    TableView *m_table;
    QString m_lastError;
};
