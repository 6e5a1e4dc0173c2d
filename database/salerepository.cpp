// SPDX-License-Identifier: MIT
#include "salerepository.h"

#include "connection.h"
#include "sqlhelpers.h"
#include "sqlquery.h"
#include "timeutil.h"

#include <QHash>

namespace {

const QString kColumns = QStringLiteral("s.id, s.order_number, s.order_date, s.customer_id, s.total_amount, s.platform, "
                                        "s.status, s.created_at, s.updated_at");

Sale read(const SqlQuery &q)
{
    Sale s;
    s.id = q.int64(0);
    s.orderNumber = q.string(1);
    s.orderDate = TimeUtil::fromDb(q.value(2));
    if (!q.isNull(3))
        s.customerId = q.int64(3);
    s.totalAmount = Money::fromCents(q.int64(4));
    s.platform = q.string(5);
    s.status = SaleStatuses::parse(q.string(6)).value_or(SaleStatus::Pending);
    s.createdAt = TimeUtil::fromDb(q.value(7));
    s.updatedAt = TimeUtil::fromDb(q.value(8));
    return s;
}

/** The conditions on the order itself (`sales s`): dates, customer, platform, status. */
void addOrderConditions(WhereBuilder &w, const SaleFilter &f)
{
    if (f.fromUtc)
        w.add(QStringLiteral("s.order_date >= ?"), {TimeUtil::toDb(*f.fromUtc)});
    if (f.untilUtc)
        w.add(QStringLiteral("s.order_date < ?"), {TimeUtil::toDb(*f.untilUtc)});
    if (f.customerId)
        w.add(QStringLiteral("s.customer_id = ?"), {*f.customerId});
    if (f.platform)
        w.add(QStringLiteral("s.platform = ?"), {*f.platform});
    if (f.status)
        w.add(QStringLiteral("s.status = ?"), {SaleStatuses::toString(*f.status)});
}

/** Conditions on `sales s`: an order matches a product or category filter if any of its lines does. */
WhereBuilder where(const SaleFilter &f)
{
    WhereBuilder w;
    addOrderConditions(w, f);
    if (f.productId)
        w.add(QStringLiteral("s.id IN (SELECT sale_id FROM sale_items WHERE product_id = ?)"), {*f.productId});
    if (f.categoryId)
        w.add(QStringLiteral("s.id IN (SELECT si.sale_id FROM sale_items si JOIN products p ON p.id = si.product_id "
                             "WHERE p.category_id = ?)"),
              {*f.categoryId});
    return w;
}

/** Conditions on `sale_items si JOIN sales s`: the order's fields, and the line's own product and category. */
WhereBuilder lineWhere(const SaleFilter &f, bool activeOnly)
{
    WhereBuilder w;
    addOrderConditions(w, f);
    if (f.productId)
        w.add(QStringLiteral("si.product_id = ?"), {*f.productId});
    if (f.categoryId)
        w.add(QStringLiteral("si.product_id IN (SELECT id FROM products WHERE category_id = ?)"), {*f.categoryId});
    if (activeOnly)
        w.add(QStringLiteral("s.status NOT IN ('cancelled', 'refunded')"));
    return w;
}

const QString kLinesFrom = QStringLiteral(" FROM sale_items si JOIN sales s ON s.id = si.sale_id");

} // namespace

const QStringList &SaleRepository::sortColumns()
{
    static const QStringList s_columns{QStringLiteral("id"),           QStringLiteral("order_number"),
                                       QStringLiteral("order_date"),   QStringLiteral("total_amount"),
                                       QStringLiteral("platform"),     QStringLiteral("status"),
                                       QStringLiteral("customer_id"),  QStringLiteral("created_at"),
                                       QStringLiteral("updated_at")};
    return s_columns;
}

QList<Sale> SaleRepository::list(const SaleFilter &filter)
{
    const WhereBuilder w = where(filter);
    QVariantList values = w.values();
    const QString column = sortColumns().contains(filter.sortColumn) ? filter.sortColumn : QStringLiteral("order_date");
    SqlQuery q(m_conn, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM sales s") + w.sql()
                           + orderBy(QStringLiteral("s.") + column, filter.sortDescending, QStringLiteral("s.id"))
                           + limitOffset(filter.page, values));
    bindAll(q, values);
    q.exec();
    QList<Sale> result;
    while (q.next())
        result << read(q);
    loadItems(result);
    return result;
}

qint64 SaleRepository::count(const SaleFilter &filter)
{
    const WhereBuilder w = where(filter);
    SqlQuery q(m_conn, QStringLiteral("SELECT COUNT(*) FROM sales s") + w.sql());
    bindAll(q, w.values());
    return q.scalar().toLongLong();
}

std::optional<Sale> SaleRepository::findWhere(const QString &condition, const QVariant &value, bool lock)
{
    SqlQuery q(m_conn, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM sales s WHERE ") + condition
                           + (lock ? m_conn.dialect().forUpdate() : QString()));
    q.bind(value).exec();
    if (!q.next())
        return std::nullopt;
    QList<Sale> one{read(q)};
    loadItems(one);
    return one.first();
}

