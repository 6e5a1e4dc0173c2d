// SPDX-License-Identifier: MIT
#pragma once

#include "rollupset.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

class Connection;

/** A question to the rollup tables: a range of local days, filters, and what to group by. */
struct RollupQuery
{
    enum class GroupBy { None, Day, Platform, Product, Category };

    qint64 fromDay = 0; ///< Julian day numbers, inclusive
    qint64 toDay = 0;
    std::optional<qint64> productId;
    std::optional<qint64> categoryId; ///< the products' current category
    QString platform;                 ///< empty: every platform
    GroupBy groupBy = GroupBy::None;
};

/** One answer row: the group (a day, product or category id; or a platform) and its totals. */
struct RollupRow
{
    qint64 id = 0;
    QString platform;
    RollupSet::Totals totals;
};

/** Stock figures over inventory rows (see AnalyticsRepository::inventoryTotals()). */
struct InventoryTotals
{
    qint64 products = 0; ///< distinct products among the rows
    qint64 units = 0;
    qint64 stockValueCents = 0; ///< Σ quantity × current price
    qint64 outOfStockProducts = 0;
    qint64 lowStockProducts = 0;
    qint64 outOfStockRows = 0;
    qint64 lowStockRows = 0;
};

/** One line of an order that counts as a sale, as rebuilding the rollups reads it. */
struct CountedLine
{
    qint64 saleId = 0;
    QDateTime orderDate; ///< UTC
    QString platform;
    RollupSet::Line line;
};

/**
 * SQL for the analytics rollup tables (migration 0002) and the reads that rebuild them. The
 * caller owns the transaction; every method throws DatabaseError.
 */
class AnalyticsRepository
{
public:
    explicit AnalyticsRepository(Connection &connection) : m_conn(connection) {}

    /** Adds @p delta's rows to the tables (rows are created as needed), in key order. */
    void apply(const RollupSet &delta);
    /** Writes @p rows into @p tables (all when empty), which hold none of their keys yet (after a clear). */
    void insert(const RollupSet &rows, const QList<RollupSet::Table> &tables = {});
    /** Empties every rollup table. */
    void clear();
    /** Deletes the category rows of @p categoryIds (before rebuilding them). */
    void clearCategories(const QList<qint64> &categoryIds);

    /**
     * Calls @p fn for every line of every order that counts as a sale (not cancelled or refunded)
     * whose product is currently in one of @p categoryIds (all when empty), ordered by order.
     */
    void forEachCountedLine(const QList<qint64> &categoryIds, const std::function<void(const CountedLine &)> &fn);

    /**
     * The current category of each of @p productIds. With @p lock, the product rows stay
     * share-locked until the transaction ends: a category move (an update of the row) and an
     * order of the product serialise, while orders of one product don't wait for each other (an
     * exclusive lock here deadlocked with the key-share lock the order lines' foreign key takes).
     */
    QHash<qint64, qint64> productCategories(const QList<qint64> &productIds, bool lock);

    /** The names of the categories (@p categories true) or products with these ids, in one query. */
    QHash<qint64, QString> names(bool categories, const QList<qint64> &ids);

    std::optional<QString> state(const QString &name);
    void setState(const QString &name, const QString &value);

    /** Totals over the inventory rows of products in @p categoryId (all when absent), low rows only with @p lowOnly. */
    InventoryTotals inventoryTotals(std::optional<qint64> categoryId, bool lowOnly);

    /** Sums the rollup rows @p query selects, per group, using the smallest table that answers it. */
    QList<RollupRow> aggregate(const RollupQuery &query);

private:
    Connection &m_conn;
};
