// SPDX-License-Identifier: MIT
#include "analyticspage.h"

#include "breakdownmodel.h"
#include "logging.h"
#include "moneyformat.h"
#include "revenueseriesmodel.h"
#include "store.h"
#include "storeerror.h"
#include "tableview.h"
#ifdef STOREDESK_HAVE_CHARTS
#include "breakdownchart.h"
#include "chartexport.h"
#include "revenuechart.h"
#endif

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace {

QStandardItem *cell(const QString &text, bool number = false)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    if (number)
        item->setData(QVariant::fromValue<int>(Qt::AlignRight | Qt::AlignVCenter), Qt::TextAlignmentRole);
    return item;
}

QString changeText(qint64 current, qint64 previous)
{
    const std::optional<double> pct = AnalyticsService::percentChange(current, previous);
    if (!pct)
        return QStringLiteral("—");
    const QString number = QLocale().toString(std::abs(*pct), 'f', 2);
    return *pct > 0 ? AnalyticsPage::tr("▲ %1 %").arg(number)
           : *pct < 0 ? AnalyticsPage::tr("▼ %1 %").arg(number)
                      : AnalyticsPage::tr("0.00 %");
}

} // namespace

AnalyticsPage::AnalyticsPage(Store &store, QWidget *parent) : ScreenPage(parent), m_store(store)
{
    setObjectName(QStringLiteral("analyticsPage"));
    setAccessibleName(tr("Analytics"));
    const QString currency = store.config().currency;
    m_revenueModel = new RevenueSeriesModel(this);
    m_revenueModel->setCurrency(currency);
    m_breakdownModel = new BreakdownModel(this);
    m_breakdownModel->setCurrency(currency);
    m_lowModel = new QStandardItemModel(0, 7, this);

    // Controls.
    const QDate today = store.analytics().today();
    m_from = new QDateEdit(QDate(today.year(), today.month(), 1).addMonths(-11), this);
    m_from->setObjectName(QStringLiteral("analyticsFrom"));
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(QStringLiteral("analyticsTo"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_granularity = new QComboBox(this);
    m_granularity->setObjectName(QStringLiteral("granularity"));
    for (Granularity g : {Granularity::Day, Granularity::Week, Granularity::Month, Granularity::Year})
        m_granularity->addItem(QString(), int(g));
    m_granularity->setCurrentIndex(2);
    m_compare = new QComboBox(this);
    m_compare->setObjectName(QStringLiteral("analyticsCompare"));
    m_compare->addItems({QString(), QString(), QString()});
    m_compareFrom = new QDateEdit(m_from->date().addYears(-1), this);
    m_compareFrom->setObjectName(QStringLiteral("compareFrom"));
    m_compareTo = new QDateEdit(m_to->date().addYears(-1), this);
    m_compareTo->setObjectName(QStringLiteral("compareTo"));
    for (QDateEdit *edit : {m_compareFrom, m_compareTo}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setVisible(false);
    }
    m_breakdown = new QComboBox(this);
    m_breakdown->setObjectName(QStringLiteral("breakdown"));
    for (const char *key : {"category", "platform", "product"})
        m_breakdown->addItem(QString(), QString::fromLatin1(key));

    auto *heading = new QLabel(this);
    heading->setObjectName(QStringLiteral("pageTitle"));
    heading->setStyleSheet(QStringLiteral("color: #111827; font-size: 16pt; font-weight: 600;"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(heading);
    bar->addSpacing(16);
    auto addLabelled = [&](QWidget *w) {
        auto *label = new QLabel(this);
        label->setBuddy(w);
        bar->addWidget(label);
        bar->addWidget(w);
        return label;
    };
    QLabel *fromLabel = addLabelled(m_from);
    QLabel *toLabel = addLabelled(m_to);
    bar->addSpacing(10);
    QLabel *granularityLabel = addLabelled(m_granularity);
    bar->addSpacing(10);
    QLabel *compareLabel = addLabelled(m_compare);
    bar->addWidget(m_compareFrom);
    bar->addWidget(m_compareTo);
    bar->addSpacing(10);
    QLabel *breakdownLabel = addLabelled(m_breakdown);
    bar->addStretch(1);

    // Revenue tab.
    m_revenueTable = new TableView(this);
    m_revenueTable->setObjectName(QStringLiteral("revenueTable"));
    m_revenueTable->setSortingEnabled(false);
    m_revenueTable->setModel(m_revenueModel);
    m_revenueTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_revenueTable->verticalHeader()->hide();
    m_revenueSummary = new QLabel(this);
    m_revenueSummary->setObjectName(QStringLiteral("revenueSummary"));
    m_revenueSummary->setTextFormat(Qt::RichText);
    auto *revenueTab = new QWidget(this);
    auto *revenueLayout = new QVBoxLayout(revenueTab);
    revenueLayout->addWidget(m_revenueSummary);
    auto *revenueSplit = new QSplitter(Qt::Horizontal, revenueTab);
    revenueSplit->setObjectName(QStringLiteral("analyticsRevenueSplitter"));
#ifdef STOREDESK_HAVE_CHARTS
    m_revenueChart = new RevenueChart(m_revenueModel, this);
    m_revenueChart->setObjectName(QStringLiteral("revenueChart"));
    auto *chartBox = new QWidget(revenueSplit);
    auto *chartLayout = new QVBoxLayout(chartBox);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(m_revenueChart, 1);
    QToolButton *revenueExport = ChartExport::exportButton(m_revenueChart, QStringLiteral("revenue"), QString(), this);
    chartLayout->addWidget(revenueExport, 0, Qt::AlignRight);
    revenueSplit->addWidget(chartBox);
#endif
    revenueSplit->addWidget(tablePanel(m_revenueTable, QStringLiteral("revenue")));
    revenueSplit->setStretchFactor(0, 3);
    revenueSplit->setStretchFactor(1, 2);
    revenueSplit->setSizes({540, 600}); // the table's seven columns fit beside the chart
    revenueLayout->addWidget(revenueSplit, 1);

    // Breakdown tab.
    m_breakdownTable = new TableView(this);
    m_breakdownTable->setObjectName(QStringLiteral("breakdownTable"));
    m_breakdownTable->setSortingEnabled(false);
    m_breakdownTable->setModel(m_breakdownModel);
    m_breakdownTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_breakdownTable->horizontalHeader()->setSectionResizeMode(BreakdownModel::Name, QHeaderView::Stretch);
    m_breakdownTable->verticalHeader()->hide();
    auto *breakdownSplit = new QSplitter(Qt::Horizontal, this);
    breakdownSplit->setObjectName(QStringLiteral("analyticsBreakdownSplitter"));
#ifdef STOREDESK_HAVE_CHARTS
    m_breakdownChart = new BreakdownChart(m_breakdownModel, this);
    m_breakdownChart->setObjectName(QStringLiteral("breakdownChart"));
    auto *barBox = new QWidget(breakdownSplit);
    auto *barLayout = new QVBoxLayout(barBox);
    barLayout->setContentsMargins(0, 0, 0, 0);
    barLayout->addWidget(m_breakdownChart, 1);
    QToolButton *breakdownExport = ChartExport::exportButton(m_breakdownChart, QStringLiteral("breakdown"), QString(), this);
    barLayout->addWidget(breakdownExport, 0, Qt::AlignRight);
    breakdownSplit->addWidget(barBox);
#endif
    breakdownSplit->addWidget(tablePanel(m_breakdownTable, QStringLiteral("breakdown")));
    breakdownSplit->setStretchFactor(0, 3);
    breakdownSplit->setStretchFactor(1, 2);
    breakdownSplit->setSizes({600, 480});

    // Inventory tab.
    m_inventoryTotals = new QLabel(this);
    m_inventoryTotals->setObjectName(QStringLiteral("inventoryTotals"));
    m_inventoryTotals->setTextFormat(Qt::RichText);
    m_lowTable = new TableView(this);
    m_lowTable->setObjectName(QStringLiteral("lowStockAlerts"));
    m_lowTable->setSortingEnabled(false);
    m_lowTable->setModel(m_lowModel);
    m_lowTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_lowTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_lowTable->verticalHeader()->hide();
    auto *inventoryTab = new QWidget(this);
    auto *inventoryLayout = new QVBoxLayout(inventoryTab);
    inventoryLayout->addWidget(m_inventoryTotals);
    inventoryLayout->addWidget(tablePanel(m_lowTable, QStringLiteral("low-stock")), 1);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("analyticsTabs"));
    m_tabs->addTab(revenueTab, QString());
    m_tabs->addTab(breakdownSplit, QString());
    m_tabs->addTab(inventoryTab, QString());

    auto *rule = new QLabel(this);
    rule->setObjectName(QStringLiteral("ruleLabel"));
    rule->setWordWrap(true);
    rule->setStyleSheet(QStringLiteral("color: #6b7280;"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(rule);

    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &AnalyticsPage::load);
    for (QDateEdit *edit : {m_compareFrom, m_compareTo}) {
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (compareMode() == CompareCustom)
                load();
        });
    }
    connect(m_compare, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_compareFrom->setVisible(index == CompareCustom);
        m_compareTo->setVisible(index == CompareCustom);
    });
    for (QComboBox *box : {m_granularity, m_compare, m_breakdown})
        connect(box, &QComboBox::currentIndexChanged, this, &AnalyticsPage::load);

    // Every fixed text, set now and again when the language changes.
    m_retranslate = [=, this] {
        setAccessibleName(tr("Analytics"));
        heading->setText(tr("Analytics"));
        fromLabel->setText(tr("&From:"));
        toLabel->setText(tr("&To:"));
        granularityLabel->setText(tr("&Group by:"));
        compareLabel->setText(tr("Co&mpare with:"));
        breakdownLabel->setText(tr("&Breakdown:"));
        m_from->setAccessibleName(tr("First day"));
        m_to->setAccessibleName(tr("Last day"));
        m_granularity->setAccessibleName(tr("Group revenue by"));
        const QStringList granularities{tr("Day"), tr("Week"), tr("Month"), tr("Year")};
        for (int i = 0; i < granularities.size(); ++i)
            m_granularity->setItemText(i, granularities.at(i));
        m_compare->setAccessibleName(tr("Compare with"));
        m_compare->setItemText(ComparePreviousPeriod, tr("Previous period"));
        m_compare->setItemText(ComparePreviousYear, tr("Previous year"));
        m_compare->setItemText(CompareCustom, tr("Custom period…"));
        m_compareFrom->setAccessibleName(tr("First day of the compared period"));
        m_compareTo->setAccessibleName(tr("Last day of the compared period"));
        m_breakdown->setAccessibleName(tr("Break revenue down by"));
        m_breakdown->setItemText(0, tr("Category"));
        m_breakdown->setItemText(1, tr("Platform"));
        m_breakdown->setItemText(2, tr("Product"));
        m_tabs->setTabText(RevenueTab, tr("&Revenue"));
        m_tabs->setTabText(BreakdownTab, tr("Brea&kdown"));
        m_tabs->setTabText(InventoryTab, tr("&Inventory"));
        m_revenueTable->setAccessibleName(tr("Revenue by period"));
        m_breakdownTable->setAccessibleName(tr("Revenue breakdown"));
        m_lowTable->setAccessibleName(tr("Low-stock alerts"));
        for (const auto &[button, table] : std::as_const(m_csvButtons)) {
            button->setText(tr("Export CSV…"));
            button->setAccessibleName(tr("Export %1 as CSV").arg(table->accessibleName()));
        }
        m_lowModel->setHorizontalHeaderLabels(
            {tr("Product"), tr("SKU"), tr("Location"), tr("On hand"), tr("Reorder at"), tr("Shortfall"), tr("Days of cover")});
        emit m_revenueModel->headerDataChanged(Qt::Horizontal, 0, RevenueSeriesModel::ColumnCount - 1);
        emit m_breakdownModel->headerDataChanged(Qt::Horizontal, 0, BreakdownModel::ColumnCount - 1);
#ifdef STOREDESK_HAVE_CHARTS
        m_revenueChart->setTitle(tr("Revenue"));
        ChartExport::retranslate(revenueExport, m_revenueChart, QStringLiteral("revenue"), tr("Revenue"));
        ChartExport::retranslate(breakdownExport, m_breakdownChart, QStringLiteral("breakdown"), tr("Revenue breakdown"));
#endif
        rule->setText(tr("Revenue counts every order except cancelled and refunded ones (quantity × unit price − discount); "
                         "days are those of the store time zone, %1.")
                          .arg(QString::fromUtf8(m_store.config().storeTimeZone.id())));
    };
    m_retranslate();
    refresh();
}

void AnalyticsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_retranslate) {
        m_retranslate();
        // The figures' own texts (summaries, series names, low-stock cover).
        loadInventory();
        load();
    }
    ScreenPage::changeEvent(event);
}

