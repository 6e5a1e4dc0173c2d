// SPDX-License-Identifier: MIT
#pragma once

#include "entities.h"
#include "storeconfig.h"

class Connection;
class Database;
class RollupSet;

/**
 * Keeps the analytics rollups (per local day: platform, product and category totals) equal to
 * what the orders add up to, inside the transaction of every write that changes them: an order
 * recorded, cancelled or reinstated, moved to another platform or date, a product moved to
 * another category. AnalyticsService reads them. Days are those of the store's time zone; when a
 * process starts with another zone than the one the rollups were built for, it rebuilds them.
 * Thread-safe (no state besides the configuration).
 */
class SalesRollup
{
public:
    explicit SalesRollup(const StoreConfig &config) : m_config(config) {}

    /** Adds (@p sign +1) or removes (-1) what @p sale contributes; nothing for a cancelled/refunded order. */
    void record(Connection &conn, const Sale &sale, int sign);
    /**
     * Replaces what @p before contributed with what @p after contributes (either may be null), as
     * one delta: an order moved to another platform or day, cancelled or reinstated.
     */
    void change(Connection &conn, const Sale *before, const Sale *after);
    /** Recomputes the category rows of @p categoryIds from the orders (after a product moved between them). */
    void rebuildCategories(Connection &conn, const QList<qint64> &categoryIds);
    /** Recomputes every rollup row from the orders. */
    void rebuildAll(Connection &conn);
    /** Replaces every rollup row with @p rows (computed by the caller, e.g. the demo generator). */
    void replaceAll(Connection &conn, const RollupSet &rows);
    /**
     * At start-up: rebuilds the rollups in one transaction when they were built for another time
     * zone, or never (a database from before the rollups). Returns whether it rebuilt.
     */
    bool ensureCurrent(Database &database);

    /** The local day (Julian day number) of @p utc in the store's time zone. */
    qint64 dayOf(const QDateTime &utc) const;
    /** The zone the rollups are kept for, as stored in analytics_state. */
    QString zoneId() const;

private:
    void addCountedLines(Connection &conn, const QList<qint64> &categoryIds, RollupSet &set) const;

    const StoreConfig &m_config;
};
