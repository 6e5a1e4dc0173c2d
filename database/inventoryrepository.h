// SPDX-License-Identifier: MIT
#pragma once

#include "entities.h"
#include "filters.h"

#include <optional>

class Connection;

/**
 * SQL for `inventory` and `inventory_history`. Throws DatabaseError; the caller owns the
 * transaction. Only InventoryService changes quantities, through applyDelta()/setQuantity() plus
 * addHistory() in the same transaction.
 */
class InventoryRepository
{
public:
    explicit InventoryRepository(Connection &connection) : m_conn(connection) {}

    /**
     * The largest quantity a row may hold (below 2^53, so it survives JSON, and far enough below
     * 2^63 that `quantity + delta` cannot overflow in SQL for any delta of that size).
     */
    static constexpr qint64 kMaxQuantity = 9'000'000'000'000'000LL;

    static const QStringList &sortColumns();
    /** The stored form of a channel: '' for "not reserved". */
    static QString channelValue(const QString &channel);

    QList<InventoryItem> list(const InventoryFilter &filter);
    qint64 count(const InventoryFilter &filter);
    std::optional<InventoryItem> find(qint64 id);
    /** Like find(), but locks the row until the transaction ends. */
    std::optional<InventoryItem> findForUpdate(qint64 id);
    std::optional<InventoryItem> findByKey(qint64 productId, const QString &location, const QString &channel);
    QList<InventoryItem> forProduct(qint64 productId);

    void insert(InventoryItem &item);
    /** Writes location, channel, threshold, restock date and updated_at (not the quantity). */
    void updateAttributes(const InventoryItem &item);

    /**
     * quantity += delta, only if the result stays within 0…kMaxQuantity. Atomic under concurrent
     * callers: the check and the change are one UPDATE. Returns the new quantity, or nullopt if the
     * row is missing or the result would be out of range. A positive delta also sets last_restock_date.
     */
    std::optional<qint64> applyDelta(qint64 id, qint64 delta, const QDateTime &now);
    /** Sets the quantity of a row the caller has locked (findForUpdate). */
    void setQuantity(qint64 id, qint64 quantity, bool restocked, const QDateTime &now);

    void addHistory(InventoryHistoryEntry &entry);
    QList<InventoryHistoryEntry> history(qint64 inventoryId, const HistoryFilter &filter);
    qint64 historyCount(qint64 inventoryId, const HistoryFilter &filter);

    /** Rows with quantity ≤ threshold (or ≤ @p thresholdOverride), out of stock first, then by shortfall. */
    QList<LowStockRow> lowStock(std::optional<qint64> thresholdOverride, std::optional<qint64> categoryId = std::nullopt);

    /** Deletes a product's inventory rows and their history. */
    void removeForProduct(qint64 productId);

private:
    std::optional<InventoryItem> findWhere(const QString &condition, const QVariantList &values, bool lock = false);
    Connection &m_conn;
};
