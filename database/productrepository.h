// SPDX-License-Identifier: MIT
#pragma once

#include "entities.h"
#include "filters.h"

#include <optional>

class Connection;

/** SQL for the `products` table. Throws DatabaseError; the caller owns the transaction. */
class ProductRepository
{
public:
    explicit ProductRepository(Connection &connection) : m_conn(connection) {}

    /** Columns a product list may be sorted by. */
    static const QStringList &sortColumns();

    QList<Product> list(const ProductFilter &filter);
    qint64 count(const ProductFilter &filter);
    std::optional<Product> find(qint64 id);
    std::optional<Product> findBySku(const QString &sku);
    /** The products with these ids (any order; missing ids are skipped). */
    QList<Product> findMany(const QList<qint64> &ids);
    void insert(Product &product);
    void update(const Product &product);
    void remove(qint64 id);
    bool hasSales(qint64 id);

private:
    Connection &m_conn;
};
