// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <optional>

/**
 * The read-only SQL behind the desktop screens' item models (products, categories, inventory,
 * stock history, customers, order lines). Each function returns an executed (scrollable)
 * query on @p db, ready for QSqlQueryModel::setQuery(); a failure is logged and left in the
 * query's lastError(). Result columns are addressed by the field names documented here.
 * Sort columns are checked against a whitelist; anything else sorts by id.
 */
class ScreenQueries
{
public:
    /**
     * Products with their category name and total stock. Fields: id, name, sku, category,
     * price (cents), stock, category_id, updated_at. @p search matches name or SKU
     * (case-insensitive contains); @p categoryId 0 = every category.
     */
    static QSqlQuery products(const QSqlDatabase &db, const QString &search, qint64 categoryId,
                              const QString &sortColumn, bool descending);
    static const QStringList &productSortColumns();

    /** Categories by name. Fields: id, name, description, products (how many). */
    static QSqlQuery categories(const QSqlDatabase &db);

    /**
     * Stock rows with their product. Fields: id, product_id, product, sku, location, channel,
     * quantity, low_stock_threshold, last_restock_date, updated_at. @p search matches product
     * name or SKU; @p lowStockOnly keeps rows with quantity ≤ threshold.
     */
    static QSqlQuery inventory(const QSqlDatabase &db, const QString &search, bool lowStockOnly,
                               const QString &sortColumn, bool descending);
    static const QStringList &inventorySortColumns();

    /** One stock row's history, newest first. Fields: id, created_at, previous_quantity, new_quantity, change_qty, change_reason. */
    static QSqlQuery inventoryHistory(const QSqlDatabase &db, qint64 inventoryId);

    /** Customers. Fields: id, name, email, phone, address, created_at. @p search matches name or e-mail. */
    static QSqlQuery customers(const QSqlDatabase &db, const QString &search, const QString &sortColumn, bool descending);
    static const QStringList &customerSortColumns();

    /** An order's lines. Fields: id, product_id, product, sku, quantity, unit_price, discount, line_total (cents). */
    static QSqlQuery saleItems(const QSqlDatabase &db, qint64 saleId);
};
