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

} // namespace JsonMapper
