// SPDX-License-Identifier: MIT
#pragma once

#include "analyticsservice.h"

#include <QChartView>

class QPieSeries;

/**
 * The sales-platform mix as a donut: each slice labelled with its share in percent, the legend
 * naming the platform with its share. Built once; slices are reused on update.
 */
class PlatformChart : public QChartView
{
    Q_OBJECT

public:
    explicit PlatformChart(QWidget *parent = nullptr);

    void setShares(const QList<PlatformShare> &shares);
    QPieSeries *series() const { return m_series; }

private:
    QPieSeries *m_series;
};
