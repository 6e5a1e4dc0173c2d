// SPDX-License-Identifier: MIT
#include "salesservice.h"

#include "categoryrepository.h"
#include "customerrepository.h"
#include "database.h"
#include "inventoryrepository.h"
#include "inventoryservice.h"
#include "productrepository.h"
#include "salerepository.h"
#include "salesrollup.h"
#include "timeutil.h"
#include "validator.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSet>

#include <limits>
#include <map>

namespace {

/** 10^11 units: the largest line amount or order total accepted (as for single prices, money.h). */
constexpr qint64 kMaxAmountCents = 10'000'000'000'000LL;

/** Order dates every engine stores (MySQL's DATETIME range). */
bool storableOrderDate(const QDateTime &utc)
{
    return utc.isValid() && utc >= QDateTime(QDate(1000, 1, 1), QTime(0, 0), Qt::UTC)
        && utc < QDateTime(QDate(10000, 1, 1), QTime(0, 0), Qt::UTC);
}

void checkOrderDate(Validator &v, const std::optional<QDateTime> &orderDate)
{
    if (orderDate && !orderDate->isValid())
        v.add({QStringLiteral("order_date")}, QStringLiteral("is not a valid date-time"),
              QStringLiteral("datetime_parsing"));
    else if (orderDate && !storableOrderDate(orderDate->toUTC()))
        v.add({QStringLiteral("order_date")}, QStringLiteral("must be between 1000-01-01 and 9999-12-31 (UTC)"),
              QStringLiteral("datetime_range"));
}

QString generatedOrderNumber(SaleRepository &repo, const QDateTime &orderDate)
{
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    for (;;) {
        QString number = QStringLiteral("SO-") + orderDate.toString(QStringLiteral("yyyyMMdd")) + u'-';
        for (int i = 0; i < 6; ++i)
            number += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(int(sizeof(alphabet) - 1))]);
        if (!repo.orderNumberExists(number))
            return number;
    }
}

std::optional<SaleStatus> checkedStatus(Validator &v, const std::optional<QString> &text)
{
    if (!text)
        return std::nullopt;
    const auto status = SaleStatuses::parse(text->trimmed());
    if (!status)
        v.add({QStringLiteral("status")},
              QStringLiteral("must be one of: %1").arg(SaleStatuses::names().join(QStringLiteral(", "))),
              QStringLiteral("enum"));
    return status;
}

} // namespace

const QStringList &SalesService::knownPlatforms()
{
    static const QStringList s_platforms{QStringLiteral("Amazon"), QStringLiteral("Walmart"), QStringLiteral("eBay"),
                                         QStringLiteral("Shopify"), QStringLiteral("Etsy"),   QStringLiteral("Website"),
                                         QStringLiteral("In-store")};
    return s_platforms;
}

const QStringList &SalesService::sortColumns()
{
    return SaleRepository::sortColumns();
}

void SalesService::resolveDates(SaleFilter &filter) const
{
    if (filter.startDate)
        filter.fromUtc = TimeUtil::localToUtc(*filter.startDate, QTime(0, 0), m_config.storeTimeZone);
    if (filter.endDate) {
        const QDateTime until = TimeUtil::localToUtc(filter.endDate->addDays(1), QTime(0, 0), m_config.storeTimeZone);
        // Past year 9999 no stored date can reach the bound (and it has no column value): no upper limit.
        if (until.date().year() <= 9999)
            filter.untilUtc = until;
    }
}

SaleReferences SalesService::references(const QList<Sale> &sales)
{
    QSet<qint64> customerIds, productIds;
    for (const Sale &sale : sales) {
        if (sale.customerId)
            customerIds.insert(*sale.customerId);
        for (const SaleItem &item : sale.items)
            productIds.insert(item.productId);
    }
    return m_db.read([&](Connection &c) {
        SaleReferences refs;
        for (const Customer &customer : CustomerRepository(c).findMany(customerIds.values()))
            refs.customers.insert(customer.id, customer);
        for (const Product &product : ProductRepository(c).findMany(productIds.values()))
            refs.products.insert(product.id, product);
        if (!refs.products.isEmpty()) {
            // Categories are a short lookup table: one query for all of them beats one per product.
            CategoryFilter all;
            all.page.limit = std::numeric_limits<int>::max();
            QSet<qint64> wanted;
            for (const Product &product : std::as_const(refs.products))
                wanted.insert(product.categoryId);
            for (const Category &category : CategoryRepository(c).list(all)) {
                if (wanted.contains(category.id))
                    refs.categories.insert(category.id, category);
            }
        }
        return refs;
    });
}

