// SPDX-License-Identifier: MIT
#include "salespage.h"

#include "moneydelegate.h"
#include "moneyformat.h"
#include "newsaledialog.h"
#include "saleitemsmodel.h"
#include "salesservice.h"
#include "salestablemodel.h"
#include "salestatusproxymodel.h"
#include "store.h"
#include "tableview.h"
#include "timeutil.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace {

enum Period { AllTime, Today, Last7, Last30, ThisMonth, LastMonth, ThisYear, Custom };

} // namespace

SalesPage::SalesPage(Store &store, QWidget *parent) : ScreenPage(parent), m_store(store)
{
    const QTimeZone zone = store.config().storeTimeZone;
    m_model = new SalesTableModel(store.database(), zone, this);
    m_items = new SaleItemsModel(store.database(), this);

    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("periodFilter"));
    m_period->setAccessibleName(tr("Date range"));
    m_period->addItem(tr("All time"), AllTime);
    m_period->addItem(tr("Today"), Today);
    m_period->addItem(tr("Last 7 days"), Last7);
    m_period->addItem(tr("Last 30 days"), Last30);
    m_period->addItem(tr("This month"), ThisMonth);
    m_period->addItem(tr("Last month"), LastMonth);
    m_period->addItem(tr("This year"), ThisYear);
    m_period->addItem(tr("Custom…"), Custom);
    const QDate today = TimeUtil::nowUtc().toTimeZone(zone).date();
    m_from = new QDateEdit(today.addDays(-30), this);
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_from->setAccessibleName(tr("From date"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(QStringLiteral("toDate"));
    m_to->setAccessibleName(tr("To date"));
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_from->setEnabled(false);
    m_to->setEnabled(false);
    m_platform = new QComboBox(this);
    m_platform->setObjectName(QStringLiteral("platformFilter"));
    m_platform->setAccessibleName(tr("Platform filter"));
    m_platform->addItem(tr("All platforms"), QString());
    for (const QString &p : SalesService::knownPlatforms())
        m_platform->addItem(p, p);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->setAccessibleName(tr("Status filter"));
    m_status->addItem(tr("All statuses"), QString());
    for (const QString &s : SaleStatuses::names())
        m_status->addItem(SaleStatusProxyModel::label(s), s);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("orderCount"));
    auto *add = new QPushButton(tr("New sale…"), this);
    add->setAccessibleName(tr("New sale"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_period);
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(QStringLiteral("–"), this));
    bar->addWidget(m_to);
    bar->addWidget(m_platform);
    bar->addWidget(m_status);
    bar->addWidget(m_count);
    bar->addStretch();
    bar->addWidget(add);

    m_table = new TableView(this);
    m_table->setObjectName(QStringLiteral("salesTable"));
    m_table->setAccessibleName(tr("Orders"));
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Status in words and colour; sorting still goes to the SQL model beneath.
    m_table->setModel(new SaleStatusProxyModel(SalesTableModel::Status, this));
    static_cast<SaleStatusProxyModel *>(m_table->model())->setSourceModel(m_model);
    m_table->fieldLookup = [](const QString &f) { return SalesTableModel::fieldIndex(f); };
    m_table->setItemDelegate(new MoneyDelegate(store.config().currency, m_table));
    // Every column fits the default window; the customer column takes what is left.
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->resizeSection(SalesTableModel::OrderNumber, 155);
    header->resizeSection(SalesTableModel::OrderDate, 120);
    header->resizeSection(SalesTableModel::Platform, 75);
    header->resizeSection(SalesTableModel::Status, 82);
    header->resizeSection(SalesTableModel::Total, 88);
    header->setSectionResizeMode(SalesTableModel::Customer, QHeaderView::Stretch);
    header->setMinimumSectionSize(60);
    m_table->hideFields({QStringLiteral("id")});
    // Sorting is the model's (SQL over all rows); the indicator starts at newest first.
    m_table->horizontalHeader()->setSortIndicator(SalesTableModel::OrderDate, Qt::DescendingOrder);

    // Detail pane.
    auto *detail = new QWidget(this);
    detail->setObjectName(QStringLiteral("saleDetail"));
    m_detailTitle = new QLabel(tr("Select an order"), detail);
    QFont titleFont = m_detailTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_detailTitle->setFont(titleFont);
    m_detailInfo = new QLabel(detail);
    m_detailInfo->setTextFormat(Qt::PlainText);
    m_detailInfo->setWordWrap(true);
    m_itemsTable = new TableView(detail);
    m_itemsTable->setObjectName(QStringLiteral("saleItemsTable"));
    m_itemsTable->setAccessibleName(tr("Order lines"));
    m_itemsTable->setSortingEnabled(false);
    m_itemsTable->setModel(m_items);
    m_itemsTable->fieldLookup = [this](const QString &f) { return m_items->fieldIndex(f); };
    m_itemsTable->setItemDelegate(new MoneyDelegate(store.config().currency, m_itemsTable));
    m_detailTotal = new QLabel(detail);
    m_detailTotal->setObjectName(QStringLiteral("detailTotal"));
    m_detailTotal->setAlignment(Qt::AlignRight);
    QFont totalFont = m_detailTotal->font();
    totalFont.setBold(true);
    m_detailTotal->setFont(totalFont);
    m_newStatus = new QComboBox(detail);
    m_newStatus->setObjectName(QStringLiteral("newStatus"));
    m_newStatus->setAccessibleName(tr("New status"));
    for (const QString &s : SaleStatuses::names())
        m_newStatus->addItem(SaleStatusProxyModel::label(s), s);
    m_applyStatus = new QPushButton(tr("Change &status…"), detail);
    m_applyStatus->setAccessibleName(tr("Change order status"));
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(new QLabel(tr("Status:"), detail));
    statusRow->addWidget(m_newStatus, 1);
    statusRow->addWidget(m_applyStatus);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(8, 0, 0, 0);
    detailLayout->addWidget(m_detailTitle);
    detailLayout->addWidget(m_detailInfo);
    detailLayout->addWidget(m_itemsTable, 1);
    detailLayout->addWidget(m_detailTotal);
    detailLayout->addLayout(statusRow);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("salesSplitter"));
    split->addWidget(m_table);
    split->addWidget(detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({720, 420});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split);

    connect(m_period, &QComboBox::currentIndexChanged, this, &SalesPage::periodChanged);
    connect(m_from, &QDateEdit::dateChanged, this, &SalesPage::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &SalesPage::applyFilter);
    connect(m_platform, &QComboBox::currentIndexChanged, this, &SalesPage::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &SalesPage::applyFilter);
    connect(add, &QPushButton::clicked, this, &SalesPage::newItem);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SalesPage::showDetail);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SalesPage::showDetail);
    connect(m_applyStatus, &QPushButton::clicked, this, [this] {
        if (const auto status = SaleStatuses::parse(m_newStatus->currentData().toString()))
            changeStatus(*status);
    });
    m_count->setText(tr("%n order(s)", nullptr, m_model->rowCount()));
    showDetail();
}

