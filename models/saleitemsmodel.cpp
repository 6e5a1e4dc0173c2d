// SPDX-License-Identifier: MIT
#include "saleitemsmodel.h"

#include "database.h"
#include "logging.h"
#include "screenqueries.h"

#include <QSqlError>

SaleItemsModel::SaleItemsModel(Database &database, QObject *parent) : SqlTableModel(parent), m_db(database)
{
    setMoneyFields({QStringLiteral("unit_price"), QStringLiteral("discount"), QStringLiteral("line_total")});
    setNumberFields({QStringLiteral("id"), QStringLiteral("quantity")});
    setFieldLabel(QStringLiteral("id"), tr("ID"));
    setFieldLabel(QStringLiteral("product_id"), tr("Product ID"));
    setFieldLabel(QStringLiteral("product"), tr("Product"));
    setFieldLabel(QStringLiteral("sku"), tr("SKU"));
    setFieldLabel(QStringLiteral("quantity"), tr("Qty"));
    setFieldLabel(QStringLiteral("unit_price"), tr("Unit price"));
    setFieldLabel(QStringLiteral("discount"), tr("Discount"));
    setFieldLabel(QStringLiteral("line_total"), tr("Line total"));
}

void SaleItemsModel::refresh()
{
    try {
        install(ScreenQueries::saleItems(m_db.connection().database(), m_saleId));
    } catch (const StoreError &e) {
        qCWarning(lcDatabase) << "saleitemsmodel:" << e.message();
        clear();
    }
}
