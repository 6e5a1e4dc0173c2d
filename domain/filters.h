// SPDX-License-Identifier: MIT
#pragma once

#include "money.h"
#include "salestatus.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

// Query inputs shared by the services (which validate them) and the repositories (which turn
// them into SQL). A sort is a whitelisted column name; descending when `sortDescending`.

struct Page
{
    qint64 skip = 0;
    qint64 limit = 100;
};

struct CategoryFilter
{
    QString q; ///< name contains (case-insensitive)
    Page page;
};

struct ProductFilter
{
    std::optional<qint64> categoryId;
    QString q; ///< name or SKU contains (case-insensitive)
    std::optional<Money> minPrice;
    std::optional<Money> maxPrice;
    QString sortColumn = QStringLiteral("id");
    bool sortDescending = false;
    Page page;
};

struct InventoryFilter
{
    std::optional<qint64> productId;
    std::optional<qint64> categoryId;
    std::optional<QString> location;
    std::optional<QString> channel; ///< "" matches rows not reserved for a platform
    bool lowStockOnly = false;
    QString sortColumn = QStringLiteral("id");
    bool sortDescending = false;
    Page page;
};

struct HistoryFilter
{
    std::optional<QDate> startDate; ///< inclusive, store-local calendar
    std::optional<QDate> endDate;   ///< inclusive
    /** [fromUtc, untilUtc): filled by the service from the dates and the store time zone. */
    std::optional<QDateTime> fromUtc;
    std::optional<QDateTime> untilUtc;
    Page page;
};

struct CustomerFilter
{
    QString q; ///< name or email contains (case-insensitive)
    QString sortColumn = QStringLiteral("id");
    bool sortDescending = false;
    Page page;
};

struct SaleFilter
{
    std::optional<QDate> startDate; ///< inclusive, store-local calendar
    std::optional<QDate> endDate;   ///< inclusive
    /** [fromUtc, untilUtc): filled by the service from the dates and the store time zone. */
    std::optional<QDateTime> fromUtc;
    std::optional<QDateTime> untilUtc;
    std::optional<qint64> customerId;
    std::optional<qint64> productId;
    std::optional<qint64> categoryId;
    std::optional<QString> platform;
    std::optional<SaleStatus> status;
    QString sortColumn = QStringLiteral("order_date");
    bool sortDescending = true;
    Page page;
};
