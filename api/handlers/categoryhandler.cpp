// SPDX-License-Identifier: MIT
#include "categoryhandler.h"

#include "jsonbody.h"
#include "jsonmapper.h"
#include "queryparams.h"
#include "routetable.h"
#include "store.h"

#include <QJsonArray>

namespace CategoryHandler {

void registerRoutes(RouteTable &routes, Store &store)
{
    const QString base = store.config().apiPrefix + QStringLiteral("/categories");

    RouteDoc list{QStringLiteral("List categories"), QStringLiteral("categories")};
    list.query = {{QStringLiteral("skip"), QStringLiteral("integer")}, {QStringLiteral("limit"), QStringLiteral("integer")},
                  {QStringLiteral("q"), QStringLiteral("string"), QStringLiteral("name contains")}};
    list.responseSchema = QStringLiteral("Category");
    list.responseIsArray = true;
    routes.add("GET", base, [&store](const ApiRequest &request) {
        QueryParams params(request.query);
        CategoryFilter filter;
        filter.page = params.page();
        filter.q = params.string(QStringLiteral("q")).value_or(QString());
        params.throwIfInvalid();
        QJsonArray array;
        for (const Category &c : store.categories().list(filter))
            array.append(JsonMapper::category(c));
        return ApiResponse::list(array, store.categories().count(filter));
    }, list);

    RouteDoc get{QStringLiteral("Get a category"), QStringLiteral("categories")};
    get.responseSchema = QStringLiteral("Category");
    get.errorStatuses = {404};
    routes.add("GET", base + QStringLiteral("/{id:int}"), [&store](const ApiRequest &request) {
        return ApiResponse::json(JsonMapper::category(store.categories().get(request.id())));
    }, get);

    RouteDoc create{QStringLiteral("Create a category"), QStringLiteral("categories")};
    create.requestSchema = QStringLiteral("CategoryCreate");
    create.responseSchema = QStringLiteral("Category");
    create.successStatus = 201;
    create.errorStatuses = {400, 409, 413, 415};
    routes.add("POST", base, [&store, base](const ApiRequest &request) {
        JsonBody body(request.json);
        CategoryInput input;
        input.name = body.requireString(QStringLiteral("name"));
        input.description = body.string(QStringLiteral("description")).value_or(QString());
        body.throwIfInvalid();
        const Category created = store.categories().create(input);
        return ApiResponse::created(JsonMapper::category(created), (base + u'/' + QString::number(created.id)).toUtf8());
    }, create);

    RouteDoc update{QStringLiteral("Update a category (partial)"), QStringLiteral("categories")};
    update.requestSchema = QStringLiteral("CategoryUpdate");
    update.responseSchema = QStringLiteral("Category");
    update.errorStatuses = {400, 404, 409, 413, 415};
    routes.add("PUT", base + QStringLiteral("/{id:int}"), [&store](const ApiRequest &request) {
        JsonBody body(request.json);
        CategoryPatch patch;
        patch.name = body.string(QStringLiteral("name"));
        if (body.present(QStringLiteral("description")))
            patch.description = body.string(QStringLiteral("description")).value_or(QString());
        body.throwIfInvalid();
        return ApiResponse::json(JsonMapper::category(store.categories().update(request.id(), patch)));
    }, update);

    RouteDoc remove{QStringLiteral("Delete a category without products"), QStringLiteral("categories")};
    remove.successStatus = 204;
    remove.errorStatuses = {404, 409};
    routes.add("DELETE", base + QStringLiteral("/{id:int}"), [&store](const ApiRequest &request) {
        store.categories().remove(request.id());
        return ApiResponse::noContent();
    }, remove);

    // Compact API: flat records, no prefix.
    RouteDoc compactList{QStringLiteral("List categories (compact)"), QStringLiteral("compact")};
    compactList.query = list.query;
    compactList.responseSchema = QStringLiteral("CompactCategory");
    compactList.responseIsArray = true;
    routes.add("GET", QStringLiteral("/categories"), [&store](const ApiRequest &request) {
        QueryParams params(request.query);
        CategoryFilter filter;
        filter.page = params.page();
        params.throwIfInvalid();
        QJsonArray array;
        for (const Category &c : store.categories().list(filter))
            array.append(QJsonObject{{QStringLiteral("id"), c.id}, {QStringLiteral("name"), c.name}});
        return ApiResponse::list(array, store.categories().count(filter));
    }, compactList);

    RouteDoc compactCreate{QStringLiteral("Create a category (compact)"), QStringLiteral("compact")};
    compactCreate.requestSchema = QStringLiteral("CompactCategoryCreate");
    compactCreate.responseSchema = QStringLiteral("CompactCategory");
    compactCreate.successStatus = 201;
    compactCreate.errorStatuses = {400, 409, 413, 415};
    routes.add("POST", QStringLiteral("/categories"), [&store](const ApiRequest &request) {
        JsonBody body(request.json);
        CategoryInput input;
        input.name = body.requireString(QStringLiteral("name"));
        body.throwIfInvalid();
        const Category c = store.categories().create(input);
        return ApiResponse::created(QJsonObject{{QStringLiteral("id"), c.id}, {QStringLiteral("name"), c.name}},
                                    "/categories/" + QByteArray::number(c.id));
    }, compactCreate);
}

} // namespace CategoryHandler
