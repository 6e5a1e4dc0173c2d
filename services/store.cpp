// SPDX-License-Identifier: MIT
#include "store.h"

#include "migrator.h"

Store::Store(const StoreConfig &config, bool migrate)
    : m_config(config)
    , m_database(std::make_unique<Database>(DatabaseUrl::parseOrThrow(config.databaseUrl)))
    , m_rollup(m_config)
    , m_categories(*m_database)
    , m_inventory(*m_database, m_config)
    , m_products(*m_database, m_inventory, m_rollup)
    , m_customers(*m_database)
    , m_sales(*m_database, m_inventory, m_rollup, m_config)
    , m_analytics(*m_database, m_inventory, m_config)
{
    m_database->connection(); // fail early, with one clear line, if the database cannot be reached
    if (migrate) {
        Migrator(*m_database).migrate();
        m_rollup.ensureCurrent(*m_database);
    }
}

Store::~Store() = default;
