// SPDX-License-Identifier: MIT
#pragma once

#include "entities.h"

#include <QChartView>
#include <QList>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

/** A small step chart of one stock row's quantity over time, from its history (time axis in ms since epoch). */
class StockChart : public QChartView
{
    Q_OBJECT

public:
    explicit StockChart(QWidget *parent = nullptr);

    /** Plots @p history (any order) up to @p now, where the quantity is @p current. */
    void setHistory(const QList<InventoryHistoryEntry> &history, qint64 current, const QDateTime &now);
    /** How many points the series holds (tests). */
    int pointCount() const;

private:
    QLineSeries *m_series;
    QDateTimeAxis *m_time;
    QValueAxis *m_quantity;
};