QWidget *AnalyticsPage::tablePanel(TableView *table, const QString &fileName)
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(table, 1);
    auto *button = new QPushButton(box);
    m_csvButtons.append({button, table});
    connect(button, &QPushButton::clicked, table, [table, fileName] { table->exportCsv(fileName); });
    layout->addWidget(button, 0, Qt::AlignRight);
    return box;
}

QTableView *AnalyticsPage::mainTable() const
{
    switch (m_tabs->currentIndex()) {
    case BreakdownTab: return m_breakdownTable;
    case InventoryTab: return m_lowTable;
    default: return m_revenueTable;
    }
}

void AnalyticsPage::setRange(QDate start, QDate end)
{
    {
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setDate(start);
        m_to->setDate(end);
    }
    load();
}

DateRange AnalyticsPage::range() const
{
    QDate start = m_from->date();
    QDate end = m_to->date();
    if (end < start)
        std::swap(start, end);
    return DateRange{start, end};
}

void AnalyticsPage::setGranularity(Granularity g)
{
    m_granularity->setCurrentIndex(m_granularity->findData(int(g)));
}

Granularity AnalyticsPage::granularity() const
{
    return Granularity(m_granularity->currentData().toInt());
}

void AnalyticsPage::setPreviousYear(bool previousYear)
{
    m_compare->setCurrentIndex(previousYear ? ComparePreviousYear : ComparePreviousPeriod);
}

