// SPDX-License-Identifier: MIT
#include "inventoryhistorymodel.h"

#include "database.h"
#include "logging.h"
#include "screenqueries.h"

#include <QSqlError>

InventoryHistoryModel::InventoryHistoryModel(Database &database, QObject *parent) : SqlTableModel(parent), m_db(database)
{
    setNumberFields({QStringLiteral("id"), QStringLiteral("previous_quantity"), QStringLiteral("new_quantity"),
                     QStringLiteral("change_qty")});
    setTimeFields({QStringLiteral("created_at")});
    setFieldLabel(QStringLiteral("id"), tr("ID"));
    setFieldLabel(QStringLiteral("created_at"), tr("When"));
    setFieldLabel(QStringLiteral("previous_quantity"), tr("Before"));
    setFieldLabel(QStringLiteral("new_quantity"), tr("After"));
    setFieldLabel(QStringLiteral("change_qty"), tr("Change"));
    setFieldLabel(QStringLiteral("change_reason"), tr("Reason"));
}

void InventoryHistoryModel::refresh()
{
    try {
        install(ScreenQueries::inventoryHistory(m_db.connection().database(), m_inventoryId));
    } catch (const StoreError &e) {
        qCWarning(lcDatabase) << "inventoryhistorymodel:" << e.message();
        clear();
    }
}
