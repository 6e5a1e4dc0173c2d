// SPDX-License-Identifier: MIT
#include "customertablemodel.h"

#include "database.h"
#include "logging.h"
#include "screenqueries.h"

#include <QSqlError>

CustomerTableModel::CustomerTableModel(Database &database, QObject *parent) : SqlTableModel(parent), m_db(database)
{
    setSort(QStringLiteral("name"), false);
    setNumberFields({QStringLiteral("id")});
    setTimeFields({QStringLiteral("created_at")});
    setFieldLabel(QStringLiteral("id"), tr("ID"));
    setFieldLabel(QStringLiteral("name"), tr("Name"));
    setFieldLabel(QStringLiteral("email"), tr("E-mail"));
    setFieldLabel(QStringLiteral("phone"), tr("Phone"));
    setFieldLabel(QStringLiteral("address"), tr("Address"));
    setFieldLabel(QStringLiteral("created_at"), tr("Customer since"));
}

void CustomerTableModel::refresh()
{
    try {
        install(ScreenQueries::customers(m_db.connection().database(), m_search, sortField(), sortDescending()), false);
    } catch (const StoreError &e) {
        qCWarning(lcDatabase) << "customertablemodel:" << e.message();
        clear();
    }
}
