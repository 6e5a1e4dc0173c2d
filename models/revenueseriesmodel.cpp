// SPDX-License-Identifier: MIT
#include "revenueseriesmodel.h"

#include "modelroles.h"
#include "moneyformat.h"

#include <QLocale>

RevenueSeriesModel::RevenueSeriesModel(QObject *parent) : QAbstractTableModel(parent) {}

void RevenueSeriesModel::setSeries(const RevenueSeries &current, const RevenueSeries &previous)
{
    beginResetModel();
    m_current = current;
    m_previous = previous;
    endResetModel();
}

qint64 RevenueSeriesModel::chartTime(QDate day)
{
    return day.startOfDay().toMSecsSinceEpoch();
}

QList<QPointF> RevenueSeriesModel::points(Column column) const
{
    QList<QPointF> result;
    result.reserve(m_current.points.size());
    for (qsizetype i = 0; i < m_current.points.size(); ++i) {
        const PeriodPoint &p = m_current.points.at(i);
        const double x = double(chartTime(p.period));
        double y = 0;
        switch (column) {
        case Revenue: y = double(p.totals.revenue.cents()) / 100.0; break;
        case Orders: y = double(p.totals.orders); break;
        case Units: y = double(p.totals.units); break;
        case AverageOrderValue: y = double(p.totals.averageOrderValue().cents()) / 100.0; break;
        case PreviousRevenue:
            if (i >= m_previous.points.size())
                return result;
            y = double(m_previous.points.at(i).totals.revenue.cents()) / 100.0;
            break;
        default: return {};
        }
        result << QPointF(x, y);
    }
    return result;
}

int RevenueSeriesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_current.points.size());
}

int RevenueSeriesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RevenueSeriesModel::periodText(QDate day) const
{
    switch (m_current.granularity) {
    case Granularity::Day: return day.toString(Qt::ISODate);
    case Granularity::Week: {
        int year = 0;
        const int week = day.weekNumber(&year);
        return tr("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
    }
    case Granularity::Month: return QLocale().toString(day, QStringLiteral("MMM yyyy"));
    case Granularity::Year: return QString::number(day.year());
    }
    return day.toString(Qt::ISODate);
}

QVariant RevenueSeriesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PeriodPoint &p = m_current.points.at(index.row());
    const bool hasPrevious = index.row() < m_previous.points.size();
    const PeriodPoint previous = hasPrevious ? m_previous.points.at(index.row()) : PeriodPoint{};
    auto money = [&](Money m) -> QVariant {
        if (role == ModelRoles::CentsRole || role == Qt::EditRole)
            return QVariant::fromValue<qint64>(m.cents());
        if (role == Qt::DisplayRole)
            return MoneyFormat::format(m.cents(), m_currency);
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue<int>(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    };
    auto number = [&](qint64 n) -> QVariant {
        if (role == Qt::EditRole)
            return QVariant::fromValue<qint64>(n);
        if (role == Qt::DisplayRole)
            return QLocale().toString(n);
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue<int>(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    };
    switch (index.column()) {
    case Period:
        if (role == Qt::DisplayRole)
            return periodText(p.period);
        if (role == Qt::EditRole)
            return p.period;
        return {};
    case Revenue: return money(p.totals.revenue);
    case Orders: return number(p.totals.orders);
    case Units: return number(p.totals.units);
    case AverageOrderValue: return money(p.totals.averageOrderValue());
    case PreviousPeriod:
        if (!hasPrevious)
            return {};
        if (role == Qt::DisplayRole)
            return periodText(previous.period);
        if (role == Qt::EditRole)
            return previous.period;
        return {};
    case PreviousRevenue: return hasPrevious ? money(previous.totals.revenue) : QVariant();
    default: return {};
    }
}

QVariant RevenueSeriesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Period: return tr("Period");
    case Revenue: return tr("Revenue");
    case Orders: return tr("Orders");
    case Units: return tr("Units");
    case AverageOrderValue: return tr("Avg. order value");
    case PreviousPeriod: return tr("Compared period");
    case PreviousRevenue: return tr("Compared revenue");
    default: return {};
    }
}
