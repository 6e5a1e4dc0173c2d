// SPDX-License-Identifier: MIT
#include "breakdownchart.h"

#include "breakdownmodel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QEvent>
#include <QHorizontalBarSeries>
#include <QValueAxis>

#include <algorithm>

BreakdownChart::BreakdownChart(BreakdownModel *model, QWidget *parent) : QChartView(parent), m_model(model)
{
    auto *chart = new QChart;
    chart->setMargins(QMargins(6, 6, 6, 6));
    chart->setBackgroundRoundness(6);
    chart->legend()->setAlignment(Qt::AlignTop);
    m_series = new QHorizontalBarSeries(chart);
    m_previous = new QBarSet(tr("Compared period"));
    m_previous->setColor(QColor(0xcb, 0xd5, 0xe1));
    m_previous->setBorderColor(QColor(0xcb, 0xd5, 0xe1));
    m_current = new QBarSet(tr("Revenue"));
    m_current->setColor(QColor(0x25, 0x63, 0xeb));
    m_current->setBorderColor(QColor(0x25, 0x63, 0xeb));
    m_series->append(m_previous);
    m_series->append(m_current);
    m_series->setBarWidth(0.8);
    chart->addSeries(m_series);
    m_categories = new QBarCategoryAxis(chart);
    m_value = new QValueAxis(chart);
    m_value->setLabelFormat(QStringLiteral("%.0f"));
    m_value->setGridLineColor(QColor(0xe5, 0xe7, 0xeb));
    chart->addAxis(m_categories, Qt::AlignLeft);
    chart->addAxis(m_value, Qt::AlignBottom);
    m_series->attachAxis(m_categories);
    m_series->attachAxis(m_value);
    // setChart() releases the chart the view made for itself without deleting it.
    QChart *placeholder = QChartView::chart();
    setChart(chart);
    delete placeholder;
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(360, 240);
    setAccessibleName(tr("Revenue breakdown"));
    connect(model, &QAbstractItemModel::modelReset, this, &BreakdownChart::refreshSeries);
    refreshSeries();
}

void BreakdownChart::setComparisonName(const QString &name)
{
    m_previous->setLabel(name);
}

void BreakdownChart::refreshSeries()
{
    const int rows = std::min(m_model->rowCount(), maxRows());
    // Horizontal bars draw the first category at the bottom: add the biggest last.
    QStringList names;
    QList<qreal> current, previous;
    double max = 0;
    for (int row = rows - 1; row >= 0; --row) {
        names << m_model->name(row);
        current << m_model->value(row, BreakdownModel::Current);
        previous << m_model->value(row, BreakdownModel::Previous);
        max = std::max({max, current.constLast(), previous.constLast()});
    }
    m_categories->clear();
    m_categories->append(names);
    m_current->remove(0, m_current->count());
    m_current->append(current);
    m_previous->remove(0, m_previous->count());
    m_previous->append(previous);
    m_value->setRange(0, max > 0 ? max * 1.05 : 1);
    m_value->applyNiceNumbers();
}

void BreakdownChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_current->setLabel(tr("Revenue"));
    QChartView::changeEvent(event);
}
