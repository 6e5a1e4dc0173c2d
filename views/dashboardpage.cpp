// SPDX-License-Identifier: MIT
#include "dashboardpage.h"

#include "logging.h"
#include "moneyformat.h"
#include "revenueseriesmodel.h"
#include "store.h"
#include "storeerror.h"
#include "tableview.h"
#ifdef STOREDESK_HAVE_CHARTS
#include "chartexport.h"
#include "platformchart.h"
#include "revenuechart.h"
#endif

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStandardItemModel>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace {

QStandardItem *textItem(const QString &text)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    return item;
}

QStandardItem *numberItem(const QString &text, qint64 sortValue)
{
    QStandardItem *item = textItem(text);
    item->setData(QVariant::fromValue<int>(Qt::AlignRight | Qt::AlignVCenter), Qt::TextAlignmentRole);
    item->setData(sortValue, Qt::UserRole);
    return item;
}

QString rangeText(const DateRange &r)
{
    const QLocale locale;
    if (r.start == r.end)
        return locale.toString(r.start, QStringLiteral("d MMM yyyy"));
    return DashboardPage::tr("%1 – %2").arg(locale.toString(r.start, QStringLiteral("d MMM yyyy")),
                                             locale.toString(r.end, QStringLiteral("d MMM yyyy")));
}

TableView *makeTable(QStandardItemModel *model, const QString &name, const QString &accessible, QWidget *parent)
{
    auto *table = new TableView(parent);
    table->setObjectName(name);
    table->setAccessibleName(accessible);
    table->setSortingEnabled(false);
    table->setModel(model);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    return table;
}

QWidget *panel(QLabel **headingOut, QWidget *content, QWidget *parent)
{
    auto *box = new QFrame(parent);
    box->setObjectName(QStringLiteral("dashPanel"));
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(10, 8, 10, 10);
    layout->setSpacing(6);
    auto *heading = new QLabel(box);
    heading->setObjectName(QStringLiteral("panelTitle"));
    *headingOut = heading;
    layout->addWidget(heading);
    layout->addWidget(content, 1);
    return box;
}

} // namespace

