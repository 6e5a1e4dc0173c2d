// SPDX-License-Identifier: MIT
#pragma once

#include "analyticsservice.h"

#include <QAbstractTableModel>
#include <QPointF>

/**
 * A RevenueSeries as a read-only table (one row per bucket: period, revenue, orders, units,
 * average order value), optionally with a second series of the same length beside it (the
 * comparison period, column PreviousRevenue). Money shows in the store currency and is also
 * given in cents (ModelRoles::CentsRole). The charts take their points from the same model
 * (points()): x is the bucket's first day at local midnight in ms since epoch, y the value in
 * currency units, so the table and the chart can never disagree.
 */
class RevenueSeriesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Period, Revenue, Orders, Units, AverageOrderValue, PreviousPeriod, PreviousRevenue, ColumnCount };

    explicit RevenueSeriesModel(QObject *parent = nullptr);

    void setCurrency(const QString &currency) { m_currency = currency; }
    /** Replaces the series (and the comparison series, which may be empty). */
    void setSeries(const RevenueSeries &current, const RevenueSeries &previous = {});
    const RevenueSeries &series() const { return m_current; }
    const RevenueSeries &previousSeries() const { return m_previous; }

    /**
     * The chart points of @p column (Revenue, Orders, Units, AverageOrderValue or PreviousRevenue):
     * the previous series is laid over the current one bucket by bucket (same x positions).
     */
    QList<QPointF> points(Column column) const;
    /** The x value of a bucket's first day: local midnight in ms since epoch. */
    static qint64 chartTime(QDate day);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    /** The period label of a bucket ("2026-06-30", "2026-W26", "Jun 2026", "2026"). */
    QString periodText(QDate day) const;

    RevenueSeries m_current;
    RevenueSeries m_previous;
    QString m_currency = QStringLiteral("USD");
};