QTableView *SalesPage::mainTable() const
{
    return m_table;
}

void SalesPage::periodChanged()
{
    const bool custom = m_period->currentData().toInt() == Custom;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    applyFilter();
}

void SalesPage::setDateRange(const QDate &from, const QDate &to)
{
    const QSignalBlocker a(m_period), b(m_from), c(m_to);
    m_period->setCurrentIndex(m_period->findData(Custom));
    m_from->setEnabled(true);
    m_to->setEnabled(true);
    m_from->setDate(from);
    m_to->setDate(to);
    applyFilter();
}

void SalesPage::applyFilter()
{
    const QDate today = TimeUtil::nowUtc().toTimeZone(m_store.config().storeTimeZone).date();
    std::optional<QDate> from, to;
    switch (m_period->currentData().toInt()) {
    case Today: from = to = today; break;
    case Last7: from = today.addDays(-6); to = today; break;
    case Last30: from = today.addDays(-29); to = today; break;
    case ThisMonth: from = QDate(today.year(), today.month(), 1); to = today; break;
    case LastMonth: {
        const QDate first = QDate(today.year(), today.month(), 1).addMonths(-1);
        from = first;
        to = first.addMonths(1).addDays(-1);
        break;
    }
    case ThisYear: from = QDate(today.year(), 1, 1); to = today; break;
    case Custom: from = m_from->date(); to = m_to->date(); break;
    default: break;
    }
    m_model->setDateRange(from, to);
    m_model->setPlatform(m_platform->currentData().toString());
    m_model->setStatus(SaleStatuses::parse(m_status->currentData().toString()));
    m_model->applyFilter();
    m_table->scrollToTop();
    m_count->setText(tr("%n order(s)", nullptr, m_model->rowCount()));
}

