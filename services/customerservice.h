// SPDX-License-Identifier: MIT
#pragma once

#include "entities.h"
#include "filters.h"

#include <optional>

class Database;

struct CustomerInput
{
    QString name;
    QString email; ///< optional; stored lower-case, unique
    QString phone;
    QString address;
};

struct CustomerPatch
{
    std::optional<QString> name;
    std::optional<QString> email; ///< "" clears it
    std::optional<QString> phone;
    std::optional<QString> address;
};

/** A customer's lifetime figures (active orders only). */
struct CustomerStats
{
    qint64 orders = 0;
    Money lifetimeValue;
};

/**
 * Customers. Names are required; e-mail addresses are optional, checked for shape, stored
 * lower-case and unique. A customer with orders cannot be deleted. Every method throws StoreError.
 */
class CustomerService
{
public:
    explicit CustomerService(Database &database) : m_db(database) {}

    static const QStringList &sortColumns();

    QList<Customer> list(const CustomerFilter &filter = {});
    qint64 count(const CustomerFilter &filter = {});
    Customer get(qint64 id);
    /** Throws Validation, Conflict "duplicate_email". */
    Customer create(const CustomerInput &input);
    Customer update(qint64 id, const CustomerPatch &patch);
    /** Throws NotFound, Conflict "has_sales". */
    void remove(qint64 id);
    CustomerStats stats(qint64 id);

private:
    Database &m_db;
};
