// SPDX-License-Identifier: MIT
#include "sqltablemodel.h"

#include "modelroles.h"
#include "money.h"
#include "timeutil.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

SqlTableModel::SqlTableModel(QObject *parent) : QSqlQueryModel(parent) {}

int SqlTableModel::fieldIndex(const QString &field) const
{
    return record().indexOf(field);
}

QString SqlTableModel::fieldAt(int column) const
{
    return record().fieldName(column);
}

QVariant SqlTableModel::value(int row, const QString &field) const
{
    const int column = fieldIndex(field);
    if (column < 0 || row < 0 || row >= rowCount())
        return {};
    return QSqlQueryModel::data(index(row, column), Qt::DisplayRole);
}

qint64 SqlTableModel::idAt(int row) const
{
    return value(row, QStringLiteral("id")).toLongLong();
}

int SqlTableModel::rowOfId(qint64 id) const
{
    const int column = fieldIndex(QStringLiteral("id"));
    if (column < 0)
        return -1;
    for (int r = 0; r < rowCount(); ++r) {
        if (QSqlQueryModel::data(index(r, column), Qt::DisplayRole).toLongLong() == id)
            return r;
    }
    return -1;
}

QVariant SqlTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const QString field = fieldAt(index.column());
    switch (role) {
    case ModelRoles::IdRole:
        return idAt(index.row());
    case ModelRoles::CentsRole:
        if (m_moneyFields.contains(field))
            return QSqlQueryModel::data(index, Qt::DisplayRole).toLongLong();
        return {};
    case Qt::TextAlignmentRole:
        if (m_moneyFields.contains(field) || m_numberFields.contains(field))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::DisplayRole:
    case Qt::EditRole:
    case Qt::ToolTipRole: {
        const QVariant raw = QSqlQueryModel::data(index, Qt::DisplayRole);
        if (m_moneyFields.contains(field))
            return raw.isNull() ? QVariant() : QVariant(Money::fromCents(raw.toLongLong()).toString());
        if (m_timeFields.contains(field)) {
            const QDateTime utc = TimeUtil::fromDb(raw);
            return utc.isValid() ? QVariant(utc.toTimeZone(m_zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"))) : QVariant();
        }
        if (role == Qt::ToolTipRole)
            return {};
        return raw;
    }
    default:
        return QSqlQueryModel::data(index, role);
    }
}

QVariant SqlTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole) {
        const QString field = fieldAt(section);
        return m_headers.value(field, field);
    }
    return QSqlQueryModel::headerData(section, orientation, role);
}

void SqlTableModel::sort(int column, Qt::SortOrder order)
{
    const QString field = fieldAt(column);
    if (field.isEmpty())
        return;
    m_sortField = field;
    m_sortDescending = order == Qt::DescendingOrder;
    refresh();
}

void SqlTableModel::install(QSqlQuery &&query, bool fetchAllRows)
{
    setQuery(std::move(query));
    if (fetchAllRows) {
        while (canFetchMore())
            fetchMore();
    }
}
