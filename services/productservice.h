// SPDX-License-Identifier: MIT
#pragma once

#include "entities.h"
#include "filters.h"

#include <QHash>

#include <optional>

class Database;
class InventoryService;
class SalesRollup;

struct ProductInput
{
    QString name;
    QString description;
    QString sku;   ///< empty = generated from the category and a sequence
    Money price;
    qint64 categoryId = 0;
    /** With a value, the product's inventory row is created in the same transaction. */
    std::optional<qint64> initialQuantity;
    QString location; ///< location of that row; empty = "main"
};

struct ProductPatch
{
    std::optional<QString> name;
    std::optional<QString> description;
    std::optional<QString> sku;
    std::optional<Money> price;
    std::optional<qint64> categoryId;
};

/**
 * The catalogue. SKUs are unique, prices ≥ 0, every product belongs to an existing category.
 * A product with sales cannot be deleted; deleting one without sales also deletes its inventory
 * rows and their history. Every method throws StoreError.
 */
class ProductService
{
public:
    ProductService(Database &database, InventoryService &inventory, SalesRollup &rollup)
        : m_db(database), m_inventory(inventory), m_rollup(rollup) {}

    /** Columns ProductFilter::sortColumn accepts. */
    static const QStringList &sortColumns();

    QList<Product> list(const ProductFilter &filter = {});
    qint64 count(const ProductFilter &filter = {});
    Product get(qint64 id);
    /** The products with these ids, in no particular order; unknown ids are skipped. */
    QList<Product> getMany(const QList<qint64> &ids);
    /**
     * The categories of @p products by category id, read together (for nesting in API objects);
     * a category that no longer exists is left out.
     */
    QHash<qint64, Category> categoriesFor(const QList<Product> &products);
    /** Throws Validation, NotFound (category), Conflict "duplicate_sku". */
    Product create(const ProductInput &input);
    Product update(qint64 id, const ProductPatch &patch);
    /** Throws NotFound, Conflict "has_sales". */
    void remove(qint64 id);

private:
    Database &m_db;
    InventoryService &m_inventory;
    SalesRollup &m_rollup;
};