DashboardPage::DashboardPage(Store &store, QWidget *parent) : ScreenPage(parent), m_store(store)
{
    setObjectName(QStringLiteral("dashboardPage"));
    setStyleSheet(QStringLiteral(
        "#dashboardPage { background: #f3f4f6; }"
        "QFrame#kpiCard, QFrame#dashPanel { background: white; border: 1px solid #e5e7eb; border-radius: 8px; }"
        "QFrame#kpiCard QLabel, QFrame#dashPanel QLabel#panelTitle { border: none; background: transparent; }"
        "QLabel#kpiTitle { color: #6b7280; font-weight: 600; }"
        "QLabel#kpiValue { color: #111827; font-size: 20pt; font-weight: 600; }"
        "QLabel#panelTitle { color: #111827; font-weight: 600; }"
        "QLabel#pageTitle { color: #111827; font-size: 16pt; font-weight: 600; }"
        "QLabel#rangeLabel, QLabel#ruleLabel { color: #6b7280; }"));
    setAttribute(Qt::WA_StyledBackground, true);

    m_trendModel = new RevenueSeriesModel(this);
    m_trendModel->setCurrency(store.config().currency);

    // Toolbar: title, presets, custom range, compare-to.
    auto *heading = new QLabel(this);
    heading->setObjectName(QStringLiteral("pageTitle"));
    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("datePreset"));
    for (int i = 0; i <= Custom; ++i)
        m_preset->addItem(QString());
    m_preset->setCurrentIndex(Last30Days);
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("toDate"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setEnabled(false);
    }
    m_compare = new QComboBox(this);
    m_compare->setObjectName(QStringLiteral("compareTo"));
    m_compare->addItems({QString(), QString()});
    m_rangeLabel = new QLabel(this);
    m_rangeLabel->setObjectName(QStringLiteral("rangeLabel"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(heading);
    bar->addSpacing(16);
    bar->addWidget(m_rangeLabel, 1);
    auto *periodLabel = new QLabel(this);
    periodLabel->setBuddy(m_preset);
    bar->addWidget(periodLabel);
    bar->addWidget(m_preset);
    bar->addWidget(m_from);
    auto *toLabel = new QLabel(this);
    bar->addWidget(toLabel);
    bar->addWidget(m_to);
    bar->addSpacing(12);
    auto *compareLabel = new QLabel(this);
    compareLabel->setBuddy(m_compare);
    bar->addWidget(compareLabel);
    bar->addWidget(m_compare);

    // KPI cards.
    auto *cards = new QHBoxLayout;
    cards->setSpacing(10);
    for (int k = 0; k < KpiCount; ++k)
        cards->addWidget(makeCard(Kpi(k)));

    // Charts.
    auto *charts = new QHBoxLayout;
    charts->setSpacing(10);
#ifdef STOREDESK_HAVE_CHARTS
    m_trend = new RevenueChart(m_trendModel, this);
    m_trend->setObjectName(QStringLiteral("trendChart"));
    m_platforms = new PlatformChart(this);
    m_platforms->setObjectName(QStringLiteral("platformChart"));
    m_platforms->chart()->setTitle(QString()); // the panel names it
    auto chartBox = [this](QChartView *chart, const QString &fileName, QLabel **headingOut, QToolButton **buttonOut) {
        auto *box = new QFrame(this);
        box->setObjectName(QStringLiteral("dashPanel"));
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(10, 6, 6, 4);
        layout->setSpacing(0);
        auto *header = new QHBoxLayout;
        auto *heading = new QLabel(box);
        heading->setObjectName(QStringLiteral("panelTitle"));
        *headingOut = heading;
        header->addWidget(heading, 1);
        QToolButton *button = ChartExport::exportButton(chart, fileName, QString(), this);
        *buttonOut = button;
        button->setAutoRaise(true);
        header->addWidget(button);
        layout->addLayout(header);
        layout->addWidget(chart, 1);
        return box;
    };
    QLabel *trendTitle = nullptr;
    QLabel *platformTitle = nullptr;
    QToolButton *trendExport = nullptr;
    QToolButton *platformExport = nullptr;
    charts->addWidget(chartBox(m_trend, QStringLiteral("revenue-trend"), &trendTitle, &trendExport), 3);
    charts->addWidget(chartBox(m_platforms, QStringLiteral("platforms"), &platformTitle, &platformExport), 2);
    onLanguageChange([=, this] {
        trendTitle->setText(tr("Revenue trend"));
        platformTitle->setText(tr("Sales by platform"));
        ChartExport::retranslate(trendExport, m_trend, QStringLiteral("revenue-trend"), tr("Revenue trend"));
        ChartExport::retranslate(platformExport, m_platforms, QStringLiteral("platforms"), tr("Sales by platform"));
    });
#endif

    // Tables.
    m_topModel = new QStandardItemModel(0, 4, this);
    m_lowModel = new QStandardItemModel(0, 5, this);
    m_topTable = makeTable(m_topModel, QStringLiteral("topProducts"), QString(), this);
    m_lowTable = makeTable(m_lowModel, QStringLiteral("lowStock"), QString(), this);
    auto *tables = new QHBoxLayout;
    tables->setSpacing(10);
    QLabel *topTitle = nullptr;
    QLabel *lowTitle = nullptr;
    tables->addWidget(panel(&topTitle, m_topTable, this), 3);
    tables->addWidget(panel(&lowTitle, m_lowTable, this), 2);

    m_rule = new QLabel(this);
    m_rule->setObjectName(QStringLiteral("ruleLabel"));
    m_rule->setWordWrap(true);

    // Every fixed text, set now and again when the language changes.
    onLanguageChange([=, this] {
        setAccessibleName(tr("Dashboard"));
        heading->setText(tr("Dashboard"));
        const QStringList presets{tr("Today"),      tr("Last 7 days"),  tr("Last 30 days"), tr("This month"),
                                  tr("Last month"), tr("This quarter"), tr("This year"),    tr("Custom…")};
        for (int i = 0; i < presets.size(); ++i)
            m_preset->setItemText(i, presets.at(i));
        m_preset->setAccessibleName(tr("Date range"));
        m_from->setAccessibleName(tr("First day"));
        m_to->setAccessibleName(tr("Last day"));
        m_compare->setItemText(PreviousPeriod, tr("Previous period"));
        m_compare->setItemText(PreviousYear, tr("Previous year"));
        m_compare->setAccessibleName(tr("Compare with"));
        periodLabel->setText(tr("&Period:"));
        toLabel->setText(tr("to"));
        compareLabel->setText(tr("Co&mpare with:"));
        const QString cardTitles[KpiCount] = {tr("Revenue"), tr("Orders"), tr("Average order value"), tr("Units sold")};
        for (int k = 0; k < KpiCount; ++k) {
            m_cards[k].title->setText(cardTitles[k]);
            m_cards[k].title->parentWidget()->setAccessibleName(cardTitles[k]);
        }
        m_topModel->setHorizontalHeaderLabels({tr("Product"), tr("SKU"), tr("Units"), tr("Revenue")});
        m_lowModel->setHorizontalHeaderLabels({tr("Product"), tr("Location"), tr("On hand"), tr("Reorder at"), tr("Days of cover")});
        topTitle->setText(tr("Top-selling products"));
        lowTitle->setText(tr("Low stock"));
        m_topTable->setAccessibleName(tr("Top-selling products"));
        m_lowTable->setAccessibleName(tr("Low stock"));
        m_rule->setText(tr("Revenue counts every order except cancelled and refunded ones (quantity × unit price − discount); "
                           "days are those of the store time zone, %1. Changes compare with the period chosen under "
                           "“Compare with”; “—” means the compared figure is zero.")
                            .arg(QString::fromUtf8(m_store.config().storeTimeZone.id())));
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(10);
    layout->addLayout(bar);
    layout->addLayout(cards);
    layout->addLayout(charts, 5);
    layout->addLayout(tables, 4);
    layout->addWidget(m_rule);

    connect(m_preset, &QComboBox::currentIndexChanged, this, [this](int index) {
        const bool custom = index == Custom;
        m_from->setEnabled(custom);
        m_to->setEnabled(custom);
        loadPeriod();
    });
    connect(m_compare, &QComboBox::currentIndexChanged, this, [this] { loadPeriod(); });
    for (QDateEdit *edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (preset() == Custom)
                loadPeriod();
        });
    }
    refresh();
}

QWidget *DashboardPage::makeCard(Kpi kpi)
{
    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("kpiCard"));
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(2);
    auto *name = new QLabel(card);
    name->setObjectName(QStringLiteral("kpiTitle"));
    m_cards[kpi].title = name;
    m_cards[kpi].value = new QLabel(card);
    m_cards[kpi].value->setObjectName(QStringLiteral("kpiValue"));
    m_cards[kpi].value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cards[kpi].change = new QLabel(card);
    m_cards[kpi].change->setObjectName(QStringLiteral("kpiChange"));
    layout->addWidget(name);
    layout->addWidget(m_cards[kpi].value);
    layout->addWidget(m_cards[kpi].change);
    return card;
}

