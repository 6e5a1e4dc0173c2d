// SPDX-License-Identifier: MIT
#include "producttablemodel.h"

#include "database.h"
#include "logging.h"
#include "screenqueries.h"

#include <QSqlError>

ProductTableModel::ProductTableModel(Database &database, QObject *parent) : SqlTableModel(parent), m_db(database)
{
    setSort(QStringLiteral("name"), false);
    setMoneyFields({QStringLiteral("price")});
    setNumberFields({QStringLiteral("id"), QStringLiteral("stock")});
    setTimeFields({QStringLiteral("updated_at")});
    setFieldLabel(QStringLiteral("id"), tr("ID"));
    setFieldLabel(QStringLiteral("name"), tr("Name"));
    setFieldLabel(QStringLiteral("sku"), tr("SKU"));
    setFieldLabel(QStringLiteral("category"), tr("Category"));
    setFieldLabel(QStringLiteral("price"), tr("Price"));
    setFieldLabel(QStringLiteral("stock"), tr("In stock"));
    setFieldLabel(QStringLiteral("category_id"), tr("Category ID"));
    setFieldLabel(QStringLiteral("updated_at"), tr("Updated"));
}

void ProductTableModel::refresh()
{
    try {
        install(ScreenQueries::products(m_db.connection().database(), m_search, m_categoryId, sortField(), sortDescending()));
    } catch (const StoreError &e) {
        qCWarning(lcDatabase) << "producttablemodel:" << e.message();
        clear();
    }
}
