// SPDX-License-Identifier: MIT
#pragma once

#include <QChartView>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;
class RevenueSeriesModel;

/**
 * Revenue over time as a line (time axis in ms since epoch), with the compared period laid over
 * it as a dashed line. Built once; every update of its RevenueSeriesModel replaces the points
 * in place.
 */
class RevenueChart : public QChartView
{
    Q_OBJECT

public:
    explicit RevenueChart(RevenueSeriesModel *model, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    /** Shows or hides the compared period's line. */
    void setComparisonVisible(bool visible);
    void setComparisonName(const QString &name);
    QLineSeries *currentSeries() const { return m_current; }
    QLineSeries *comparisonSeries() const { return m_previous; }
    QDateTimeAxis *timeAxis() const { return m_time; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void refreshSeries();

    RevenueSeriesModel *m_model;
    QLineSeries *m_current;
    QLineSeries *m_previous;
    QDateTimeAxis *m_time;
    QValueAxis *m_value;
    bool m_comparisonVisible = true;
};