std::optional<Sale> SaleRepository::find(qint64 id)
{
    return findWhere(QStringLiteral("s.id = ?"), id);
}

std::optional<Sale> SaleRepository::findForUpdate(qint64 id)
{
    return findWhere(QStringLiteral("s.id = ?"), id, true);
}

std::optional<Sale> SaleRepository::findByOrderNumber(const QString &orderNumber)
{
    return findWhere(QStringLiteral("s.order_number = ?"), orderNumber);
}

bool SaleRepository::orderNumberExists(const QString &orderNumber)
{
    SqlQuery q(m_conn, QStringLiteral("SELECT 1 FROM sales WHERE order_number = ?"));
    q.bind(orderNumber);
    return q.scalar().isValid();
}

std::pair<qint64, Money> SaleRepository::activeTotalsForCustomer(qint64 customerId)
{
    SqlQuery q(m_conn, QStringLiteral("SELECT COUNT(*), COALESCE(SUM(total_amount), 0) FROM sales "
                                      "WHERE customer_id = ? AND status NOT IN ('cancelled', 'refunded')"));
    q.bind(customerId).exec();
    if (!q.next())
        return {0, Money()};
    return {q.int64(0), Money::fromCents(q.int64(1))};
}

QList<SaleLine> SaleRepository::listLines(const SaleFilter &filter, bool activeOnly)
{
    const WhereBuilder w = lineWhere(filter, activeOnly);
    QVariantList values = w.values();
    SqlQuery q(m_conn, QStringLiteral("SELECT si.id, si.sale_id, si.product_id, s.platform, si.quantity, "
                                      "si.unit_price, si.discount, s.order_date")
                           + kLinesFrom + w.sql() + QStringLiteral(" ORDER BY si.id")
                           + limitOffset(filter.page, values));
    bindAll(q, values);
    q.exec();
    QList<SaleLine> result;
    while (q.next())
        result << SaleLine{q.int64(0), q.int64(1), q.int64(2), q.string(3), q.int64(4), Money::fromCents(q.int64(5)),
                           Money::fromCents(q.int64(6)), TimeUtil::fromDb(q.value(7))};
    return result;
}

qint64 SaleRepository::countLines(const SaleFilter &filter, bool activeOnly)
{
    const WhereBuilder w = lineWhere(filter, activeOnly);
    SqlQuery q(m_conn, QStringLiteral("SELECT COUNT(*)") + kLinesFrom + w.sql());
    bindAll(q, w.values());
    return q.scalar().toLongLong();
}

void SaleRepository::loadItems(QList<Sale> &sales)
{
    if (sales.isEmpty())
        return;
    QHash<qint64, qsizetype> index;
    for (qsizetype i = 0; i < sales.size(); ++i)
        index.insert(sales[i].id, i);
    SqlQuery q(m_conn, QStringLiteral("SELECT id, sale_id, product_id, quantity, unit_price, discount, created_at "
                                      "FROM sale_items WHERE sale_id IN ")
                           + inList(sales.size()) + QStringLiteral(" ORDER BY sale_id, id"));
    for (const Sale &s : sales)
        q.bind(s.id);
    q.exec();
    while (q.next()) {
        SaleItem item{q.int64(0), q.int64(1), q.int64(2), q.int64(3), Money::fromCents(q.int64(4)),
                      Money::fromCents(q.int64(5)), TimeUtil::fromDb(q.value(6))};
        sales[index.value(item.saleId)].items << item;
    }
}

void SaleRepository::insert(Sale &sale)
{
    sale.id = m_conn.insert(
        QStringLiteral("INSERT INTO sales (order_number, order_date, customer_id, total_amount, platform, status, "
                       "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {sale.orderNumber, TimeUtil::toDb(sale.orderDate),
         sale.customerId ? QVariant(*sale.customerId) : QVariant(QMetaType::fromType<qlonglong>()),
         qint64(sale.totalAmount.cents()), sale.platform, SaleStatuses::toString(sale.status),
         TimeUtil::toDb(sale.createdAt), TimeUtil::toDb(sale.updatedAt)});
    for (SaleItem &item : sale.items) {
        item.saleId = sale.id;
        item.id = m_conn.insert(QStringLiteral("INSERT INTO sale_items (sale_id, product_id, quantity, unit_price, "
                                               "discount, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
                                {item.saleId, item.productId, item.quantity, qint64(item.unitPrice.cents()),
                                 qint64(item.discount.cents()), TimeUtil::toDb(item.createdAt)});
    }
}

void SaleRepository::updateHeader(const Sale &sale)
{
    SqlQuery q(m_conn, QStringLiteral("UPDATE sales SET order_date = ?, customer_id = ?, platform = ?, status = ?, "
                                      "updated_at = ? WHERE id = ?"));
    q.bind(TimeUtil::toDb(sale.orderDate))
        .bind(sale.customerId ? QVariant(*sale.customerId) : QVariant(QMetaType::fromType<qlonglong>()))
        .bind(sale.platform)
        .bind(SaleStatuses::toString(sale.status))
        .bind(TimeUtil::toDb(sale.updatedAt))
        .bind(sale.id)
        .exec();
}
