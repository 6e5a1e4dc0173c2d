// SPDX-License-Identifier: MIT
#include "jsonmapper.h"

#include "timeutil.h"

#include <QJsonArray>

namespace JsonMapper {

QJsonValue money(Money value)
{
    return QJsonValue(value.toDouble());
}

QJsonValue dateTime(const QDateTime &utc)
{
    return utc.isValid() ? QJsonValue(TimeUtil::toIso(utc)) : QJsonValue(QJsonValue::Null);
}

QJsonValue nullableString(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject category(const Category &c)
{
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("description"), nullableString(c.description)},
            {QStringLiteral("created_at"), dateTime(c.createdAt)},
            {QStringLiteral("updated_at"), dateTime(c.updatedAt)}};
}

QJsonObject product(const Product &p, const Category *c)
{
    QJsonObject o{{QStringLiteral("id"), p.id},
                  {QStringLiteral("name"), p.name},
                  {QStringLiteral("description"), nullableString(p.description)},
                  {QStringLiteral("sku"), p.sku},
                  {QStringLiteral("price"), money(p.price)},
                  {QStringLiteral("category_id"), p.categoryId},
                  {QStringLiteral("created_at"), dateTime(p.createdAt)},
                  {QStringLiteral("updated_at"), dateTime(p.updatedAt)}};
    o.insert(QStringLiteral("category"), c ? QJsonValue(category(*c)) : QJsonValue(QJsonValue::Null));
    return o;
}

QJsonObject inventory(const InventoryItem &i, const QJsonObject &product)
{
    return {{QStringLiteral("id"), i.id},
            {QStringLiteral("product_id"), i.productId},
            {QStringLiteral("location"), i.location},
            {QStringLiteral("channel"), nullableString(i.channel)},
            {QStringLiteral("quantity"), i.quantity},
            {QStringLiteral("low_stock_threshold"), i.lowStockThreshold},
            {QStringLiteral("last_restock_date"), dateTime(i.lastRestockDate)},
            {QStringLiteral("is_low_stock"), i.isLowStock()},
            {QStringLiteral("created_at"), dateTime(i.createdAt)},
            {QStringLiteral("updated_at"), dateTime(i.updatedAt)},
            {QStringLiteral("product"), product.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(product)}};
}

QJsonObject history(const InventoryHistoryEntry &h)
{
    return {{QStringLiteral("id"), h.id},
            {QStringLiteral("inventory_id"), h.inventoryId},
            {QStringLiteral("previous_quantity"), h.previousQuantity},
            {QStringLiteral("new_quantity"), h.newQuantity},
            {QStringLiteral("change_qty"), h.changeQty()},
            {QStringLiteral("change_reason"), h.changeReason},
            {QStringLiteral("created_at"), dateTime(h.createdAt)}};
}

QJsonObject lowStock(const LowStockRow &r)
{
    return {{QStringLiteral("inventory_id"), r.inventoryId},
            {QStringLiteral("product_id"), r.productId},
            {QStringLiteral("product_name"), r.productName},
            {QStringLiteral("sku"), r.sku},
            {QStringLiteral("location"), r.location},
            {QStringLiteral("channel"), nullableString(r.channel)},
            {QStringLiteral("current_quantity"), r.currentQuantity},
            {QStringLiteral("threshold"), r.threshold},
            {QStringLiteral("shortfall"), r.shortfall()}};
}

QJsonObject customer(const Customer &c)
{
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("email"), nullableString(c.email)},
            {QStringLiteral("phone"), nullableString(c.phone)},
            {QStringLiteral("address"), nullableString(c.address)},
            {QStringLiteral("created_at"), dateTime(c.createdAt)},
            {QStringLiteral("updated_at"), dateTime(c.updatedAt)}};
}

QJsonObject sale(const Sale &s, const QJsonValue &customer, const QHash<qint64, QJsonObject> &products)
{
    QJsonArray items;
    for (const SaleItem &i : s.items) {
        const auto product = products.constFind(i.productId);
        items.append(QJsonObject{{QStringLiteral("id"), i.id},
                                 {QStringLiteral("sale_id"), i.saleId},
                                 {QStringLiteral("product_id"), i.productId},
                                 {QStringLiteral("quantity"), i.quantity},
                                 {QStringLiteral("unit_price"), money(i.unitPrice)},
                                 {QStringLiteral("discount"), money(i.discount)},
                                 {QStringLiteral("line_total"), money(i.lineTotal())},
                                 {QStringLiteral("created_at"), dateTime(i.createdAt)},
                                 {QStringLiteral("product"), product == products.cend() ? QJsonValue(QJsonValue::Null) : QJsonValue(*product)}});
    }
    return {{QStringLiteral("id"), s.id},
            {QStringLiteral("order_number"), s.orderNumber},
            {QStringLiteral("order_date"), dateTime(s.orderDate)},
            {QStringLiteral("customer_id"), s.customerId ? QJsonValue(*s.customerId) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("total_amount"), money(s.totalAmount)},
            {QStringLiteral("platform"), s.platform},
            {QStringLiteral("status"), SaleStatuses::toString(s.status)},
            {QStringLiteral("created_at"), dateTime(s.createdAt)},
            {QStringLiteral("updated_at"), dateTime(s.updatedAt)},
            {QStringLiteral("customer"), customer},
            {QStringLiteral("sale_items"), items}};
}

QHash<qint64, QJsonObject> products(const QList<Product> &products, const QHash<qint64, Category> &categories)
{
    QHash<qint64, QJsonObject> result;
    result.reserve(products.size());
    for (const Product &p : products) {
        const auto c = categories.constFind(p.categoryId);
        result.insert(p.id, product(p, c == categories.cend() ? nullptr : &*c));
    }
    return result;
}

QJsonObject compactProduct(const Product &p)
{
    return {{QStringLiteral("id"), p.id},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("description"), nullableString(p.description)},
            {QStringLiteral("price"), money(p.price)},
            {QStringLiteral("category_id"), p.categoryId}};
}

QJsonObject compactInventory(const InventoryItem &i)
{
    return {{QStringLiteral("id"), i.id},
            {QStringLiteral("product_id"), i.productId},
            {QStringLiteral("channel"), nullableString(i.channel)},
            {QStringLiteral("quantity"), i.quantity},
            {QStringLiteral("reorder_level"), i.lowStockThreshold},
            {QStringLiteral("last_updated"), dateTime(i.updatedAt)}};
}

} // namespace JsonMapper