QList<SaleLine> SalesService::lines(SaleFilter filter)
{
    resolveDates(filter);
    return m_db.read([&](Connection &c) { return SaleRepository(c).listLines(filter, true); });
}

qint64 SalesService::countLines(SaleFilter filter)
{
    resolveDates(filter);
    return m_db.read([&](Connection &c) { return SaleRepository(c).countLines(filter, true); });
}

QList<Sale> SalesService::list(SaleFilter filter)
{
    resolveDates(filter);
    return m_db.read([&](Connection &c) { return SaleRepository(c).list(filter); });
}

qint64 SalesService::count(SaleFilter filter)
{
    resolveDates(filter);
    return m_db.read([&](Connection &c) { return SaleRepository(c).count(filter); });
}

Sale SalesService::get(qint64 id)
{
    auto found = m_db.read([&](Connection &c) { return SaleRepository(c).find(id); });
    if (!found)
        throw StoreError::notFound(QStringLiteral("sale"), id);
    return *found;
}

Sale SalesService::getByOrderNumber(const QString &orderNumber)
{
    auto found = m_db.read([&](Connection &c) { return SaleRepository(c).findByOrderNumber(orderNumber); });
    if (!found)
        throw StoreError::notFound(QStringLiteral("not_found"), QStringLiteral("order %1 not found").arg(orderNumber));
    return *found;
}