void DashboardPage::onLanguageChange(const std::function<void()> &apply)
{
    apply();
    m_retranslate << apply;
}

void DashboardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && !m_retranslate.isEmpty()) {
        for (const auto &apply : std::as_const(m_retranslate))
            apply();
        // The figures' own texts (changes, ranges, series names, low-stock cover).
        loadStock();
        showFigures();
    }
    ScreenPage::changeEvent(event);
}

QTableView *DashboardPage::mainTable() const
{
    return m_topTable;
}

std::optional<DateRange> DashboardPage::presetRange(Preset preset, QDate t)
{
    switch (preset) {
    case Today: return DateRange{t, t};
    case Last7Days: return DateRange{t.addDays(-6), t};
    case Last30Days: return DateRange{t.addDays(-29), t};
    case ThisMonth: return DateRange{QDate(t.year(), t.month(), 1), t};
    case LastMonth: {
        const QDate first = QDate(t.year(), t.month(), 1).addMonths(-1);
        return DateRange{first, first.addDays(first.daysInMonth() - 1)};
    }
    case Quarter: return DateRange{QDate(t.year(), (t.month() - 1) / 3 * 3 + 1, 1), t};
    case Year: return DateRange{QDate(t.year(), 1, 1), t};
    case Custom: return std::nullopt;
    }
    return std::nullopt;
}

