// SPDX-License-Identifier: MIT
#pragma once

#include "analyticsservice.h"
#include "screenpage.h"

#include <functional>
#include <utility>

class BreakdownChart;
class BreakdownModel;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTabWidget;
class RevenueChart;
class RevenueSeriesModel;
class Store;
class TableView;

/**
 * Analytics over a chosen range: revenue by day/week/month/year (chart and table) with the
 * compared period (the one before, the same dates a year earlier, or any chosen dates) laid over it, the revenue
 * broken down by category, platform or product (bars and table), and the stock (totals, stock
 * value, low-stock rows with their days of cover). Every number comes from AnalyticsService;
 * every chart exports to PNG/PDF and prints, every table exports to CSV.
 */
class AnalyticsPage : public ScreenPage
{
    Q_OBJECT

public:
    enum Tab { RevenueTab, BreakdownTab, InventoryTab };
    /** What the range is compared with: the days before, the same dates a year earlier, or chosen dates. */
    enum CompareMode { ComparePreviousPeriod, ComparePreviousYear, CompareCustom };

    explicit AnalyticsPage(Store &store, QWidget *parent = nullptr);

    QString title() const override { return tr("Analytics"); }
    void refresh() override;
    /** The table of the tab shown (export and copy act on it). */
    QTableView *mainTable() const override;

    void setRange(QDate start, QDate end);
    DateRange range() const;
    void setGranularity(Granularity g);
    Granularity granularity() const;
    void setPreviousYear(bool previousYear);
    bool previousYear() const;
    CompareMode compareMode() const;
    /** Compares with these dates (any length: the shorter series is laid over the longer bucket by bucket). */
    void setComparedRange(QDate start, QDate end);
    /** "category", "platform" or "product". */
    void setBreakdown(const QString &breakdown);
    QString breakdown() const;

    const Comparison &comparison() const { return m_comparison; }
    const InventorySummary &inventory() const { return m_inventory; }

    RevenueSeriesModel *revenueModel() const { return m_revenueModel; }
    BreakdownModel *breakdownModel() const { return m_breakdownModel; }
    QStandardItemModel *lowStockModel() const { return m_lowModel; }
    RevenueChart *revenueChart() const { return m_revenueChart; }
    BreakdownChart *breakdownChart() const { return m_breakdownChart; }
    TableView *revenueTable() const { return m_revenueTable; }
    TableView *breakdownTable() const { return m_breakdownTable; }
    TableView *lowStockTable() const { return m_lowTable; }
    QLabel *revenueSummary() const { return m_revenueSummary; }
    QLabel *inventoryTotals() const { return m_inventoryTotals; }
    QTabWidget *tabs() const { return m_tabs; }

signals:
    void figuresChanged();

protected:
    /** Retranslates every text in place (the figures stay). */
    void changeEvent(QEvent *event) override;

private:
    void load();
    void loadInventory();
    QWidget *tablePanel(TableView *table, const QString &fileName);

    Store &m_store;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_granularity;
    QComboBox *m_compare;
    QDateEdit *m_compareFrom;
    QDateEdit *m_compareTo;
    QComboBox *m_breakdown;
    QTabWidget *m_tabs;
    RevenueSeriesModel *m_revenueModel;
    BreakdownModel *m_breakdownModel;
    QStandardItemModel *m_lowModel;
    RevenueChart *m_revenueChart = nullptr;
    BreakdownChart *m_breakdownChart = nullptr;
    TableView *m_revenueTable;
    TableView *m_breakdownTable;
    TableView *m_lowTable;
    QLabel *m_revenueSummary;
    QLabel *m_inventoryTotals;
    Comparison m_comparison;
    InventorySummary m_inventory;
    std::function<void()> m_retranslate;
    QList<std::pair<QPushButton *, TableView *>> m_csvButtons;
};
