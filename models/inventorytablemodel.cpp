// SPDX-License-Identifier: MIT
#include "inventorytablemodel.h"

#include "database.h"
#include "logging.h"
#include "modelroles.h"
#include "screenqueries.h"

#include <QBrush>
#include <QColor>

InventoryTableModel::InventoryTableModel(Database &database, QObject *parent) : SqlTableModel(parent), m_db(database)
{
    setSort(QStringLiteral("product"), false);
    setNumberFields({QStringLiteral("id"), QStringLiteral("product_id"), QStringLiteral("quantity"),
                     QStringLiteral("low_stock_threshold")});
    setTimeFields({QStringLiteral("last_restock_date"), QStringLiteral("updated_at")});
    setFieldLabel(QStringLiteral("id"), tr("ID"));
    setFieldLabel(QStringLiteral("product_id"), tr("Product ID"));
    setFieldLabel(QStringLiteral("product"), tr("Product"));
    setFieldLabel(QStringLiteral("sku"), tr("SKU"));
    setFieldLabel(QStringLiteral("location"), tr("Location"));
    setFieldLabel(QStringLiteral("channel"), tr("Channel"));
    setFieldLabel(QStringLiteral("quantity"), tr("Quantity"));
    setFieldLabel(QStringLiteral("low_stock_threshold"), tr("Reorder level"));
    setFieldLabel(QStringLiteral("last_restock_date"), tr("Last restock"));
    setFieldLabel(QStringLiteral("updated_at"), tr("Updated"));
}

int InventoryTableModel::stockStatus(int row) const
{
    const qint64 quantity = value(row, QStringLiteral("quantity")).toLongLong();
    const qint64 threshold = value(row, QStringLiteral("low_stock_threshold")).toLongLong();
    if (quantity <= 0)
        return int(ModelRoles::StockStatus::Out);
    return int(quantity <= threshold ? ModelRoles::StockStatus::Low : ModelRoles::StockStatus::Ok);
}

QVariant InventoryTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    switch (role) {
    case ModelRoles::StockStatusRole:
        return stockStatus(index.row());
    case Qt::BackgroundRole:
        switch (ModelRoles::StockStatus(stockStatus(index.row()))) {
        case ModelRoles::StockStatus::Out: return QBrush(QColor(0xfd, 0xe2, 0xe1));
        case ModelRoles::StockStatus::Low: return QBrush(QColor(0xff, 0xf4, 0xd6));
        case ModelRoles::StockStatus::Ok: return {};
        }
        return {};
    case Qt::ForegroundRole:
        switch (ModelRoles::StockStatus(stockStatus(index.row()))) {
        case ModelRoles::StockStatus::Out: return QBrush(QColor(0x9b, 0x1c, 0x1c));
        case ModelRoles::StockStatus::Low: return QBrush(QColor(0x7a, 0x4d, 0x00));
        case ModelRoles::StockStatus::Ok: return {};
        }
        return {};
    case Qt::DisplayRole:
        if (index.column() == fieldIndex(QStringLiteral("channel")) && SqlTableModel::data(index, role).toString().isEmpty())
            return tr("(any)");
        return SqlTableModel::data(index, role);
    default:
        return SqlTableModel::data(index, role);
    }
}

void InventoryTableModel::refresh()
{
    try {
        install(ScreenQueries::inventory(m_db.connection().database(), m_search, m_lowStockOnly, sortField(), sortDescending()));
    } catch (const StoreError &e) {
        qCWarning(lcDatabase) << "inventorytablemodel:" << e.message();
        clear();
    }
}
