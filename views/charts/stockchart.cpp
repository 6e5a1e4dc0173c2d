// SPDX-License-Identifier: MIT
#include "stockchart.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>

StockChart::StockChart(QWidget *parent) : QChartView(parent)
{
    auto *chart = new QChart;
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    m_series = new QLineSeries(chart);
    QPen pen(QColor(0x25, 0x63, 0xeb));
    pen.setWidth(2);
    m_series->setPen(pen);
    chart->addSeries(m_series);
    m_time = new QDateTimeAxis(chart);
    m_time->setFormat(QStringLiteral("d MMM"));
    m_time->setTickCount(4);
    m_quantity = new QValueAxis(chart);
    m_quantity->setLabelFormat(QStringLiteral("%d"));
    m_quantity->setTickCount(4);
    chart->addAxis(m_time, Qt::AlignBottom);
    chart->addAxis(m_quantity, Qt::AlignLeft);
    m_series->attachAxis(m_time);
    m_series->attachAxis(m_quantity);
    // setChart() releases the chart the view made for itself without deleting it.
    QChart *placeholder = QChartView::chart();
    setChart(chart);
    delete placeholder;
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(160);
    setMinimumWidth(320);
    setAccessibleName(tr("Stock over time"));
}

void StockChart::setHistory(const QList<InventoryHistoryEntry> &history, qint64 current, const QDateTime &now)
{
    QList<InventoryHistoryEntry> sorted = history;
    std::sort(sorted.begin(), sorted.end(), [](const InventoryHistoryEntry &a, const InventoryHistoryEntry &b) {
        return a.createdAt == b.createdAt ? a.id < b.id : a.createdAt < b.createdAt;
    });
    QList<QPointF> points;
    qint64 maxQuantity = current;
    for (const InventoryHistoryEntry &h : sorted) {
        const double t = double(h.createdAt.toMSecsSinceEpoch());
        // A step: the old level up to the change, then the new one.
        if (!points.isEmpty())
            points << QPointF(t, points.constLast().y());
        points << QPointF(t, double(h.newQuantity));
        maxQuantity = std::max({maxQuantity, h.newQuantity, h.previousQuantity});
    }
    const double end = double(now.toMSecsSinceEpoch());
    if (points.isEmpty())
        points << QPointF(end - 86'400'000.0, double(current));
    points << QPointF(end, double(current));
    m_series->replace(points);
    m_time->setRange(QDateTime::fromMSecsSinceEpoch(qint64(points.constFirst().x())), now);
    // Whole-number ticks: a top that divides into four steps.
    const qint64 step = std::max<qint64>(1, (maxQuantity + 3) / 4);
    m_quantity->setRange(0, double(step * 4));
    m_quantity->setTickCount(5);
}

int StockChart::pointCount() const
{
    return int(m_series->count());
}