void DashboardPage::setToday(QDate today)
{
    m_today = today;
    loadPeriod();
}

QDate DashboardPage::today() const
{
    return m_today ? *m_today : m_store.analytics().today();
}

void DashboardPage::setPreset(Preset preset)
{
    m_preset->setCurrentIndex(preset);
}

DashboardPage::Preset DashboardPage::preset() const
{
    return Preset(m_preset->currentIndex());
}

void DashboardPage::setCustomRange(QDate start, QDate end)
{
    {
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setDate(start);
        m_to->setDate(end);
    }
    if (preset() == Custom)
        loadPeriod();
    else
        setPreset(Custom);
}

void DashboardPage::setCompare(Compare compare)
{
    m_compare->setCurrentIndex(compare);
}

DashboardPage::Compare DashboardPage::compare() const
{
    return Compare(m_compare->currentIndex());
}

DateRange DashboardPage::selectedRange() const
{
    if (const std::optional<DateRange> r = presetRange(preset(), today()))
        return *r;
    QDate start = m_from->date();
    QDate end = m_to->date();
    if (end < start)
        std::swap(start, end);
    return DateRange{start, end};
}

void DashboardPage::refresh()
{
    loadStock();
    loadPeriod();
}

void DashboardPage::loadPeriod()
{
    const DateRange range = selectedRange();
    if (preset() != Custom) {
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setDate(range.start);
        m_to->setDate(range.end);
    }
    try {
        AnalyticsService &analytics = m_store.analytics();
        m_summary = analytics.dashboard(range);
        if (compare() == PreviousYear) {
            m_comparedRange = DateRange{range.start.addYears(-1), range.end.addYears(-1)};
            m_compared = analytics.totals(m_comparedRange);
        } else {
            m_comparedRange = m_summary.previousPeriod;
            m_compared = m_summary.previous;
        }
        const RevenueSeries previous = analytics.revenue(m_comparedRange, m_summary.trend.granularity);
        m_trendModel->setSeries(m_summary.trend, previous);
    } catch (const StoreError &e) {
        qCWarning(lcUi) << "dashboard:" << e.message();
        emit statusMessage(e.message());
        return;
    }
    showFigures();
    emit figuresChanged();
}

void DashboardPage::loadStock()
{
    InventorySummary stock;
    try {
        stock = m_store.analytics().inventory(true);
    } catch (const StoreError &e) {
        qCWarning(lcUi) << "dashboard low stock:" << e.message();
        emit statusMessage(e.message());
        return;
    }
    const QLocale locale;
    m_lowModel->setRowCount(0);
    for (const LowStockAlert &alert : std::as_const(stock.lowStockAlerts)) {
        const LowStockRow &r = alert.row;
        QStandardItem *product = textItem(tr("%1 (%2)").arg(r.productName, r.sku));
        product->setData(r.productId, Qt::UserRole);
        QStandardItem *quantity = numberItem(locale.toString(r.currentQuantity), r.currentQuantity);
        if (r.currentQuantity <= 0)
            quantity->setForeground(QColor(0xb9, 0x1c, 0x1c));
        else
            quantity->setForeground(QColor(0xb4, 0x53, 0x09));
        const QString cover = alert.daysOfCover ? tr("%1 d").arg(locale.toString(*alert.daysOfCover, 'f', 1)) : tr("no recent sales");
        m_lowModel->appendRow({product, textItem(r.channel.isEmpty() ? r.location : tr("%1 / %2").arg(r.location, r.channel)),
                               quantity, numberItem(locale.toString(r.threshold), r.threshold),
                               numberItem(cover, alert.daysOfCover ? qint64(*alert.daysOfCover * 10) : -1)});
    }
}

