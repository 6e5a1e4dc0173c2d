// SPDX-License-Identifier: MIT
#include "producthandler.h"

#include "jsonbody.h"
#include "jsonmapper.h"
#include "queryparams.h"
#include "routetable.h"
#include "store.h"

#include <QJsonArray>

namespace ProductHandler {
namespace {

/** Product objects in the order given, each with its category (the categories read once). */
QJsonArray productArray(Store &store, const QList<Product> &products)
{
    const QHash<qint64, QJsonObject> objects = JsonMapper::products(products, store.products().categoriesFor(products));
    QJsonArray array;
    for (const Product &p : products)
        array.append(objects.value(p.id));
    return array;
}

QJsonObject productObject(Store &store, const Product &product)
{
    return productArray(store, {product}).first().toObject();
}

} // namespace

void registerRoutes(RouteTable &routes, Store &store)
{
    const QString base = store.config().apiPrefix + QStringLiteral("/products");

    RouteDoc list{QStringLiteral("List products"), QStringLiteral("products")};
    list.query = {{QStringLiteral("skip"), QStringLiteral("integer")},
                  {QStringLiteral("limit"), QStringLiteral("integer")},
                  {QStringLiteral("category_id"), QStringLiteral("integer"), QStringLiteral("only this category's products")},
                  {QStringLiteral("q"), QStringLiteral("string"), QStringLiteral("name or SKU contains (case-insensitive)")},
                  {QStringLiteral("min_price"), QStringLiteral("number"), QStringLiteral("price at least")},
                  {QStringLiteral("max_price"), QStringLiteral("number"), QStringLiteral("price at most")},
                  {QStringLiteral("sort"), QStringLiteral("string"),
                   QStringLiteral("column, prefixed with - for descending: %1 (default id)").arg(ProductService::sortColumns().join(QStringLiteral(", ")))}};
    list.responseSchema = QStringLiteral("Product");
    list.responseIsArray = true;
    routes.add("GET", base, [&store](const ApiRequest &request) {
        QueryParams params(request.query);
        ProductFilter filter;
        filter.page = params.page();
        filter.categoryId = params.integer(QStringLiteral("category_id"));
        filter.q = params.string(QStringLiteral("q")).value_or(QString());
        filter.minPrice = params.money(QStringLiteral("min_price"));
        filter.maxPrice = params.money(QStringLiteral("max_price"));
        params.sort(ProductService::sortColumns(), filter.sortColumn, filter.sortDescending);
        params.throwIfInvalid();
        return ApiResponse::list(productArray(store, store.products().list(filter)), store.products().count(filter));
    }, list);

    RouteDoc get{QStringLiteral("Get a product"), QStringLiteral("products")};
    get.responseSchema = QStringLiteral("Product");
    get.errorStatuses = {404};
    routes.add("GET", base + QStringLiteral("/{id:int}"), [&store](const ApiRequest &request) {
        return ApiResponse::json(productObject(store, store.products().get(request.id())));
    }, get);

    RouteDoc create{QStringLiteral("Create a product, optionally with its first inventory row"), QStringLiteral("products")};
    create.requestSchema = QStringLiteral("ProductCreate");
    create.responseSchema = QStringLiteral("Product");
    create.successStatus = 201;
    create.errorStatuses = {400, 404, 409, 413, 415};
    routes.add("POST", base, [&store, base](const ApiRequest &request) {
        JsonBody body(request.json);
        ProductInput input;
        input.name = body.requireString(QStringLiteral("name"));
        input.description = body.string(QStringLiteral("description")).value_or(QString());
        input.sku = body.requireString(QStringLiteral("sku"));
        // The versioned API takes the SKU from the client; only the compact API generates one.
        if (body.has(QStringLiteral("sku")) && input.sku.trimmed().isEmpty())
            body.addError(body.loc(QStringLiteral("sku")), QStringLiteral("must not be empty"), QStringLiteral("string_too_short"));
        input.price = body.requireMoney(QStringLiteral("price"));
        input.categoryId = body.requireInteger(QStringLiteral("category_id"));
        input.initialQuantity = body.integer(QStringLiteral("initial_quantity"));
        input.location = body.string(QStringLiteral("location")).value_or(QString());
        body.throwIfInvalid();
        const Product created = store.products().create(input);
        return ApiResponse::created(productObject(store, created), (base + u'/' + QString::number(created.id)).toUtf8());
    }, create);

    RouteDoc update{QStringLiteral("Update a product (partial)"), QStringLiteral("products")};
    update.requestSchema = QStringLiteral("ProductUpdate");
    update.responseSchema = QStringLiteral("Product");
    update.errorStatuses = {400, 404, 409, 413, 415};
    routes.add("PUT", base + QStringLiteral("/{id:int}"), [&store](const ApiRequest &request) {
        JsonBody body(request.json);
        ProductPatch patch;
        patch.name = body.string(QStringLiteral("name"));
        if (body.present(QStringLiteral("description")))
            patch.description = body.string(QStringLiteral("description")).value_or(QString());
        patch.sku = body.string(QStringLiteral("sku"));
        patch.price = body.money(QStringLiteral("price"));
        patch.categoryId = body.integer(QStringLiteral("category_id"));
        body.throwIfInvalid();
        return ApiResponse::json(productObject(store, store.products().update(request.id(), patch)));
    }, update);

    RouteDoc remove{QStringLiteral("Delete a product without sales, with its inventory rows and their history"),
                    QStringLiteral("products")};
    remove.successStatus = 204;
    remove.errorStatuses = {404, 409};
    routes.add("DELETE", base + QStringLiteral("/{id:int}"), [&store](const ApiRequest &request) {
        store.products().remove(request.id());
        return ApiResponse::noContent();
    }, remove);

    // Compact API: flat records, no prefix.
    RouteDoc compactList{QStringLiteral("List products (compact)"), QStringLiteral("compact")};
    compactList.query = {{QStringLiteral("skip"), QStringLiteral("integer")}, {QStringLiteral("limit"), QStringLiteral("integer")}};
    compactList.responseSchema = QStringLiteral("CompactProduct");
    compactList.responseIsArray = true;
    routes.add("GET", QStringLiteral("/products"), [&store](const ApiRequest &request) {
        QueryParams params(request.query);
        ProductFilter filter;
        filter.page = params.page();
        params.throwIfInvalid();
        QJsonArray array;
        for (const Product &p : store.products().list(filter))
            array.append(JsonMapper::compactProduct(p));
        return ApiResponse::list(array, store.products().count(filter));
    }, compactList);

    RouteDoc compactGet{QStringLiteral("Get a product (compact)"), QStringLiteral("compact")};
    compactGet.responseSchema = QStringLiteral("CompactProduct");
    compactGet.errorStatuses = {404};
    routes.add("GET", QStringLiteral("/products/{id:int}"), [&store](const ApiRequest &request) {
        return ApiResponse::json(JsonMapper::compactProduct(store.products().get(request.id())));
    }, compactGet);

    RouteDoc compactCreate{QStringLiteral("Create a product with a generated SKU (compact)"), QStringLiteral("compact")};
    compactCreate.requestSchema = QStringLiteral("CompactProductCreate");
    compactCreate.responseSchema = QStringLiteral("CompactProduct");
    compactCreate.successStatus = 201;
    compactCreate.errorStatuses = {400, 404, 413, 415};
    routes.add("POST", QStringLiteral("/products"), [&store](const ApiRequest &request) {
        JsonBody body(request.json);
        ProductInput input;
        input.name = body.requireString(QStringLiteral("name"));
        input.description = body.string(QStringLiteral("description")).value_or(QString());
        input.price = body.requireMoney(QStringLiteral("price"));
        input.categoryId = body.requireInteger(QStringLiteral("category_id"));
        body.throwIfInvalid();
        const Product created = store.products().create(input);
        return ApiResponse::created(JsonMapper::compactProduct(created), "/products/" + QByteArray::number(created.id));
    }, compactCreate);
}

} // namespace ProductHandler