bool AnalyticsPage::previousYear() const
{
    return m_compare->currentIndex() == ComparePreviousYear;
}

AnalyticsPage::CompareMode AnalyticsPage::compareMode() const
{
    return CompareMode(m_compare->currentIndex());
}

void AnalyticsPage::setComparedRange(QDate start, QDate end)
{
    {
        const QSignalBlocker blockFrom(m_compareFrom);
        const QSignalBlocker blockTo(m_compareTo);
        m_compareFrom->setDate(start);
        m_compareTo->setDate(end);
    }
    if (compareMode() == CompareCustom)
        load();
    else
        m_compare->setCurrentIndex(CompareCustom);
}

void AnalyticsPage::setBreakdown(const QString &breakdown)
{
    m_breakdown->setCurrentIndex(m_breakdown->findData(breakdown));
}

QString AnalyticsPage::breakdown() const
{
    return m_breakdown->currentData().toString();
}

void AnalyticsPage::refresh()
{
    loadInventory();
    load();
}

void AnalyticsPage::load()
{
    try {
        std::optional<DateRange> previous;
        if (compareMode() == CompareCustom) {
            QDate start = m_compareFrom->date();
            QDate end = m_compareTo->date();
            if (end < start)
                std::swap(start, end);
            previous = DateRange{start, end};
        }
        m_comparison = m_store.analytics().compare(range(), previous, previousYear(), granularity(), {}, breakdown());
    } catch (const StoreError &e) {
        qCWarning(lcUi) << "analytics:" << e.message();
        emit statusMessage(e.message());
        return;
    }
    const QString compared = compareMode() == ComparePreviousYear ? tr("Previous year")
                             : compareMode() == CompareCustom     ? tr("Compared period")
                                                                  : tr("Previous period");
    m_revenueModel->setSeries(m_comparison.current, m_comparison.previous);
    m_breakdownModel->setRows(m_comparison.breakdown);
#ifdef STOREDESK_HAVE_CHARTS
    m_revenueChart->setComparisonName(tr("%1 (%2 – %3)")
                                          .arg(compared, m_comparison.previous.range.start.toString(Qt::ISODate),
                                               m_comparison.previous.range.end.toString(Qt::ISODate)));
    m_breakdownChart->setComparisonName(compared);
#endif
    const QLocale locale;
    const QString currency = m_store.config().currency;
    const PeriodTotals &now = m_comparison.current.totals;
    const PeriodTotals &before = m_comparison.previous.totals;
    m_revenueSummary->setText(
        tr("<b>Revenue</b> %1 (%2) &nbsp;·&nbsp; <b>Orders</b> %3 (%4) &nbsp;·&nbsp; <b>Units</b> %5 (%6) &nbsp;·&nbsp; "
           "<b>Avg. order value</b> %7 &nbsp;&nbsp; <span style='color:#6b7280'>vs %8: %9 – %10</span>")
            .arg(MoneyFormat::format(now.revenue.cents(), currency, locale), changeText(now.revenue.cents(), before.revenue.cents()),
                 locale.toString(now.orders), changeText(now.orders, before.orders), locale.toString(now.units),
                 changeText(now.units, before.units), MoneyFormat::format(now.averageOrderValue().cents(), currency, locale),
                 compared.toLower(), m_comparison.previous.range.start.toString(Qt::ISODate))
            .arg(m_comparison.previous.range.end.toString(Qt::ISODate)));
    emit figuresChanged();
}

