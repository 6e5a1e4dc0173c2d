// SPDX-License-Identifier: MIT
#pragma once

#include "storeconfig.h"

#include <QDateTime>

#include <functional>

class Database;

struct DemoDataOptions
{
    quint64 seed = 42;
    qint64 sales = 200;
    qint64 customers = 20;
    /** Replace existing data; without it a non-empty database is refused. */
    bool reset = false;
    /** The generated orders fall in the 365 days before this moment (UTC; default now). */
    QDateTime until;
};

/** What a demo-data run wrote. */
struct DemoDataSummary
{
    qint64 categories = 0;
    qint64 products = 0;
    qint64 inventoryRows = 0;
    qint64 customers = 0;
    qint64 sales = 0;
    qint64 saleItems = 0;
};

/**
 * Generates the demo store of SPEC §6, deterministically for a seed: 8 categories, 40 products,
 * an inventory row per product (some low, some out of stock), customers, and orders with 1–4
 * items over the last 365 days on several platforms, some cancelled or refunded. Everything is
 * written in one transaction — a failure or a cancel leaves the database as it was.
 *
 * The orders are history: they do not draw down the generated stock levels (which are the
 * store's current stock, each with one "initial stock" history row).
 */
class DemoDataService
{
public:
    /** Called as work progresses (done, total orders); return false to cancel. */
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    DemoDataService(Database &database, const StoreConfig &config) : m_db(database), m_config(config) {}

    /** Throws StoreError: Validation (bad counts), Conflict "not_empty" (data present without reset), "cancelled". */
    DemoDataSummary generate(const DemoDataOptions &options, const Progress &progress = {});

private:
    Database &m_db;
    const StoreConfig &m_config;
};
