// SPDX-License-Identifier: MIT
#pragma once

#include <QChartView>

class BreakdownModel;
class QBarCategoryAxis;
class QBarSet;
class QHorizontalBarSeries;
class QValueAxis;

/**
 * A comparison breakdown as horizontal bars (current and compared revenue per category,
 * platform or product, biggest on top, at most maxRows()). Built once; follows its model.
 */
class BreakdownChart : public QChartView
{
    Q_OBJECT

public:
    explicit BreakdownChart(BreakdownModel *model, QWidget *parent = nullptr);

    static constexpr int maxRows() { return 12; }
    void setComparisonName(const QString &name);
    QBarSet *currentSet() const { return m_current; }
    QBarSet *previousSet() const { return m_previous; }
    QBarCategoryAxis *categoryAxis() const { return m_categories; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void refreshSeries();

    BreakdownModel *m_model;
    QHorizontalBarSeries *m_series;
    QBarSet *m_current;
    QBarSet *m_previous;
    QBarCategoryAxis *m_categories;
    QValueAxis *m_value;
};
