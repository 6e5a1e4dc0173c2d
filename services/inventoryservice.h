// SPDX-License-Identifier: MIT
#pragma once

#include "entities.h"
#include "filters.h"
#include "storeconfig.h"

#include <optional>

class Connection;
class Database;

struct InventoryInput
{
    qint64 productId = 0;
    qint64 quantity = 0;
    QString location;                       ///< empty = "main"
    QString channel;                        ///< empty = not reserved for a platform
    std::optional<qint64> lowStockThreshold; ///< default: the store's LOW_STOCK_THRESHOLD
    QString changeReason;                   ///< history text for the initial stock; default "initial stock"
};

struct InventoryPatch
{
    std::optional<qint64> quantity;
    std::optional<QString> location;
    std::optional<QString> channel;
    std::optional<qint64> lowStockThreshold;
    std::optional<QDateTime> lastRestockDate;
    QString changeReason; ///< history text when the quantity changes; default "manual update"
};

/** The result of a stock change: the row after it and the history row it wrote. */
struct StockChange
{
    InventoryItem item;
    InventoryHistoryEntry history;
};

/**
 * Stock levels and their history — the only code that changes a quantity. Every change writes
 * exactly one inventory_history row in the same transaction. Quantities stay within 0…9·10^15.
 * Every method throws StoreError.
 */
class InventoryService
{
public:
    InventoryService(Database &database, const StoreConfig &config) : m_db(database), m_config(config) {}

    static const QStringList &reasons();
    /** Columns InventoryFilter::sortColumn accepts. */
    static const QStringList &sortColumns();

    QList<InventoryItem> list(const InventoryFilter &filter = {});
    qint64 count(const InventoryFilter &filter = {});
    /** Throws NotFound. */
    InventoryItem get(qint64 id);
    /** The product's rows (empty list if it has none); throws NotFound for an unknown product. */
    QList<InventoryItem> forProduct(qint64 productId);
    /** Throws Validation, NotFound (product), Conflict "duplicate_inventory". */
    InventoryItem create(const InventoryInput &input);
    /**
     * Partial update; a quantity change writes history, an increase sets last_restock_date.
     * With @p written, it receives the history row written (an entry with id 0 and no change when
     * the quantity stayed the same).
     */
    InventoryItem update(qint64 id, const InventoryPatch &patch, InventoryHistoryEntry *written = nullptr);
    /**
     * Atomic relative change, safe under concurrent callers. Throws Validation (delta 0, empty
     * reason), NotFound, Conflict "insufficient_stock" when the result would be negative and
     * "quantity_limit" when it would exceed InventoryRepository::kMaxQuantity (9·10^15).
     */
    StockChange adjust(qint64 id, qint64 delta, const QString &reason);
    QList<InventoryHistoryEntry> history(qint64 id, HistoryFilter filter = {});
    qint64 historyCount(qint64 id, HistoryFilter filter = {});
    /** Rows at or below their threshold (or @p thresholdOverride), most urgent first. */
    QList<LowStockRow> lowStock(std::optional<qint64> thresholdOverride = std::nullopt,
                                std::optional<qint64> categoryId = std::nullopt);

    // In-transaction steps for other services (the caller's Database::write owns the transaction).

    /** Creates a row inside the caller's transaction (validated input). */
    InventoryItem createIn(Connection &conn, const InventoryInput &input);
    /**
     * Changes a row's quantity by @p delta inside the caller's transaction and writes its history.
     * Returns nullopt (writing nothing) if the result would be negative or above the largest quantity.
     */
    std::optional<StockChange> applyIn(Connection &conn, qint64 inventoryId, qint64 delta, const QString &reason);
    /**
     * The row a sale on @p platform takes @p productId's stock from: the row reserved for that
     * channel if one exists, else the product's `main` row; nullopt if neither exists.
     */
    std::optional<InventoryItem> saleSourceIn(Connection &conn, qint64 productId, const QString &platform);

private:
    void resolveDates(HistoryFilter &filter) const;
    Database &m_db;
    const StoreConfig &m_config;
};
