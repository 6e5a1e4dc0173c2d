// SPDX-License-Identifier: MIT
#include "breakdownmodel.h"

#include "modelroles.h"
#include "moneyformat.h"

#include <QLocale>

BreakdownModel::BreakdownModel(QObject *parent) : QAbstractTableModel(parent) {}

void BreakdownModel::setRows(const QList<BreakdownRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

QString BreakdownModel::name(int row) const
{
    const BreakdownRow &r = m_rows.at(row);
    return r.name.isEmpty() ? r.key : r.name;
}

double BreakdownModel::value(int row, Column column) const
{
    const BreakdownRow &r = m_rows.at(row);
    switch (column) {
    case Current: return double(r.current.cents()) / 100.0;
    case Previous: return double(r.previous.cents()) / 100.0;
    case Change: return double((r.current - r.previous).cents()) / 100.0;
    default: return 0;
    }
}

int BreakdownModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BreakdownModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BreakdownModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BreakdownRow &r = m_rows.at(index.row());
    if (role == ModelRoles::IdRole)
        return r.key;
    if (role == Qt::TextAlignmentRole && index.column() != Name)
        return QVariant::fromValue<int>(Qt::AlignRight | Qt::AlignVCenter);
    auto money = [&](Money m) -> QVariant {
        if (role == ModelRoles::CentsRole || role == Qt::EditRole)
            return QVariant::fromValue<qint64>(m.cents());
        if (role == Qt::DisplayRole)
            return MoneyFormat::format(m.cents(), m_currency);
        return {};
    };
    switch (index.column()) {
    case Name: return role == Qt::DisplayRole || role == Qt::EditRole ? QVariant(name(index.row())) : QVariant();
    case Current: return money(r.current);
    case Previous: return money(r.previous);
    case Change: return money(r.current - r.previous);
    case ChangePercent: {
        const std::optional<double> pct = AnalyticsService::percentChange(r.current.cents(), r.previous.cents());
        if (role == Qt::EditRole)
            return pct ? QVariant(*pct) : QVariant();
        if (role == Qt::DisplayRole)
            return pct ? QStringLiteral("%1 %").arg(QLocale().toString(*pct, 'f', 2)) : QStringLiteral("\u2014");
        return {};
    }
    default: return {};
    }
}

QVariant BreakdownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Name");
    case Current: return tr("Revenue");
    case Previous: return tr("Compared revenue");
    case Change: return tr("Change");
    case ChangePercent: return tr("Change %");
    default: return {};
    }
}