void SalesPage::refresh()
{
    const int row = m_table->currentRow();
    m_model->refresh();
    m_count->setText(tr("%n order(s)", nullptr, m_model->rowCount()));
    if (row >= 0 && row < m_model->rowCount())
        m_table->selectRow(row);
}

void SalesPage::showDetail()
{
    const int row = m_table->currentIndex().isValid() ? m_table->currentIndex().row() : -1;
    const SalesScreenRow *order = row >= 0 ? m_model->rowAt(row) : nullptr;
    m_shownId = order ? order->id : 0;
    m_items->setSaleId(m_shownId);
    m_items->refresh();
    m_itemsTable->hideFields({QStringLiteral("id"), QStringLiteral("product_id"), QStringLiteral("sku")});
    // Figures keep their width; the product name takes what is left (elided if need be).
    QHeaderView *itemsHeader = m_itemsTable->horizontalHeader();
    itemsHeader->setStretchLastSection(false);
    const int productColumn = m_items->fieldIndex(QStringLiteral("product"));
    for (int c = 0; c < m_items->columnCount(); ++c)
        itemsHeader->setSectionResizeMode(c, c == productColumn ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
    m_applyStatus->setEnabled(order != nullptr);
    m_newStatus->setEnabled(order != nullptr);
    if (!order) {
        m_detailTitle->setText(tr("Select an order"));
        m_detailInfo->setText(tr("The order's lines and totals appear here."));
        m_detailTotal->clear();
        return;
    }
    const QString currency = m_store.config().currency;
    m_detailTitle->setText(tr("Order %1").arg(order->orderNumber));
    m_detailInfo->setText(tr("%1 · %2 · %3 · %4")
                              .arg(order->orderDate.toTimeZone(m_store.config().storeTimeZone).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                   order->customerId ? order->customerName : tr("Walk-in"), order->platform,
                                   SaleStatusProxyModel::label(order->status)));
    qint64 units = 0;
    qint64 discounts = 0;
    for (int r = 0; r < m_items->rowCount(); ++r) {
        units += m_items->value(r, QStringLiteral("quantity")).toLongLong();
        discounts += m_items->value(r, QStringLiteral("discount")).toLongLong();
    }
    m_detailTotal->setText(tr("%n unit(s), discounts %1 — total %2", nullptr, int(units))
                               .arg(MoneyFormat::format(discounts, currency), MoneyFormat::format(order->totalCents, currency)));
    m_newStatus->setCurrentIndex(std::max(0, m_newStatus->findData(order->status)));
}

bool SalesPage::changeStatus(SaleStatus status, bool confirm)
{
    const int row = m_table->currentRow();
    const SalesScreenRow *order = row >= 0 ? m_model->rowAt(row) : nullptr;
    if (!order)
        return false;
    const qint64 id = order->id;
    const QString number = order->orderNumber;
    const QString name = SaleStatuses::toString(status);
    const QString shown = SaleStatusProxyModel::label(name);
    if (confirm) {
        const bool restock = !SaleStatuses::isActive(status);
        const QString text = restock ? tr("Mark order %1 as %2? Its items go back into stock.").arg(number, shown)
                                     : tr("Mark order %1 as %2?").arg(number, shown);
        if (QMessageBox::question(this, tr("Change order status"), text) != QMessageBox::Yes)
            return false;
    }
    try {
        SalePatch patch;
        patch.status = name;
        m_store.sales().update(id, patch);
    } catch (const StoreError &e) {
        m_lastError = e.message();
        if (confirm)
            QMessageBox::warning(this, tr("Change order status"), e.message());
        return false;
    }
    refresh();
    showDetail();
    emit statusMessage(tr("Order %1 is now %2").arg(number, shown));
    emit dataChanged();
    return true;
}

void SalesPage::newItem()
{
    NewSaleDialog dialog(m_store, this);
    if (const QString platform = m_platform->currentData().toString(); !platform.isEmpty())
        dialog.setPlatform(platform);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    emit statusMessage(tr("Recorded order %1").arg(dialog.saved().orderNumber));
    emit dataChanged();
}
