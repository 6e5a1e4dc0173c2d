// SPDX-License-Identifier: MIT
#include "categoriesdialog.h"

#include "categorydialog.h"
#include "categorytablemodel.h"
#include "store.h"
#include "tableview.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

CategoriesDialog::CategoriesDialog(Store &store, QWidget *parent) : QDialog(parent), m_store(store)
{
    setWindowTitle(tr("Categories"));
    resize(560, 420);
    m_model = new CategoryTableModel(store.database(), this);
    m_table = new TableView(this);
    m_table->setObjectName(QStringLiteral("categoriesTable"));
    m_table->setAccessibleName(tr("Categories"));
    m_table->setSortingEnabled(false);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setModel(m_model);
    m_table->fieldLookup = [this](const QString &f) { return m_model->fieldIndex(f); };

    auto *add = new QPushButton(tr("&New…"), this);
    add->setAccessibleName(tr("New category"));
    auto *edit = new QPushButton(tr("&Rename…"), this);
    edit->setAccessibleName(tr("Rename category"));
    auto *remove = new QPushButton(tr("&Delete"), this);
    remove->setAccessibleName(tr("Delete category"));
    connect(add, &QPushButton::clicked, this, [this] { this->edit(0); });
    connect(edit, &QPushButton::clicked, this, [this] {
        if (const int row = m_table->currentRow(); row >= 0)
            this->edit(m_model->idAt(row));
    });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) { this->edit(m_model->idAt(index.row())); });
    connect(remove, &QPushButton::clicked, this, [this] { deleteSelected(); });

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(edit);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(m_table, 1);
    row->addLayout(buttons);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(close);
    refresh();
}

void CategoriesDialog::refresh()
{
    m_model->refresh();
    m_table->hideFields({QStringLiteral("id")});
    m_table->horizontalHeader()->resizeSection(m_model->fieldIndex(QStringLiteral("name")), 180);
}

void CategoriesDialog::edit(qint64 id)
{
    CategoryDialog dialog(m_store, id, this);
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        const int row = m_model->rowOfId(dialog.saved().id);
        if (row >= 0)
            m_table->selectRow(row);
        emit categoriesChanged();
    }
}

bool CategoriesDialog::deleteSelected(bool confirm)
{
    const int row = m_table->currentRow();
    if (row < 0)
        return false;
    const qint64 id = m_model->idAt(row);
    const QString name = m_model->value(row, QStringLiteral("name")).toString();
    if (confirm
        && QMessageBox::question(this, tr("Delete category"), tr("Delete the category “%1”?").arg(name)) != QMessageBox::Yes)
        return false;
    try {
        m_store.categories().remove(id);
    } catch (const StoreError &e) {
        m_lastError = e.message();
        if (confirm)
            QMessageBox::warning(this, tr("Delete category"),
                                 e.code() == u"has_products"
                                     ? tr("“%1” still has products. Move them to another category or delete them first.").arg(name)
                                     : e.message());
        return false;
    }
    refresh();
    emit categoriesChanged();
    return true;
}
