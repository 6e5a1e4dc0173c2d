// SPDX-License-Identifier: MIT
#include "productspage.h"

#include "categoriesdialog.h"
#include "moneydelegate.h"
#include "productdialog.h"
#include "producttablemodel.h"
#include "logging.h"
#include "store.h"
#include "tableview.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

ProductsPage::ProductsPage(Store &store, QWidget *parent) : ScreenPage(parent), m_store(store)
{
    m_model = new ProductTableModel(store.database(), this);
    m_model->setTimeZone(store.config().storeTimeZone);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("productSearch"));
    m_search->setPlaceholderText(tr("Search name or SKU"));
    m_search->setAccessibleName(tr("Search products by name or SKU"));
    m_search->setClearButtonEnabled(true);
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("categoryFilter"));
    m_category->setAccessibleName(tr("Category filter"));
    m_category->setMinimumWidth(180);
    auto *add = new QPushButton(tr("New product…"), this);
    add->setAccessibleName(tr("New product"));
    auto *edit = new QPushButton(tr("Edit…"), this);
    edit->setAccessibleName(tr("Edit product"));
    auto *remove = new QPushButton(tr("Delete"), this);
    remove->setAccessibleName(tr("Delete product"));
    auto *categories = new QPushButton(tr("Categories…"), this);
    categories->setAccessibleName(tr("Manage categories"));
    m_count = new QLabel(this);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 2);
    bar->addWidget(m_category, 1);
    bar->addWidget(m_count);
    bar->addStretch();
    bar->addWidget(categories);
    bar->addWidget(add);
    bar->addWidget(edit);
    bar->addWidget(remove);

    m_table = new TableView(this);
    m_table->setObjectName(QStringLiteral("productsTable"));
    m_table->setAccessibleName(tr("Products"));
    m_table->setModel(m_model);
    m_table->fieldLookup = [this](const QString &f) { return m_model->fieldIndex(f); };
    m_table->setItemDelegate(new MoneyDelegate(store.config().currency, m_table));
    m_table->horizontalHeader()->setSortIndicator(1, Qt::AscendingOrder);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table);

    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, &ProductsPage::applyFilter);
    connect(m_category, &QComboBox::currentIndexChanged, this, &ProductsPage::applyFilter);
    connect(add, &QPushButton::clicked, this, &ProductsPage::newItem);
    connect(edit, &QPushButton::clicked, this, &ProductsPage::editItem);
    connect(remove, &QPushButton::clicked, this, &ProductsPage::deleteItem);
    connect(categories, &QPushButton::clicked, this, &ProductsPage::manageCategories);
    connect(m_table, &QTableView::activated, this, &ProductsPage::editItem); // double-click or Return

    reloadCategories();
    refresh();
}

QTableView *ProductsPage::mainTable() const
{
    return m_table;
}

void ProductsPage::reloadCategories()
{
    const qint64 current = m_category->currentData().toLongLong();
    const QSignalBlocker block(m_category);
    m_category->clear();
    m_category->addItem(tr("All categories"), qint64(0));
    try {
        CategoryFilter filter;
        filter.page.limit = 1000;
        for (const Category &c : m_store.categories().list(filter))
            m_category->addItem(c.name, c.id);
    } catch (const StoreError &e) {
        qCWarning(lcUi) << e.message();
        emit statusMessage(e.message());
    }
    m_category->setCurrentIndex(std::max(0, m_category->findData(current)));
}

void ProductsPage::applyFilter()
{
    m_model->setSearch(m_search->text());
    m_model->setCategoryId(m_category->currentData().toLongLong());
    refresh();
}

void ProductsPage::refresh()
{
    const int row = m_table->currentRow();
    const qint64 selected = row >= 0 ? m_model->idAt(row) : 0;
    m_model->refresh();
    m_table->hideFields({QStringLiteral("id"), QStringLiteral("category_id")});
    m_table->horizontalHeader()->resizeSection(m_model->fieldIndex(QStringLiteral("name")), 260);
    m_count->setText(tr("%n product(s)", nullptr, m_model->rowCount()));
    if (const int again = m_model->rowOfId(selected); again >= 0)
        m_table->selectRow(again);
}

void ProductsPage::edit(qint64 id)
{
    ProductDialog dialog(m_store, id, id ? 0 : m_category->currentData().toLongLong(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    if (const int row = m_model->rowOfId(dialog.saved().id); row >= 0)
        m_table->selectRow(row);
    emit statusMessage(tr("Saved “%1”").arg(dialog.saved().name));
    emit dataChanged();
}

void ProductsPage::newItem()
{
    edit(0);
}

void ProductsPage::editItem()
{
    if (const int row = m_table->currentRow(); row >= 0)
        edit(m_model->idAt(row));
}

void ProductsPage::deleteItem()
{
    deleteCurrent(true);
}

bool ProductsPage::deleteCurrent(bool confirm)
{
    const int row = m_table->currentRow();
    if (row < 0)
        return false;
    const qint64 id = m_model->idAt(row);
    const QString name = m_model->value(row, QStringLiteral("name")).toString();
    if (confirm
        && QMessageBox::question(this, tr("Delete product"),
                                 tr("Delete “%1”? Its stock rows and their history are deleted too.").arg(name))
            != QMessageBox::Yes)
        return false;
    try {
        m_store.products().remove(id);
    } catch (const StoreError &e) {
        m_lastError = e.message();
        if (confirm)
            QMessageBox::warning(this, tr("Delete product"),
                                 e.code() == u"has_sales"
                                     ? tr("“%1” cannot be deleted because it has been sold: orders keep their history.").arg(name)
                                     : e.message());
        return false;
    }
    refresh();
    emit statusMessage(tr("Deleted “%1”").arg(name));
    emit dataChanged();
    return true;
}

void ProductsPage::manageCategories()
{
    CategoriesDialog dialog(m_store, this);
    connect(&dialog, &CategoriesDialog::categoriesChanged, this, [this] {
        reloadCategories();
        refresh();
        emit dataChanged();
    });
    dialog.exec();
}