Sale SalesService::create(const SaleInput &input)
{
    Validator v;
    Sale sale;
    sale.platform = v.requireText({QStringLiteral("platform")}, input.platform, 50);
    sale.status = checkedStatus(v, input.status).value_or(SaleStatus::Pending);
    if (input.orderNumber)
        sale.orderNumber = v.requireText({QStringLiteral("order_number")}, *input.orderNumber, 64);
    if (input.customerId && *input.customerId <= 0)
        v.add({QStringLiteral("customer_id")}, QStringLiteral("must be greater than 0"), QStringLiteral("greater_than"));
    checkOrderDate(v, input.orderDate);
    if (input.items.isEmpty())
        v.add({QStringLiteral("items")}, QStringLiteral("must contain at least 1 item"), QStringLiteral("too_short"));
    for (qsizetype i = 0; i < input.items.size(); ++i) {
        const SaleItemInput &item = input.items[i];
        const QString index = QString::number(i);
        if (item.productId <= 0)
            v.add({QStringLiteral("items"), index, QStringLiteral("product_id")}, QStringLiteral("must be greater than 0"),
                  QStringLiteral("greater_than"));
        v.requirePositive({QStringLiteral("items"), index, QStringLiteral("quantity")}, item.quantity);
        if (item.quantity > 1'000'000)
            v.add({QStringLiteral("items"), index, QStringLiteral("quantity")}, QStringLiteral("must be at most 1000000"),
                  QStringLiteral("less_than_equal"));
        if (item.unitPrice)
            v.requireNonNegative({QStringLiteral("items"), index, QStringLiteral("unit_price")}, *item.unitPrice);
        v.requireNonNegative({QStringLiteral("items"), index, QStringLiteral("discount")}, item.discount);
    }
    v.throwIfInvalid();

    return m_db.write([&](Connection &c) {
        Sale row = sale;
        const QDateTime now = TimeUtil::nowUtc();
        row.orderDate = input.orderDate ? input.orderDate->toUTC() : now;
        row.createdAt = row.updatedAt = now;
        if (input.customerId) {
            if (!CustomerRepository(c).find(*input.customerId))
                throw StoreError::notFound(QStringLiteral("customer_not_found"),
                                           QStringLiteral("customer %1 not found").arg(*input.customerId));
            row.customerId = input.customerId;
        }
        SaleRepository sales(c);
        if (row.orderNumber.isEmpty())
            row.orderNumber = generatedOrderNumber(sales, row.orderDate);
        else if (sales.orderNumberExists(row.orderNumber))
            throw StoreError::conflict(QStringLiteral("duplicate_order_number"),
                                       QStringLiteral("order number '%1' already exists").arg(row.orderNumber));

        QSet<qint64> productIds; // distinct: an order may repeat a product on many lines
        for (const SaleItemInput &item : input.items)
            productIds.insert(item.productId);
        QHash<qint64, Product> products;
        const QList<Product> found = ProductRepository(c).findMany(productIds.values());
        for (const Product &p : found)
            products.insert(p.id, p);

        Validator lines;
        Money total;
        for (qsizetype i = 0; i < input.items.size(); ++i) {
            const SaleItemInput &in = input.items[i];
            if (!products.contains(in.productId))
                throw StoreError::notFound(QStringLiteral("product_not_found"),
                                           QStringLiteral("product %1 not found (items[%2])").arg(in.productId).arg(i));
            SaleItem item;
            item.productId = in.productId;
            item.quantity = in.quantity;
            item.unitPrice = in.unitPrice.value_or(products.value(in.productId).price);
            item.discount = in.discount;
            item.createdAt = now;
            // quantity × price ≤ max ⇔ quantity ≤ ⌊max / price⌋; checked before multiplying so it cannot overflow.
            if (item.unitPrice.cents() > 0 && item.quantity > kMaxAmountCents / item.unitPrice.cents()) {
                lines.add({QStringLiteral("items"), QString::number(i), QStringLiteral("quantity")},
                          QStringLiteral("makes the line amount exceed %1")
                              .arg(Money::fromCents(kMaxAmountCents).toString()),
                          QStringLiteral("less_than_equal"));
                continue;
            }
            if (item.lineTotal().isNegative())
                lines.add({QStringLiteral("items"), QString::number(i), QStringLiteral("discount")},
                          QStringLiteral("must not exceed the line amount (%1)").arg((item.unitPrice * item.quantity).toString()),
                          QStringLiteral("less_than_equal"));
            total += item.lineTotal();
            row.items << item;
        }
        row.totalAmount = total;
        if (total.cents() > kMaxAmountCents)
            lines.add({QStringLiteral("items")},
                      QStringLiteral("the order total must not exceed %1")
                          .arg(Money::fromCents(kMaxAmountCents).toString()),
                      QStringLiteral("less_than_equal"));
        else if (input.expectedTotal && *input.expectedTotal != total)
            lines.add({QStringLiteral("total_amount")},
                      QStringLiteral("does not match the sum of the lines (%1)").arg(total.toString()), QStringLiteral("value_error"));
        lines.throwIfInvalid();

        sales.insert(row);
        if (SaleStatuses::isActive(row.status))
            moveStock(c, row, -1, QStringLiteral("sale %1").arg(row.orderNumber));
        m_rollup.record(c, row, +1);
        return row;
    });
}

void SalesService::moveStock(Connection &conn, const Sale &sale, int sign, const QString &reason)
{
    // One change per source row; rows visited in id order so concurrent orders lock in one order.
    std::map<qint64, qint64> perProduct; // product id → quantity: one source lookup per product, not per line
    for (const SaleItem &item : sale.items)
        perProduct[item.productId] += item.quantity;
    std::map<qint64, std::pair<qint64, qint64>> perRow; // inventory id → (product id, quantity)
    InventoryRepository inventory(conn);
    for (const auto &[productId, quantity] : perProduct) {
        auto source = m_inventory.saleSourceIn(conn, productId, sale.platform);
        if (!source) {
            if (sign < 0)
                throw StoreError::conflict(QStringLiteral("insufficient_stock"),
                                           QStringLiteral("product %1 has no stock at location 'main' or for channel '%2'")
                                               .arg(productId)
                                               .arg(sale.platform));
            // Returning stock to a product whose row was removed: recreate its main row.
            InventoryInput input;
            input.productId = productId;
            input.changeReason = reason;
            source = m_inventory.createIn(conn, input);
        }
        auto &entry = perRow[source->id];
        entry.first = productId;
        entry.second += quantity;
    }
    for (const auto &[inventoryId, wanted] : perRow) {
        const qint64 delta = sign * wanted.second;
        if (!m_inventory.applyIn(conn, inventoryId, delta, reason)) {
            const auto row = inventory.find(inventoryId);
            throw StoreError::conflict(QStringLiteral("insufficient_stock"),
                                       QStringLiteral("insufficient stock for product %1: %2 requested, %3 available")
                                           .arg(wanted.first)
                                           .arg(wanted.second)
                                           .arg(row ? row->quantity : 0));
        }
    }
}

