// SPDX-License-Identifier: MIT
#pragma once

#include "money.h"
#include "salestatus.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// Plain value types for the rows StoreDesk keeps. Ids are database ids (0 = not stored yet);
// timestamps are UTC QDateTimes; money is exact.

struct Category
{
    qint64 id = 0;
    QString name;
    QString description;
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct Product
{
    qint64 id = 0;
    QString name;
    QString description;
    QString sku;
    Money price;
    qint64 categoryId = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct InventoryItem
{
    qint64 id = 0;
    qint64 productId = 0;
    QString location;
    /** Sales platform this stock is reserved for; empty = not reserved (shown as null). */
    QString channel;
    qint64 quantity = 0;
    qint64 lowStockThreshold = 0;
    QDateTime lastRestockDate;
    QDateTime createdAt;
    QDateTime updatedAt;

    /** Low stock means quantity ≤ threshold; out of stock (0) is low too. */
    bool isLowStock() const { return quantity <= lowStockThreshold; }
};

struct InventoryHistoryEntry
{
    qint64 id = 0;
    qint64 inventoryId = 0;
    qint64 previousQuantity = 0;
    qint64 newQuantity = 0;
    QString changeReason;
    QDateTime createdAt;

    qint64 changeQty() const { return newQuantity - previousQuantity; }
};

struct Customer
{
    qint64 id = 0;
    QString name;
    QString email; ///< empty = none (stored as NULL)
    QString phone;
    QString address;
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct SaleItem
{
    qint64 id = 0;
    qint64 saleId = 0;
    qint64 productId = 0;
    qint64 quantity = 0;
    Money unitPrice;
    /** An amount off the whole line. */
    Money discount;
    QDateTime createdAt;

    /** quantity × unit_price − discount */
    Money lineTotal() const { return unitPrice * quantity - discount; }
};

struct Sale
{
    qint64 id = 0;
    QString orderNumber;
    QDateTime orderDate;
    std::optional<qint64> customerId; ///< nullopt for walk-in/anonymous orders
    Money totalAmount;
    QString platform;
    SaleStatus status = SaleStatus::Pending;
    QDateTime createdAt;
    QDateTime updatedAt;
    QList<SaleItem> items;
};

/** One row of the low-stock report: an inventory row at or below its threshold. */
struct LowStockRow
{
    qint64 inventoryId = 0;
    qint64 productId = 0;
    QString productName;
    QString sku;
    QString location;
    QString channel; ///< empty = not reserved (shown as null)
    qint64 currentQuantity = 0;
    qint64 threshold = 0;
    /** threshold − quantity: how many units bring the row back above its threshold, less one. */
    qint64 shortfall() const { return threshold - currentQuantity; }
};

/**
 * One sold line as the compact API lists it: a `sale_items` row with its order's platform and
 * date (SPEC §4.2 `GET /sales`).
 */
struct SaleLine
{
    qint64 id = 0; ///< the sale_items id
    qint64 saleId = 0;
    qint64 productId = 0;
    QString channel; ///< the order's platform
    qint64 quantity = 0;
    Money unitPrice;
    Money discount;
    QDateTime saleDate; ///< the order's date, UTC
};
