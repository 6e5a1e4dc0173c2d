// SPDX-License-Identifier: MIT
#include "customerspage.h"

#include "customerdialog.h"
#include "customertablemodel.h"
#include "moneydelegate.h"
#include "moneyformat.h"
#include "salestablemodel.h"
#include "salestatusproxymodel.h"
#include "store.h"
#include "tableview.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

CustomersPage::CustomersPage(Store &store, QWidget *parent) : ScreenPage(parent), m_store(store)
{
    m_model = new CustomerTableModel(store.database(), this);
    m_model->setTimeZone(store.config().storeTimeZone);
    m_orders = new SalesTableModel(store.database(), store.config().storeTimeZone, this);
    m_orders->setCustomerId(qint64(-1)); // nobody until a customer is selected
    m_orders->applyFilter();

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("customerSearch"));
    m_search->setPlaceholderText(tr("Search name or e-mail"));
    m_search->setAccessibleName(tr("Search customers by name or e-mail"));
    m_search->setClearButtonEnabled(true);
    m_count = new QLabel(this);
    auto *add = new QPushButton(tr("New customer…"), this);
    add->setAccessibleName(tr("New customer"));
    auto *edit = new QPushButton(tr("Edit…"), this);
    edit->setAccessibleName(tr("Edit customer"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 2);
    bar->addWidget(m_count);
    bar->addStretch(1);
    bar->addWidget(add);
    bar->addWidget(edit);

    m_table = new TableView(this);
    m_table->setObjectName(QStringLiteral("customersTable"));
    m_table->setAccessibleName(tr("Customers"));
    m_table->setModel(m_model);
    m_table->fieldLookup = [this](const QString &f) { return m_model->fieldIndex(f); };

    auto *detail = new QWidget(this);
    m_name = new QLabel(detail);
    QFont titleFont = m_name->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_name->setFont(titleFont);
    m_contact = new QLabel(detail);
    m_contact->setTextFormat(Qt::PlainText);
    m_contact->setWordWrap(true);
    m_lifetime = new QLabel(detail);
    m_lifetime->setObjectName(QStringLiteral("lifetimeValue"));
    m_ordersTable = new TableView(detail);
    m_ordersTable->setObjectName(QStringLiteral("customerOrdersTable"));
    m_ordersTable->setAccessibleName(tr("The customer's orders"));
    auto *status = new SaleStatusProxyModel(SalesTableModel::Status, this);
    status->setSourceModel(m_orders);
    m_ordersTable->setModel(status);
    m_ordersTable->fieldLookup = [](const QString &f) { return SalesTableModel::fieldIndex(f); };
    m_ordersTable->setItemDelegate(new MoneyDelegate(store.config().currency, m_ordersTable));
    m_ordersTable->hideFields({QStringLiteral("id"), QStringLiteral("customer")});
    QHeaderView *orders = m_ordersTable->horizontalHeader();
    orders->setStretchLastSection(false);
    orders->resizeSection(SalesTableModel::OrderDate, 120);
    orders->resizeSection(SalesTableModel::Platform, 72);
    orders->resizeSection(SalesTableModel::Status, 88);
    orders->resizeSection(SalesTableModel::Total, 84);
    orders->setSectionResizeMode(SalesTableModel::OrderNumber, QHeaderView::Stretch);
    m_ordersTable->horizontalHeader()->setSortIndicator(SalesTableModel::OrderDate, Qt::DescendingOrder);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(8, 0, 0, 0);
    detailLayout->addWidget(m_name);
    detailLayout->addWidget(m_contact);
    detailLayout->addWidget(m_lifetime);
    detailLayout->addWidget(m_ordersTable, 1);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(detail);
    split->setObjectName(QStringLiteral("customersSplitter"));
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({680, 460});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split);

    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, &CustomersPage::applyFilter);
    connect(add, &QPushButton::clicked, this, &CustomersPage::newItem);
    connect(edit, &QPushButton::clicked, this, &CustomersPage::editItem);
    connect(m_table, &QTableView::activated, this, &CustomersPage::editItem); // double-click or Return
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CustomersPage::showDetail);
    refresh();
    m_table->horizontalHeader()->setSortIndicator(m_model->fieldIndex(QStringLiteral("name")), Qt::AscendingOrder);
}

QTableView *CustomersPage::mainTable() const
{
    return m_table;
}

void CustomersPage::applyFilter()
{
    m_model->setSearch(m_search->text());
    refresh();
}

void CustomersPage::refresh()
{
    const int row = m_table->currentRow();
    const qint64 selected = row >= 0 ? m_model->idAt(row) : 0;
    m_model->refresh();
    m_table->hideFields({QStringLiteral("id"), QStringLiteral("address")});
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->resizeSection(m_model->fieldIndex(QStringLiteral("name")), 150);
    header->resizeSection(m_model->fieldIndex(QStringLiteral("phone")), 125);
    header->resizeSection(m_model->fieldIndex(QStringLiteral("created_at")), 125);
    header->setSectionResizeMode(m_model->fieldIndex(QStringLiteral("email")), QHeaderView::Stretch);
    m_count->setText(tr("%n customer(s)", nullptr, m_model->rowCount()));
    if (selected)
        selectCustomer(selected);
    showDetail();
}

void CustomersPage::selectCustomer(qint64 id)
{
    const int row = m_model->rowOfId(id);
    if (row >= 0) {
        m_table->selectRow(row);
        m_table->setCurrentIndex(m_model->index(row, m_model->fieldIndex(QStringLiteral("name"))));
    }
}

void CustomersPage::showDetail()
{
    const int row = m_table->currentIndex().isValid() ? m_table->currentIndex().row() : -1;
    const qint64 id = row >= 0 ? m_model->idAt(row) : 0;
    m_orders->setCustomerId(id ? id : qint64(-1));
    m_orders->applyFilter();
    if (!id) {
        m_name->setText(tr("Select a customer"));
        m_contact->clear();
        m_lifetime->clear();
        return;
    }
    m_name->setText(m_model->value(row, QStringLiteral("name")).toString());
    QStringList contact;
    for (const QString &field : {QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("address")}) {
        const QString text = m_model->value(row, field).toString();
        if (!text.isEmpty())
            contact << text;
    }
    m_contact->setText(contact.join(u'\n'));
    try {
        const CustomerStats stats = m_store.customers().stats(id);
        m_lifetime->setText(tr("Lifetime value: %1 from %n order(s) (cancelled and refunded orders not counted)", nullptr,
                               int(stats.orders))
                                .arg(MoneyFormat::format(stats.lifetimeValue.cents(), m_store.config().currency)));
    } catch (const StoreError &e) {
        m_lifetime->setText(e.message());
    }
}

void CustomersPage::edit(qint64 id)
{
    CustomerDialog dialog(m_store, id, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    selectCustomer(dialog.saved().id);
    emit statusMessage(tr("Saved “%1”").arg(dialog.saved().name));
    emit dataChanged();
}

void CustomersPage::newItem()
{
    edit(0);
}

void CustomersPage::editItem()
{
    if (const int row = m_table->currentRow(); row >= 0)
        edit(m_model->idAt(row));
}
