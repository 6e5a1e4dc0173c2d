// SPDX-License-Identifier: MIT
#include "productservice.h"

#include "categoryrepository.h"
#include "database.h"
#include "inventoryrepository.h"
#include "inventoryservice.h"
#include "productrepository.h"
#include "salesrollup.h"
#include "timeutil.h"
#include "validator.h"

#include <QRandomGenerator>

namespace {

StoreError duplicateSku(const QString &sku)
{
    return StoreError::conflict(QStringLiteral("duplicate_sku"), QStringLiteral("a product with SKU '%1' already exists").arg(sku));
}

void requireCategory(Connection &c, qint64 categoryId)
{
    if (!CategoryRepository(c).find(categoryId))
        throw StoreError::notFound(QStringLiteral("category_not_found"), QStringLiteral("category %1 not found").arg(categoryId));
}

QString generatedSku(ProductRepository &repo)
{
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    for (;;) {
        QString sku = QStringLiteral("SKU-");
        for (int i = 0; i < 8; ++i)
            sku += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(int(sizeof(alphabet) - 1))]);
        if (!repo.findBySku(sku))
            return sku;
    }
}

} // namespace

const QStringList &ProductService::sortColumns()
{
    return ProductRepository::sortColumns();
}

QList<Product> ProductService::list(const ProductFilter &filter)
{
    return m_db.read([&](Connection &c) { return ProductRepository(c).list(filter); });
}

qint64 ProductService::count(const ProductFilter &filter)
{
    return m_db.read([&](Connection &c) { return ProductRepository(c).count(filter); });
}

Product ProductService::get(qint64 id)
{
    auto found = m_db.read([&](Connection &c) { return ProductRepository(c).find(id); });
    if (!found)
        throw StoreError::notFound(QStringLiteral("product"), id);
    return *found;
}

QList<Product> ProductService::getMany(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return {};
    return m_db.read([&](Connection &c) { return ProductRepository(c).findMany(ids); });
}

QHash<qint64, Category> ProductService::categoriesFor(const QList<Product> &products)
{
    QList<qint64> ids;
    for (const Product &p : products) {
        if (!ids.contains(p.categoryId))
            ids << p.categoryId;
    }
    QHash<qint64, Category> result;
    if (ids.isEmpty())
        return result;
    m_db.read([&](Connection &c) {
        CategoryRepository repo(c);
        for (qint64 id : std::as_const(ids)) {
            if (auto category = repo.find(id))
                result.insert(id, *category);
        }
    });
    return result;
}

Product ProductService::create(const ProductInput &input)
{
    Validator v;
    Product product;
    product.name = v.requireText({QStringLiteral("name")}, input.name, 200);
    product.description = v.optionalText({QStringLiteral("description")}, input.description, 5000);
    product.sku = v.optionalText({QStringLiteral("sku")}, input.sku, 64);
    product.price = input.price;
    v.requireNonNegative({QStringLiteral("price")}, input.price);
    product.categoryId = input.categoryId;
    if (input.categoryId <= 0)
        v.add({QStringLiteral("category_id")}, QStringLiteral("must be greater than 0"), QStringLiteral("greater_than"));
    if (input.initialQuantity)
        v.requireNonNegative({QStringLiteral("initial_quantity")}, *input.initialQuantity);
    v.optionalText({QStringLiteral("location")}, input.location, 100);
    v.throwIfInvalid();

    return m_db.write([&](Connection &c) {
        requireCategory(c, product.categoryId);
        ProductRepository repo(c);
        Product row = product;
        if (row.sku.isEmpty())
            row.sku = generatedSku(repo);
        else if (repo.findBySku(row.sku))
            throw duplicateSku(row.sku);
        row.createdAt = row.updatedAt = TimeUtil::nowUtc();
        repo.insert(row);
        if (input.initialQuantity) {
            InventoryInput stock;
            stock.productId = row.id;
            stock.quantity = *input.initialQuantity;
            stock.location = input.location;
            m_inventory.createIn(c, stock);
        }
        return row;
    });
}

Product ProductService::update(qint64 id, const ProductPatch &patch)
{
    Validator v;
    std::optional<QString> name, description, sku;
    if (patch.name)
        name = v.requireText({QStringLiteral("name")}, *patch.name, 200);
    if (patch.description)
        description = v.optionalText({QStringLiteral("description")}, *patch.description, 5000);
    if (patch.sku)
        sku = v.requireText({QStringLiteral("sku")}, *patch.sku, 64);
    if (patch.price)
        v.requireNonNegative({QStringLiteral("price")}, *patch.price);
    if (patch.categoryId && *patch.categoryId <= 0)
        v.add({QStringLiteral("category_id")}, QStringLiteral("must be greater than 0"), QStringLiteral("greater_than"));
    v.throwIfInvalid();

    return m_db.write([&](Connection &c) {
        ProductRepository repo(c);
        auto product = repo.find(id);
        if (!product)
            throw StoreError::notFound(QStringLiteral("product"), id);
        if (name)
            product->name = *name;
        if (description)
            product->description = *description;
        if (sku && *sku != product->sku) {
            if (repo.findBySku(*sku))
                throw duplicateSku(*sku);
            product->sku = *sku;
        }
        if (patch.price)
            product->price = *patch.price;
        const qint64 oldCategory = product->categoryId;
        if (patch.categoryId && *patch.categoryId != product->categoryId) {
            requireCategory(c, *patch.categoryId);
            product->categoryId = *patch.categoryId;
        }
        product->updatedAt = TimeUtil::nowUtc();
        repo.update(*product);
        // Past sales count for the product's current category: both categories' analytics change.
        if (product->categoryId != oldCategory)
            m_rollup.rebuildCategories(c, {oldCategory, product->categoryId});
        return *product;
    });
}

void ProductService::remove(qint64 id)
{
    m_db.write([&](Connection &c) {
        ProductRepository repo(c);
        if (!repo.find(id))
            throw StoreError::notFound(QStringLiteral("product"), id);
        if (repo.hasSales(id))
            throw StoreError::conflict(QStringLiteral("has_sales"),
                                       QStringLiteral("product %1 has sales and cannot be deleted; sales history is kept").arg(id));
        InventoryRepository(c).removeForProduct(id);
        repo.remove(id);
    });
}
