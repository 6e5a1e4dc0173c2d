// SPDX-License-Identifier: MIT
#pragma once

#include "entities.h"
#include "filters.h"

#include <optional>

class Database;

struct CategoryInput
{
    QString name;
    QString description;
};

struct CategoryPatch
{
    std::optional<QString> name;
    std::optional<QString> description;
};

/**
 * Product categories. Names are trimmed, non-empty and unique (exact match). A category that
 * still has products cannot be deleted. Every method throws StoreError.
 */
class CategoryService
{
public:
    explicit CategoryService(Database &database) : m_db(database) {}

    QList<Category> list(const CategoryFilter &filter = {});
    qint64 count(const CategoryFilter &filter = {});
    /** Throws NotFound. */
    Category get(qint64 id);
    /** Throws Validation, Conflict "duplicate_name". */
    Category create(const CategoryInput &input);
    /** Partial update; throws NotFound, Validation, Conflict "duplicate_name". */
    Category update(qint64 id, const CategoryPatch &patch);
    /** Throws NotFound, Conflict "has_products". */
    void remove(qint64 id);

private:
    Database &m_db;
};