std::optional<double> DashboardPage::kpiPercent(Kpi kpi) const
{
    const PeriodTotals &now = m_summary.current;
    const PeriodTotals &before = m_compared;
    switch (kpi) {
    case RevenueKpi: return AnalyticsService::percentChange(now.revenue.cents(), before.revenue.cents());
    case OrdersKpi: return AnalyticsService::percentChange(now.orders, before.orders);
    case AverageOrderValueKpi:
        return AnalyticsService::percentChange(now.averageOrderValue().cents(), before.averageOrderValue().cents());
    case UnitsKpi: return AnalyticsService::percentChange(now.units, before.units);
    case KpiCount: break;
    }
    return std::nullopt;
}

QString DashboardPage::kpiValue(Kpi kpi) const
{
    return m_cards.at(kpi).value->text();
}

QString DashboardPage::kpiChange(Kpi kpi) const
{
    return m_cards.at(kpi).change->text();
}

void DashboardPage::showFigures()
{
    const QLocale locale;
    const QString currency = m_store.config().currency;
    const PeriodTotals &now = m_summary.current;
    m_cards[RevenueKpi].value->setText(MoneyFormat::format(now.revenue.cents(), currency, locale));
    m_cards[OrdersKpi].value->setText(locale.toString(now.orders));
    m_cards[AverageOrderValueKpi].value->setText(MoneyFormat::format(now.averageOrderValue().cents(), currency, locale));
    m_cards[UnitsKpi].value->setText(locale.toString(now.units));
    const QString against = compare() == PreviousYear ? tr("vs previous year") : tr("vs previous period");
    for (int k = 0; k < KpiCount; ++k) {
        const std::optional<double> pct = kpiPercent(Kpi(k));
        QLabel *label = m_cards[k].change;
        QString color = QStringLiteral("#6b7280");
        if (!pct) {
            label->setText(tr("— %1").arg(against));
            label->setToolTip(tr("The compared period has no figure to compare with."));
        } else {
            const QString number = locale.toString(std::abs(*pct), 'f', 2);
            if (*pct > 0) {
                label->setText(tr("▲ %1 % %2").arg(number, against));
                color = QStringLiteral("#15803d");
            } else if (*pct < 0) {
                label->setText(tr("▼ %1 % %2").arg(number, against));
                color = QStringLiteral("#b91c1c");
            } else {
                label->setText(tr("0.00 % %1").arg(against));
            }
            label->setToolTip(QString());
        }
        label->setStyleSheet(QStringLiteral("color: %1; font-weight: 600;").arg(color));
        label->setAccessibleName(label->text());
    }
    m_rangeLabel->setText(tr("%1 · compared with %2").arg(rangeText(m_summary.period), rangeText(m_comparedRange)));

#ifdef STOREDESK_HAVE_CHARTS
    m_trend->setComparisonName(compare() == PreviousYear ? tr("Previous year") : tr("Previous period"));
    m_platforms->setShares(m_summary.platforms);
#endif

    m_topModel->setRowCount(0);
    for (const TopProduct &p : std::as_const(m_summary.topProducts)) {
        QStandardItem *name = textItem(p.name);
        name->setData(p.productId, Qt::UserRole);
        m_topModel->appendRow({name, textItem(p.sku), numberItem(locale.toString(p.units), p.units),
                               numberItem(MoneyFormat::format(p.revenue.cents(), currency, locale), p.revenue.cents())});
    }
}
