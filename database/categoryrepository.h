// SPDX-License-Identifier: MIT
#pragma once

#include "entities.h"
#include "filters.h"

#include <optional>

class Connection;

/** SQL for the `categories` table. Throws DatabaseError; the caller owns the transaction. */
class CategoryRepository
{
public:
    explicit CategoryRepository(Connection &connection) : m_conn(connection) {}

    QList<Category> list(const CategoryFilter &filter);
    qint64 count(const CategoryFilter &filter);
    std::optional<Category> find(qint64 id);
    std::optional<Category> findByName(const QString &name);
    /** Inserts @p category and sets its id. */
    void insert(Category &category);
    void update(const Category &category);
    void remove(qint64 id);
    qint64 productCount(qint64 id);

private:
    Connection &m_conn;
};
