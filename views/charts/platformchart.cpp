// SPDX-License-Identifier: MIT
#include "platformchart.h"

#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>

#include <iterator>

PlatformChart::PlatformChart(QWidget *parent) : QChartView(parent)
{
    auto *chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(6);
    chart->setTitle(tr("Sales by platform"));
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    chart->setTitleFont(titleFont);
    chart->legend()->setAlignment(Qt::AlignRight);
    m_series = new QPieSeries(chart);
    m_series->setHoleSize(0.45);
    m_series->setPieSize(0.8);
    chart->addSeries(m_series);
    // setChart() releases the chart the view made for itself without deleting it.
    QChart *placeholder = QChartView::chart();
    setChart(chart);
    delete placeholder;
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(300, 220);
    setAccessibleName(tr("Sales by platform"));
}

void PlatformChart::setShares(const QList<PlatformShare> &shares)
{
    static const QColor s_colors[] = {QColor(0x25, 0x63, 0xeb), QColor(0x10, 0xb9, 0x81), QColor(0xf5, 0x9e, 0x0b),
                                      QColor(0xef, 0x44, 0x44), QColor(0x8b, 0x5c, 0xf6), QColor(0x06, 0xb6, 0xd4),
                                      QColor(0xec, 0x48, 0x99), QColor(0x64, 0x74, 0x8b)};
    // Reuse the slices there are; add or remove only the difference.
    QList<QPieSlice *> slices = m_series->slices();
    while (slices.size() > shares.size()) {
        m_series->remove(slices.takeLast());
    }
    const QLocale locale;
    for (qsizetype i = 0; i < shares.size(); ++i) {
        const PlatformShare &share = shares.at(i);
        QPieSlice *slice = i < slices.size() ? slices.at(i) : nullptr;
        if (!slice) {
            slice = new QPieSlice;
            slice->setLabelPosition(QPieSlice::LabelInsideHorizontal);
            slice->setLabelColor(Qt::white);
            QFont font = slice->labelFont();
            font.setBold(true);
            slice->setLabelFont(font);
            slice->setBorderColor(Qt::white);
            m_series->append(slice);
        }
        slice->setValue(share.share > 0 ? share.share : 0.000001);
        slice->setColor(s_colors[i % std::size(s_colors)]);
        // The slice shows its percentage (when there is room); the legend names the platform too.
        slice->setLabel(tr("%1 %").arg(locale.toString(share.share * 100.0, 'f', 1)));
        slice->setLabelVisible(share.share >= 0.05);
    }
    const QList<QLegendMarker *> markers = chart()->legend()->markers(m_series);
    for (qsizetype i = 0; i < markers.size() && i < shares.size(); ++i)
        markers.at(i)->setLabel(tr("%1  %2 %").arg(shares.at(i).platform, locale.toString(shares.at(i).share * 100.0, 'f', 1)));
}
