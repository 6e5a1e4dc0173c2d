// SPDX-License-Identifier: MIT
#pragma once

#include "analyticsservice.h"
#include "categoryservice.h"
#include "customerservice.h"
#include "database.h"
#include "inventoryservice.h"
#include "productservice.h"
#include "salesrollup.h"
#include "salesservice.h"
#include "storeconfig.h"

#include <memory>

/**
 * One store's data and the services over it: the object the GUI, the API server and the
 * command-line tools all hold. Safe to use from several threads (each gets its own connection).
 */
class Store
{
public:
    /**
     * Connects to config.databaseUrl and, with @p migrate, brings the schema up to date.
     * Throws StoreError (Config for a bad URL, Unavailable when the server cannot be reached,
     * Schema when the database is newer than this program).
     */
    explicit Store(const StoreConfig &config, bool migrate = true);
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    const StoreConfig &config() const { return m_config; }
    Database &database() { return *m_database; }

    CategoryService &categories() { return m_categories; }
    ProductService &products() { return m_products; }
    InventoryService &inventory() { return m_inventory; }
    CustomerService &customers() { return m_customers; }
    SalesService &sales() { return m_sales; }
    SalesRollup &rollup() { return m_rollup; }
    AnalyticsService &analytics() { return m_analytics; }

private:
    StoreConfig m_config;
    std::unique_ptr<Database> m_database;
    SalesRollup m_rollup;
    CategoryService m_categories;
    InventoryService m_inventory;
    ProductService m_products;
    CustomerService m_customers;
    SalesService m_sales;
    AnalyticsService m_analytics;
};
