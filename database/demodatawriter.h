// SPDX-License-Identifier: MIT
#pragma once

#include "entities.h"

#include <QList>

class Connection;

/**
 * Bulk SQL for generated demo data: multi-row INSERTs with explicit ids, inside the caller's
 * transaction, so millions of orders load in seconds. Used only by DemoDataService, which
 * makes the rows (and keeps them valid: totals equal their lines, stock never negative).
 */
class DemoDataWriter
{
public:
    explicit DemoDataWriter(Connection &connection) : m_conn(connection) {}

    /** Session settings for a large load (a bigger SQLite page cache); undone by endBulkLoad(). */
    void beginBulkLoad();
    void endBulkLoad();

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
    /** Inserts orders and their items; every id is set by the caller. */
    void insertSales(const QList<Sale> &rows);

    /** Makes the engine's id generators continue after the explicit ids written (PostgreSQL). */
    void syncSequences();

private:
    template<typename Row, typename Bind>
    void insertRows(const QString &table, const QStringList &columns, const QList<Row> &rows, Bind bind);
    Connection &m_conn;
};