void SalesService::transferStock(Connection &conn, const Sale &from, const Sale &to, const QString &reason)
{
    std::map<qint64, qint64> deltas; // inventory id → change; rows visited in id order
    for (const SaleItem &item : from.items) {
        const auto source = m_inventory.saleSourceIn(conn, item.productId, from.platform);
        const auto target = m_inventory.saleSourceIn(conn, item.productId, to.platform);
        if (source && target && source->id == target->id)
            continue;
        if (!target)
            throw StoreError::conflict(QStringLiteral("insufficient_stock"),
                                       QStringLiteral("product %1 has no stock at location 'main' or for channel '%2'")
                                           .arg(item.productId)
                                           .arg(to.platform));
        if (source)
            deltas[source->id] += item.quantity;
        deltas[target->id] -= item.quantity;
    }
    for (const auto &[inventoryId, delta] : deltas) {
        if (delta != 0 && !m_inventory.applyIn(conn, inventoryId, delta, reason))
            throw StoreError::conflict(QStringLiteral("insufficient_stock"),
                                       QStringLiteral("insufficient stock in inventory %1 to move the order to %2").arg(inventoryId).arg(to.platform));
    }
}

Sale SalesService::update(qint64 id, const SalePatch &patch)
{
    Validator v;
    const auto status = checkedStatus(v, patch.status);
    std::optional<QString> platform;
    if (patch.platform)
        platform = v.requireText({QStringLiteral("platform")}, *patch.platform, 50);
    checkOrderDate(v, patch.orderDate);
    if (patch.customerId && *patch.customerId && **patch.customerId <= 0)
        v.add({QStringLiteral("customer_id")}, QStringLiteral("must be greater than 0"), QStringLiteral("greater_than"));
    v.throwIfInvalid();

    return m_db.write([&](Connection &c) {
        SaleRepository sales(c);
        auto sale = sales.findForUpdate(id);
        if (!sale)
            throw StoreError::notFound(QStringLiteral("sale"), id);
        const Sale original = *sale;
        if (patch.customerId) {
            if (*patch.customerId && !CustomerRepository(c).find(**patch.customerId))
                throw StoreError::notFound(QStringLiteral("customer_not_found"),
                                           QStringLiteral("customer %1 not found").arg(**patch.customerId));
            sale->customerId = *patch.customerId;
        }
        if (patch.orderDate)
            sale->orderDate = patch.orderDate->toUTC();
        const Sale before = *sale;
        if (platform)
            sale->platform = *platform;
        const bool wasActive = SaleStatuses::isActive(before.status);
        const bool nowActive = status ? SaleStatuses::isActive(*status) : wasActive;
        if (wasActive && !nowActive) {
            // The stock goes back to the rows it was taken from: those of the platform it had.
            moveStock(c, before, +1, QStringLiteral("sale %1 %2: restock").arg(sale->orderNumber, SaleStatuses::toString(*status)));
        } else if (!wasActive && nowActive) {
            moveStock(c, *sale, -1, QStringLiteral("sale %1 reinstated as %2").arg(sale->orderNumber, SaleStatuses::toString(*status)));
        } else if (wasActive && sale->platform != before.platform) {
            // An active order moved to another platform: its stock follows it to that platform's rows.
            transferStock(c, before, *sale, QStringLiteral("sale %1 moved from %2 to %3").arg(sale->orderNumber, before.platform, sale->platform));
        }
        if (status)
            sale->status = *status;
        sale->updatedAt = TimeUtil::nowUtc();
        sales.updateHeader(*sale);
        // The analytics follow: out of the old day/platform (if it counted), into the new one.
        const bool moved = original.platform != sale->platform || m_rollup.dayOf(original.orderDate) != m_rollup.dayOf(sale->orderDate);
        if (moved || SaleStatuses::isActive(original.status) != SaleStatuses::isActive(sale->status)) {
            m_rollup.change(c, &original, &*sale);
        }
        return *sale;
    });
}
