// SPDX-License-Identifier: MIT
#pragma once

#include "entities.h"

#include <QList>
#include <QVariant>

#include <memory>

class BulkInsert;
class Connection;

/**
 * Bulk SQL for generated demo data: multi-row INSERTs with explicit ids and bound values, inside
 * the caller's transaction, so millions of orders load in seconds. Used only by DemoDataService,
 * which makes the rows (and keeps them valid: totals equal their lines, stock never negative).
 *
 * Orders go in through addSales() in the compact SaleRow/SaleItemRow form: the values are bound
 * by name into large prepared statements (binding by position costs Qt a formatted placeholder
 * name per value), text that repeats (a timestamp, a platform) is one shared QVariant, and lines
 * are streamed into full statements across calls; finishSales() writes what is left.
 *
 * The writer expects to fill an empty store (the service clears it first): every reference
 * must point at a row written by this writer, which it checks (see beginBulkLoad()).
 */
class DemoDataWriter
{
public:
    explicit DemoDataWriter(Connection &connection);
    ~DemoDataWriter();
    DemoDataWriter(const DemoDataWriter &) = delete;
    DemoDataWriter &operator=(const DemoDataWriter &) = delete;

    /**
     * Session settings for a large load, undone by endBulkLoad(). Call both OUTSIDE a transaction
     * (SQLite ignores or refuses some of them inside one). On SQLite:
     *  - a large page cache;
     *  - when no other connection has the file open, a rollback journal instead of WAL while
     *    loading, so the new pages are written once rather than to the WAL and again by the
     *    checkpoint (still one atomic transaction; but a connection opened meanwhile waits for
     *    the load instead of reading the old data);
     *  - CHECK constraints and foreign keys are not evaluated by SQLite: this writer checks every
     *    row it binds against the same rules (the CHECKs of the schema; references only to rows
     *    this load wrote). SQLite re-evaluates `status IN (...)` expensively per row, and
     *    immediate foreign keys make it keep a statement journal for every multi-row INSERT;
     *    UNIQUE and NOT NULL stay with SQLite.
     */
    void beginBulkLoad();
    /** Restores the settings beginBulkLoad() changed. Never throws (logs a warning instead). */
    void endBulkLoad() noexcept;

    /** Whether the store holds any catalogue, customer or sales rows. */
    bool hasData();
    /** Deletes every row of every store table (not the schema). */
    void clear();
    /** The largest id in @p table (0 when empty). */
    qint64 maxId(const QString &table);

    void insertCategories(const QList<Category> &rows);
    void insertProducts(const QList<Product> &rows);
    void insertInventory(const QList<InventoryItem> &rows);
    void insertHistory(const QList<InventoryHistoryEntry> &rows);
    void insertCustomers(const QList<Customer> &rows);

    /**
     * A text value for SaleRow/SaleItemRow, in the form this engine binds fastest. QSQLITE binds
     * a QString as UTF-16, which SQLite converts (allocating) value by value; on SQLite this is
     * UTF-8 bytes that the INSERT turns into TEXT with CAST — the same stored TEXT, no conversion.
     * Elsewhere it is the QString.
     */
    QVariant text(QLatin1String latin1) const;
    QVariant text(const QString &text) const;

    /** One order as the bulk load writes it; every id is set by the caller, text by text(). */
    struct SaleRow
    {
        qint64 id = 0;
        QVariant orderNumber;
        /** "YYYY-MM-DD HH:MM:SS" UTC: order_date, created_at and updated_at. */
        QVariant stamp;
        qint64 customerId = 0; ///< 0: a walk-in order (NULL)
        qint64 totalCents = 0;
        QVariant platform;
        SaleStatus status = SaleStatus::Pending;
    };
    /** One order line; createdAt is normally the order's stamp (a shared copy). */
    struct SaleItemRow
    {
        qint64 id = 0;
        qint64 saleId = 0;
        qint64 productId = 0;
        qint64 quantity = 0;
        qint64 unitPriceCents = 0;
        qint64 discountCents = 0;
        QVariant createdAt;
    };
    /**
     * Writes orders, then lines. Orders are written completely before returning (lines may
     * refer to them); lines can stay buffered until a later call or finishSales().
     */
    void addSales(const QList<SaleRow> &sales, const QList<SaleItemRow> &items);
    /** Writes the buffered lines. */
    void finishSales();

    /** Makes the engine's id generators continue after the explicit ids written (PostgreSQL). */
    void syncSequences();

    /** The ids written so far in one table (as ranges: demo ids are consecutive). */
    class IdSet
    {
    public:
        void add(qint64 id);
        bool contains(qint64 id) const;

    private:
        mutable QList<std::pair<qint64, qint64>> m_ranges; ///< [first, last]; sorted when m_sorted
        mutable bool m_sorted = true;
    };

private:
    Connection &m_conn;
    // What this load wrote, to check references (see beginBulkLoad()).
    IdSet m_categoryIds, m_productIds, m_inventoryIds, m_customerIds, m_saleIds;
    std::unique_ptr<BulkInsert> m_sales;
    std::unique_ptr<BulkInsert> m_items;
    QList<QVariant> m_statuses; ///< text() of each SaleStatus

    // What beginBulkLoad() changed (SQLite), for endBulkLoad().
    bool m_bulkLoad = false;
    QVariant m_savedCacheSize;
    QVariant m_savedIgnoreChecks;
    QVariant m_savedForeignKeys;
    QString m_savedJournalMode;
};
