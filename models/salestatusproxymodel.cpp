// SPDX-License-Identifier: MIT
#include "salestatusproxymodel.h"

#include <QBrush>
#include <QColor>

SaleStatusProxyModel::SaleStatusProxyModel(int statusColumn, QObject *parent)
    : QIdentityProxyModel(parent), m_statusColumn(statusColumn)
{
}

QString SaleStatusProxyModel::label(const QString &status)
{
    if (status == u"pending")
        return tr("Pending");
    if (status == u"processing")
        return tr("Processing");
    if (status == u"shipped")
        return tr("Shipped");
    if (status == u"delivered")
        return tr("Delivered");
    if (status == u"completed")
        return tr("Completed");
    if (status == u"cancelled")
        return tr("Cancelled");
    if (status == u"refunded")
        return tr("Refunded");
    return status;
}

QVariant SaleStatusProxyModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.column() != m_statusColumn)
        return QIdentityProxyModel::data(index, role);
    switch (role) {
    case Qt::DisplayRole:
        return label(QIdentityProxyModel::data(index, Qt::DisplayRole).toString());
    case Qt::EditRole:
        return QIdentityProxyModel::data(index, Qt::DisplayRole);
    case Qt::ForegroundRole: {
        const QString status = QIdentityProxyModel::data(index, Qt::DisplayRole).toString();
        if (status == u"completed" || status == u"delivered")
            return QBrush(QColor(0x1a, 0x7f, 0x37));
        if (status == u"cancelled")
            return QBrush(QColor(0xb4, 0x23, 0x18));
        if (status == u"refunded")
            return QBrush(QColor(0x6b, 0x72, 0x80));
        return QIdentityProxyModel::data(index, role);
    }
    default:
        return QIdentityProxyModel::data(index, role);
    }
}
