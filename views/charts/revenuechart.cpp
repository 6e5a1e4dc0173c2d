// SPDX-License-Identifier: MIT
#include "revenuechart.h"

#include "revenueseriesmodel.h"

#include <QChart>
#include <QEvent>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace {

/** A round top for the value axis (1, 2, 2.5 or 5 × 10^n) with four steps. */
double niceTop(double max)
{
    if (max <= 0)
        return 4;
    const double step = max / 4;
    const double magnitude = std::pow(10.0, std::floor(std::log10(step)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (m * magnitude >= step)
            return m * magnitude * 4;
    }
    return max;
}

} // namespace

RevenueChart::RevenueChart(RevenueSeriesModel *model, QWidget *parent) : QChartView(parent), m_model(model)
{
    auto *chart = new QChart;
    chart->setMargins(QMargins(6, 6, 6, 6));
    chart->setBackgroundRoundness(6);
    chart->legend()->setAlignment(Qt::AlignTop);
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    chart->setTitleFont(titleFont);

    m_current = new QLineSeries(chart);
    m_current->setName(tr("Revenue"));
    QPen pen(QColor(0x25, 0x63, 0xeb));
    pen.setWidthF(2.2);
    m_current->setPen(pen);
    m_previous = new QLineSeries(chart);
    m_previous->setName(tr("Compared period"));
    QPen dashed(QColor(0x9c, 0xa3, 0xaf));
    dashed.setWidthF(1.6);
    dashed.setStyle(Qt::DashLine);
    m_previous->setPen(dashed);
    chart->addSeries(m_previous);
    chart->addSeries(m_current);

    m_time = new QDateTimeAxis(chart);
    m_time->setFormat(QStringLiteral("d MMM"));
    m_time->setTickCount(7);
    m_time->setGridLineColor(QColor(0xe5, 0xe7, 0xeb));
    m_value = new QValueAxis(chart);
    m_value->setLabelFormat(QStringLiteral("%.0f"));
    m_value->setTickCount(5);
    m_value->setGridLineColor(QColor(0xe5, 0xe7, 0xeb));
    chart->addAxis(m_time, Qt::AlignBottom);
    chart->addAxis(m_value, Qt::AlignLeft);
    for (QLineSeries *s : {m_previous, m_current}) {
        s->attachAxis(m_time);
        s->attachAxis(m_value);
    }
    // setChart() releases the chart the view made for itself without deleting it.
    QChart *placeholder = QChartView::chart();
    setChart(chart);
    delete placeholder;
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(360, 220);
    setAccessibleName(tr("Revenue over time"));

    connect(model, &QAbstractItemModel::modelReset, this, &RevenueChart::refreshSeries);
    refreshSeries();
}

void RevenueChart::setTitle(const QString &title)
{
    chart()->setTitle(title);
}

void RevenueChart::setComparisonVisible(bool visible)
{
    m_comparisonVisible = visible;
    refreshSeries();
}

void RevenueChart::setComparisonName(const QString &name)
{
    m_previous->setName(name);
}

void RevenueChart::refreshSeries()
{
    const QList<QPointF> current = m_model->points(RevenueSeriesModel::Revenue);
    const QList<QPointF> previous = m_comparisonVisible ? m_model->points(RevenueSeriesModel::PreviousRevenue) : QList<QPointF>{};
    m_current->replace(current);
    m_previous->replace(previous);
    m_previous->setVisible(m_comparisonVisible);
    double max = 0;
    for (const QList<QPointF> *list : {&current, &previous}) {
        for (const QPointF &p : *list)
            max = std::max(max, p.y());
    }
    m_value->setRange(0, niceTop(max));
    if (!current.isEmpty()) {
        const qint64 first = qint64(current.constFirst().x());
        qint64 last = qint64(current.constLast().x());
        if (last <= first)
            last = first + 86'400'000; // one bucket: a day wide, so the axis has a range
        m_time->setRange(QDateTime::fromMSecsSinceEpoch(first), QDateTime::fromMSecsSinceEpoch(last));
        const qint64 days = (last - first) / 86'400'000;
        const Granularity g = m_model->series().granularity;
        m_time->setFormat(g == Granularity::Year ? QStringLiteral("yyyy")
                          : g == Granularity::Month || days > 200 ? QStringLiteral("MMM yy")
                                                                  : QStringLiteral("d MMM"));
        m_time->setTickCount(int(std::clamp<qint64>(qint64(current.size()), 2, 8)));
    }
}

void RevenueChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_current->setName(tr("Revenue"));
    QChartView::changeEvent(event);
}
