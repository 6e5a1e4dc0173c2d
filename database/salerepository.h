// SPDX-License-Identifier: MIT
#pragma once

#include "entities.h"
#include "filters.h"

#include <optional>

class Connection;

/** SQL for `sales` and `sale_items`. Throws DatabaseError; the caller owns the transaction. */
class SaleRepository
{
public:
    explicit SaleRepository(Connection &connection) : m_conn(connection) {}

    static const QStringList &sortColumns();

    /** A page of orders, each with its items. */
    QList<Sale> list(const SaleFilter &filter);
    qint64 count(const SaleFilter &filter);
    std::optional<Sale> find(qint64 id);
    /** Like find(), but locks the order row until the transaction ends (status changes). */
    std::optional<Sale> findForUpdate(qint64 id);
    std::optional<Sale> findByOrderNumber(const QString &orderNumber);
    bool orderNumberExists(const QString &orderNumber);
    /** Number and total of a customer's orders that are not cancelled or refunded. */
    std::pair<qint64, Money> activeTotalsForCustomer(qint64 customerId);

    /**
     * A page of sold lines (SPEC §4.2), ordered by line id. The filter's dates, customer,
     * platform and status select orders; its product and category select the lines themselves.
     * With @p activeOnly, lines of cancelled and refunded orders are left out.
     */
    QList<SaleLine> listLines(const SaleFilter &filter, bool activeOnly);
    qint64 countLines(const SaleFilter &filter, bool activeOnly);

    /** Inserts the order and its items; sets every id. */
    void insert(Sale &sale);
    /** Writes order_date, customer_id, platform, status and updated_at. */
    void updateHeader(const Sale &sale);

private:
    std::optional<Sale> findWhere(const QString &condition, const QVariant &value, bool lock = false);
    void loadItems(QList<Sale> &sales);
    Connection &m_conn;
};
