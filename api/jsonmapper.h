// SPDX-License-Identifier: MIT
#pragma once

#include "entities.h"

#include <QHash>
#include <QJsonObject>

/**
 * The API's JSON shapes (SPEC §4.1 field names; money as numbers with at most two decimals;
 * date-times ISO 8601 with offset; an unreserved inventory channel as null).
 */
namespace JsonMapper {

QJsonValue money(Money value);
QJsonValue dateTime(const QDateTime &utc);
QJsonValue nullableString(const QString &text);

QJsonObject category(const Category &category);
/** With @p category, adds the nested "category" object (null when absent). */
QJsonObject product(const Product &product, const Category *category);
QJsonObject inventory(const InventoryItem &item, const QJsonObject &product);
QJsonObject history(const InventoryHistoryEntry &entry);
QJsonObject lowStock(const LowStockRow &row);
QJsonObject customer(const Customer &customer);
/** @p products: product objects by id for the nested sale_items[].product; @p customer may be null. */
QJsonObject sale(const Sale &sale, const QJsonValue &customer, const QHash<qint64, QJsonObject> &products);

/** Product objects with their nested category, by product id (a missing category maps to null). */
QHash<qint64, QJsonObject> products(const QList<Product> &products, const QHash<qint64, Category> &categories);
/** The compact API's flat product: {id, name, description, price, category_id}. */
QJsonObject compactProduct(const Product &product);
/**
 * The compact API's flat stock row: {id, product_id, channel, quantity, reorder_level, last_updated}
 * (reorder_level is the low-stock threshold, last_updated the row's updated_at).
 */
QJsonObject compactInventory(const InventoryItem &item);

} // namespace JsonMapper
