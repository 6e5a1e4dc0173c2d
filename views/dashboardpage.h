// SPDX-License-Identifier: MIT
#pragma once

#include "analyticsservice.h"
#include "screenpage.h"

#include <array>
#include <functional>

class PlatformChart;
class QComboBox;
class QDateEdit;
class QLabel;
class QStandardItemModel;
class RevenueChart;
class RevenueSeriesModel;
class Store;
class TableView;

/**
 * The manager's overview for a date range: four KPI cards (revenue, orders, average order value,
 * units) with their change against the compared period, the revenue trend with the compared
 * period laid over it, the platform mix, the top-selling products and the low-stock rows. Every
 * figure comes from AnalyticsService (the same engine as /api/v1/dashboard/summary). The charts
 * are built once; a preset or compare change replaces their points in place.
 */
class DashboardPage : public ScreenPage
{
    Q_OBJECT

public:
    enum Preset { Today, Last7Days, Last30Days, ThisMonth, LastMonth, Quarter, Year, Custom };
    enum Compare { PreviousPeriod, PreviousYear };
    enum Kpi { RevenueKpi, OrdersKpi, AverageOrderValueKpi, UnitsKpi, KpiCount };

    explicit DashboardPage(Store &store, QWidget *parent = nullptr);

    QString title() const override { return tr("Dashboard"); }
    void refresh() override;
    QTableView *mainTable() const override;

    /** The range of @p preset when today is @p today (Custom: nullopt). Matches AnalyticsService::presetRange. */
    static std::optional<DateRange> presetRange(Preset preset, QDate today);
    /** Pins "today" (tests, screenshots); by default the store's today. Reloads. */
    void setToday(QDate today);
    QDate today() const;

    void setPreset(Preset preset);
    Preset preset() const;
    /** Switches to Custom with this range. */
    void setCustomRange(QDate start, QDate end);
    void setCompare(Compare compare);
    Compare compare() const;

    DateRange range() const { return m_summary.period; }
    DateRange comparedRange() const { return m_comparedRange; }
    const DashboardSummary &summary() const { return m_summary; }
    const PeriodTotals &comparedTotals() const { return m_compared; }

    /** What a KPI card shows: its value and its change line. */
    QString kpiValue(Kpi kpi) const;
    QString kpiChange(Kpi kpi) const;
    /** The change in percent a KPI card shows (nullopt: "—"). */
    std::optional<double> kpiPercent(Kpi kpi) const;

    RevenueChart *trendChart() const { return m_trend; }
    PlatformChart *platformChart() const { return m_platforms; }
    RevenueSeriesModel *trendModel() const { return m_trendModel; }
    TableView *topProductsTable() const { return m_topTable; }
    TableView *lowStockTable() const { return m_lowTable; }
    QLabel *ruleLabel() const { return m_rule; }
    QComboBox *presetBox() const { return m_preset; }
    QComboBox *compareBox() const { return m_compare; }

protected:
    /** Retranslates every text in place (the figures stay). */
    void changeEvent(QEvent *event) override;

signals:
    /** The figures were reloaded (after a preset, range or compare change, or refresh()). */
    void figuresChanged();

private:
    struct Card
    {
        QLabel *title = nullptr;
        QLabel *value = nullptr;
        QLabel *change = nullptr;
    };
    QWidget *makeCard(Kpi kpi);
    /** Runs @p apply now and again after every language change (the page's fixed texts). */
    void onLanguageChange(const std::function<void()> &apply);
    void loadPeriod();
    void loadStock();
    void showFigures();
    DateRange selectedRange() const;

    Store &m_store;
    std::optional<QDate> m_today;
    QComboBox *m_preset;
    QComboBox *m_compare;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_rangeLabel;
    std::array<Card, KpiCount> m_cards{};
    RevenueSeriesModel *m_trendModel;
    RevenueChart *m_trend = nullptr;
    PlatformChart *m_platforms = nullptr;
    QStandardItemModel *m_topModel;
    QStandardItemModel *m_lowModel;
    TableView *m_topTable;
    TableView *m_lowTable;
    QLabel *m_rule;
    DashboardSummary m_summary;
    DateRange m_comparedRange;
    PeriodTotals m_compared;
    QList<std::function<void()>> m_retranslate;
};