void AnalyticsPage::loadInventory()
{
    try {
        m_inventory = m_store.analytics().inventory(false);
    } catch (const StoreError &e) {
        qCWarning(lcUi) << "analytics inventory:" << e.message();
        emit statusMessage(e.message());
        return;
    }
    const QLocale locale;
    const QString currency = m_store.config().currency;
    m_inventoryTotals->setText(tr("<b>Products</b> %1 &nbsp;·&nbsp; <b>Units in stock</b> %2 &nbsp;·&nbsp; <b>Stock value</b> %3 "
                                  "&nbsp;·&nbsp; <b>Low stock</b> %4 &nbsp;·&nbsp; <b>Out of stock</b> %5")
                                   .arg(locale.toString(m_inventory.totalProducts), locale.toString(m_inventory.totalUnits),
                                        MoneyFormat::format(m_inventory.stockValue.cents(), currency, locale),
                                        locale.toString(m_inventory.lowStockProducts),
                                        locale.toString(m_inventory.outOfStockProducts)));
    m_lowModel->setRowCount(0);
    for (const LowStockAlert &alert : std::as_const(m_inventory.lowStockAlerts)) {
        const LowStockRow &r = alert.row;
        QStandardItem *quantity = cell(locale.toString(r.currentQuantity), true);
        quantity->setForeground(r.currentQuantity <= 0 ? QColor(0xb9, 0x1c, 0x1c) : QColor(0xb4, 0x53, 0x09));
        m_lowModel->appendRow({cell(r.productName), cell(r.sku),
                               cell(r.channel.isEmpty() ? r.location : tr("%1 / %2").arg(r.location, r.channel)), quantity,
                               cell(locale.toString(r.threshold), true), cell(locale.toString(r.shortfall()), true),
                               cell(alert.daysOfCover ? locale.toString(*alert.daysOfCover, 'f', 1) : tr("no recent sales"), true)});
    }
}
