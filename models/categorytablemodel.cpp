// SPDX-License-Identifier: MIT
#include "categorytablemodel.h"

#include "database.h"
#include "logging.h"
#include "screenqueries.h"

#include <QSqlError>

CategoryTableModel::CategoryTableModel(Database &database, QObject *parent) : SqlTableModel(parent), m_db(database)
{
    setNumberFields({QStringLiteral("id"), QStringLiteral("products")});
    setFieldLabel(QStringLiteral("id"), tr("ID"));
    setFieldLabel(QStringLiteral("name"), tr("Name"));
    setFieldLabel(QStringLiteral("description"), tr("Description"));
    setFieldLabel(QStringLiteral("products"), tr("Products"));
}

void CategoryTableModel::refresh()
{
    try {
        install(ScreenQueries::categories(m_db.connection().database()));
    } catch (const StoreError &e) {
        qCWarning(lcDatabase) << "categorytablemodel:" << e.message();
        clear();
    }
}
