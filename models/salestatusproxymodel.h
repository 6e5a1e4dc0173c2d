// SPDX-License-Identifier: MIT
#pragma once

#include <QIdentityProxyModel>

/**
 * Shows an order-status column in words the user reads (translated) and colours it — completed
 * green, cancelled red, refunded grey — without touching the model beneath: the stored
 * spelling stays available as Qt::EditRole, and sorting passes through to the source model
 * (which sorts in SQL).
 */
class SaleStatusProxyModel : public QIdentityProxyModel
{
    Q_OBJECT

public:
    /** @p statusColumn is the source column that holds the stored status ("pending", …). */
    explicit SaleStatusProxyModel(int statusColumn, QObject *parent = nullptr);

    /** The words shown for a stored status (the stored text itself if unknown). */
    static QString label(const QString &status);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    int m_statusColumn;
};
