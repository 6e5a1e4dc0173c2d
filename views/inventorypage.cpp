// SPDX-License-Identifier: MIT
#include "inventorypage.h"

#include "adjuststockdialog.h"
#include "inventoryhistorymodel.h"
#include "inventorytablemodel.h"
#ifdef STOREDESK_HAVE_CHARTS
#include "stockchart.h"
#endif
#include "logging.h"
#include "store.h"
#include "tableview.h"
#include "timeutil.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

InventoryPage::InventoryPage(Store &store, QWidget *parent) : ScreenPage(parent), m_store(store)
{
    m_model = new InventoryTableModel(store.database(), this);
    m_model->setTimeZone(store.config().storeTimeZone);
    m_history = new InventoryHistoryModel(store.database(), this);
    m_history->setTimeZone(store.config().storeTimeZone);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("inventorySearch"));
    m_search->setPlaceholderText(tr("Search product or SKU"));
    m_search->setAccessibleName(tr("Search stock by product name or SKU"));
    m_search->setClearButtonEnabled(true);
    m_lowOnly = new QCheckBox(tr("&Low stock only"), this);
    m_lowOnly->setObjectName(QStringLiteral("lowStockOnly"));
    m_lowOnly->setAccessibleName(tr("Show only low stock"));
    m_count = new QLabel(this);
    auto *adjust = new QPushButton(tr("&Adjust stock…"), this);
    adjust->setAccessibleName(tr("Adjust stock"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 2);
    bar->addWidget(m_lowOnly);
    bar->addWidget(m_count);
    bar->addStretch(1);
    bar->addWidget(adjust);

    m_table = new TableView(this);
    m_table->setObjectName(QStringLiteral("inventoryTable"));
    m_table->setAccessibleName(tr("Stock"));
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setModel(m_model);
    m_table->fieldLookup = [this](const QString &f) { return m_model->fieldIndex(f); };

    m_historyTitle = new QLabel(tr("History"), this);
    QFont bold = m_historyTitle->font();
    bold.setBold(true);
    m_historyTitle->setFont(bold);
    m_historyTable = new TableView(this);
    m_historyTable->setObjectName(QStringLiteral("historyTable"));
    m_historyTable->setAccessibleName(tr("Stock history"));
    m_historyTable->setSortingEnabled(false);
    m_historyTable->setModel(m_history);
    m_historyTable->fieldLookup = [this](const QString &f) { return m_history->fieldIndex(f); };
#ifdef STOREDESK_HAVE_CHARTS
    m_chart = new StockChart(this);
    m_chart->setObjectName(QStringLiteral("stockChart"));
#endif

    auto *historyBox = new QWidget(this);
    auto *historyLayout = new QVBoxLayout(historyBox);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    m_historyTitle->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    historyLayout->addWidget(m_historyTitle);
    auto *historySplit = new QSplitter(Qt::Horizontal, historyBox);
    historySplit->addWidget(m_historyTable);
    if (m_chart)
        historySplit->addWidget(m_chart);
    historySplit->setStretchFactor(0, 3);
    historySplit->setStretchFactor(1, 2);
    historyLayout->addWidget(historySplit, 1);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("inventorySplitter"));
    split->addWidget(m_table);
    split->addWidget(historyBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split);

    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, &InventoryPage::applyFilter);
    connect(m_lowOnly, &QCheckBox::toggled, this, &InventoryPage::applyFilter);
    connect(adjust, &QPushButton::clicked, this, &InventoryPage::adjustStock);
    connect(m_table, &QTableView::activated, this, &InventoryPage::adjustStock); // double-click or Return
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // A fresh query leaves the selection model empty; keep the history pane in step.
        QTimer::singleShot(0, this, &InventoryPage::showHistory);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &InventoryPage::showHistory);
    refresh();
    m_table->horizontalHeader()->setSortIndicator(m_model->fieldIndex(QStringLiteral("product")), Qt::AscendingOrder);
}

QTableView *InventoryPage::mainTable() const
{
    return m_table;
}

void InventoryPage::applyFilter()
{
    m_model->setSearch(m_search->text());
    m_model->setLowStockOnly(m_lowOnly->isChecked());
    refresh();
}

void InventoryPage::refresh()
{
    const int row = m_table->currentRow();
    const qint64 selected = row >= 0 ? m_model->idAt(row) : 0;
    m_model->refresh();
    m_table->hideFields({QStringLiteral("id"), QStringLiteral("product_id"), QStringLiteral("updated_at")});
    m_table->horizontalHeader()->resizeSection(m_model->fieldIndex(QStringLiteral("product")), 240);
    m_count->setText(tr("%n row(s)", nullptr, m_model->rowCount()));
    if (selected)
        selectInventory(selected);
    showHistory();
    try {
        InventoryFilter low;
        low.lowStockOnly = true;
        emit lowStockCountChanged(m_store.inventory().count(low));
    } catch (const StoreError &e) {
        qCWarning(lcUi) << e.message();
        emit statusMessage(e.message());
    }
}

void InventoryPage::selectInventory(qint64 id)
{
    if (const int row = m_model->rowOfId(id); row >= 0) {
        m_table->selectRow(row);
        m_table->setCurrentIndex(m_model->index(row, m_model->fieldIndex(QStringLiteral("product"))));
    }
}

void InventoryPage::showHistory()
{
    const int row = m_table->currentIndex().isValid() ? m_table->currentIndex().row() : -1;
    const qint64 id = row >= 0 ? m_model->idAt(row) : 0;
    m_history->setInventoryId(id);
    m_history->refresh();
    m_historyTable->hideFields({QStringLiteral("id")});
    QHeaderView *historyHeader = m_historyTable->horizontalHeader();
    historyHeader->setStretchLastSection(false);
    const int reasonColumn = m_history->fieldIndex(QStringLiteral("change_reason"));
    for (int c = 0; c < m_history->columnCount(); ++c)
        historyHeader->setSectionResizeMode(c, c == reasonColumn ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
    if (!id) {
        m_historyTitle->setText(tr("History — select a stock row"));
#ifdef STOREDESK_HAVE_CHARTS
        m_chart->setHistory({}, 0, TimeUtil::nowUtc());
#endif
        return;
    }
    m_historyTitle->setText(tr("History — %1 (%2)")
                                .arg(m_model->value(row, QStringLiteral("product")).toString(),
                                     m_model->value(row, QStringLiteral("location")).toString()));
#ifdef STOREDESK_HAVE_CHARTS
    try {
        HistoryFilter filter;
        filter.page.limit = 1000;
        m_chart->setHistory(m_store.inventory().history(id, filter), m_model->value(row, QStringLiteral("quantity")).toLongLong(),
                            TimeUtil::nowUtc());
    } catch (const StoreError &e) {
        qCWarning(lcUi) << e.message();
        emit statusMessage(e.message());
    }
#endif
}

void InventoryPage::adjustStock()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const qint64 id = m_model->idAt(row);
    AdjustStockDialog dialog(m_store, id, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    selectInventory(id);
    emit statusMessage(tr("Stock now %1").arg(dialog.saved().quantity));
    emit dataChanged();
}
