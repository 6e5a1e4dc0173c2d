// SPDX-License-Identifier: MIT
#include "categoryservice.h"

#include "categoryrepository.h"
#include "database.h"
#include "timeutil.h"
#include "validator.h"

namespace {

StoreError duplicateName(const QString &name)
{
    return StoreError::conflict(QStringLiteral("duplicate_name"), QStringLiteral("a category named '%1' already exists").arg(name));
}

void checkUnique(CategoryRepository &repo, const QString &name, qint64 selfId)
{
    const auto existing = repo.findByName(name);
    if (existing && existing->id != selfId)
        throw duplicateName(name);
}

} // namespace

QList<Category> CategoryService::list(const CategoryFilter &filter)
{
    return m_db.read([&](Connection &c) { return CategoryRepository(c).list(filter); });
}

qint64 CategoryService::count(const CategoryFilter &filter)
{
    return m_db.read([&](Connection &c) { return CategoryRepository(c).count(filter); });
}

Category CategoryService::get(qint64 id)
{
    auto found = m_db.read([&](Connection &c) { return CategoryRepository(c).find(id); });
    if (!found)
        throw StoreError::notFound(QStringLiteral("category"), id);
    return *found;
}

Category CategoryService::create(const CategoryInput &input)
{
    Validator v;
    Category category;
    category.name = v.requireText({QStringLiteral("name")}, input.name, 200);
    category.description = v.optionalText({QStringLiteral("description")}, input.description, 5000);
    v.throwIfInvalid();
    category.createdAt = category.updatedAt = TimeUtil::nowUtc();
    return m_db.write([&](Connection &c) {
        CategoryRepository repo(c);
        checkUnique(repo, category.name, 0);
        Category row = category;
        repo.insert(row);
        return row;
    });
}

Category CategoryService::update(qint64 id, const CategoryPatch &patch)
{
    Validator v;
    std::optional<QString> name;
    std::optional<QString> description;
    if (patch.name)
        name = v.requireText({QStringLiteral("name")}, *patch.name, 200);
    if (patch.description)
        description = v.optionalText({QStringLiteral("description")}, *patch.description, 5000);
    v.throwIfInvalid();
    return m_db.write([&](Connection &c) {
        CategoryRepository repo(c);
        auto category = repo.find(id);
        if (!category)
            throw StoreError::notFound(QStringLiteral("category"), id);
        if (name) {
            checkUnique(repo, *name, id);
            category->name = *name;
        }
        if (description)
            category->description = *description;
        category->updatedAt = TimeUtil::nowUtc();
        repo.update(*category);
        return *category;
    });
}

void CategoryService::remove(qint64 id)
{
    m_db.write([&](Connection &c) {
        CategoryRepository repo(c);
        if (!repo.find(id))
            throw StoreError::notFound(QStringLiteral("category"), id);
        const qint64 products = repo.productCount(id);
        if (products > 0)
            throw StoreError::conflict(QStringLiteral("has_products"),
                                       QStringLiteral("category %1 still has %2 product(s); move or delete them first").arg(id).arg(products));
        repo.remove(id);
    });
}
