// SPDX-License-Identifier: MIT
#pragma once

#include "entities.h"
#include "filters.h"

#include <optional>

class Connection;

/** SQL for the `customers` table. Throws DatabaseError; the caller owns the transaction. */
class CustomerRepository
{
public:
    explicit CustomerRepository(Connection &connection) : m_conn(connection) {}

    static const QStringList &sortColumns();

    QList<Customer> list(const CustomerFilter &filter);
    qint64 count(const CustomerFilter &filter);
    std::optional<Customer> find(qint64 id);
    std::optional<Customer> findByEmail(const QString &email);
    /** The customers with these ids, in one query (any order; missing ids are skipped). */
    QList<Customer> findMany(const QList<qint64> &ids);
    void insert(Customer &customer);
    void update(const Customer &customer);
    void remove(qint64 id);
    qint64 saleCount(qint64 id);

private:
    Connection &m_conn;
};
