// SPDX-License-Identifier: MIT
#include "inventoryhandler.h"

#include "jsonbody.h"
#include "jsonmapper.h"
#include "queryparams.h"
#include "routetable.h"
#include "store.h"

#include <QJsonArray>
#include <QSet>

namespace InventoryHandler {
namespace {

/** The nested product objects (with their categories) of @p items, read once for all of them. */
QHash<qint64, QJsonObject> productObjects(Store &store, const QList<InventoryItem> &items)
{
    QList<qint64> ids;
    QSet<qint64> seen;
    for (const InventoryItem &i : items) {
        if (!seen.contains(i.productId)) {
            seen.insert(i.productId);
            ids << i.productId;
        }
    }
    const QList<Product> products = store.products().getMany(ids);
    return JsonMapper::products(products, store.products().categoriesFor(products));
}

QJsonArray inventoryArray(Store &store, const QList<InventoryItem> &items)
{
    const QHash<qint64, QJsonObject> products = productObjects(store, items);
    QJsonArray array;
    for (const InventoryItem &i : items)
        array.append(JsonMapper::inventory(i, products.value(i.productId)));
    return array;
}

QJsonObject inventoryObject(Store &store, const InventoryItem &item)
{
    return inventoryArray(store, {item}).first().toObject();
}

QJsonArray compactArray(const QList<InventoryItem> &items)
{
    QJsonArray array;
    for (const InventoryItem &i : items)
        array.append(JsonMapper::compactInventory(i));
    return array;
}

/** The compact API's filters: skip, limit, product_id, channel. */
InventoryFilter compactFilter(const ApiRequest &request)
{
    QueryParams params(request.query);
    InventoryFilter filter;
    filter.page = params.page();
    filter.productId = params.integer(QStringLiteral("product_id"));
    filter.channel = params.string(QStringLiteral("channel"));
    params.throwIfInvalid();
    return filter;
}

/** Runs @p fn, reporting the service's validation errors under the compact API's field names. */
template<typename Fn>
auto withCompactNames(Fn fn) -> decltype(fn())
{
    try {
        return fn();
    } catch (const StoreError &e) {
        if (e.kind() != StoreError::Kind::Validation)
            throw;
        static const QHash<QString, QString> s_names{{QStringLiteral("low_stock_threshold"), QStringLiteral("reorder_level")},
                                                     {QStringLiteral("change_reason"), QStringLiteral("comment")}};
        QList<FieldError> fields = e.fieldErrors();
        for (FieldError &f : fields) {
            if (!f.loc.isEmpty())
                f.loc.last() = s_names.value(f.loc.last(), f.loc.last());
        }
        throw StoreError::validation(fields);
    }
}

const QList<ParamDoc> &pageParams()
{
    static const QList<ParamDoc> s_params{{QStringLiteral("skip"), QStringLiteral("integer")},
                                          {QStringLiteral("limit"), QStringLiteral("integer")}};
    return s_params;
}

} // namespace

void registerRoutes(RouteTable &routes, Store &store)
{
    const QString base = store.config().apiPrefix + QStringLiteral("/inventory");

    RouteDoc list{QStringLiteral("List inventory rows"), QStringLiteral("inventory")};
    list.query = pageParams();
    list.query << ParamDoc{QStringLiteral("product_id"), QStringLiteral("integer"), QStringLiteral("only this product's rows")}
               << ParamDoc{QStringLiteral("category_id"), QStringLiteral("integer"), QStringLiteral("only rows of this category's products")}
               << ParamDoc{QStringLiteral("location"), QStringLiteral("string"), QStringLiteral("only rows at this location")}
               << ParamDoc{QStringLiteral("channel"), QStringLiteral("string"),
                           QStringLiteral("only rows reserved for this sales platform; empty = rows not reserved")}
               << ParamDoc{QStringLiteral("low_stock_only"), QStringLiteral("boolean"), QStringLiteral("only rows at or below their threshold")}
               << ParamDoc{QStringLiteral("sort"), QStringLiteral("string"),
                           QStringLiteral("column, prefixed with - for descending: %1 (default id)")
                               .arg(InventoryService::sortColumns().join(QStringLiteral(", ")))};
    list.responseSchema = QStringLiteral("Inventory");
    list.responseIsArray = true;
    routes.add("GET", base, [&store](const ApiRequest &request) {
        QueryParams params(request.query);
        InventoryFilter filter;
        filter.page = params.page();
        filter.productId = params.integer(QStringLiteral("product_id"));
        filter.categoryId = params.integer(QStringLiteral("category_id"));
        filter.location = params.string(QStringLiteral("location"));
        filter.channel = params.string(QStringLiteral("channel"));
        filter.lowStockOnly = params.boolean(QStringLiteral("low_stock_only")).value_or(false);
        params.sort(InventoryService::sortColumns(), filter.sortColumn, filter.sortDescending);
        params.throwIfInvalid();
        return ApiResponse::list(inventoryArray(store, store.inventory().list(filter)), store.inventory().count(filter));
    }, list);

    RouteDoc lowStock{QStringLiteral("Rows at or below their low-stock threshold, most urgent first"), QStringLiteral("inventory")};
    lowStock.query = pageParams();
    lowStock.query << ParamDoc{QStringLiteral("threshold_override"), QStringLiteral("integer"),
                               QStringLiteral("compare every row with this threshold instead of its own")}
                   << ParamDoc{QStringLiteral("category_id"), QStringLiteral("integer"), QStringLiteral("only this category's products")};
    lowStock.responseSchema = QStringLiteral("LowStockItem");
    lowStock.responseIsArray = true;
    routes.add("GET", base + QStringLiteral("/low-stock"), [&store](const ApiRequest &request) {
        QueryParams params(request.query);
        const Page page = params.page();
        const auto threshold = params.integer(QStringLiteral("threshold_override"), 0);
        const auto categoryId = params.integer(QStringLiteral("category_id"));
        params.throwIfInvalid();
        const QList<LowStockRow> rows = store.inventory().lowStock(threshold, categoryId);
        const qint64 total = rows.size();
        QJsonArray array;
        for (qint64 i = std::min(page.skip, total), n = 0; i < total && n < page.limit; ++i, ++n)
            array.append(JsonMapper::lowStock(rows[i]));
        return ApiResponse::list(array, total);
    }, lowStock);

    RouteDoc forProduct{QStringLiteral("A product's inventory rows"), QStringLiteral("inventory")};
    forProduct.responseSchema = QStringLiteral("Inventory");
    forProduct.responseIsArray = true;
    forProduct.errorStatuses = {404};
    routes.add("GET", base + QStringLiteral("/product/{product_id:int}"), [&store](const ApiRequest &request) {
        const QList<InventoryItem> items = store.inventory().forProduct(request.id(QStringLiteral("product_id")));
        return ApiResponse::list(inventoryArray(store, items), items.size());
    }, forProduct);

    RouteDoc get{QStringLiteral("Get an inventory row"), QStringLiteral("inventory")};
    get.responseSchema = QStringLiteral("Inventory");
    get.errorStatuses = {404};
    routes.add("GET", base + QStringLiteral("/{id:int}"), [&store](const ApiRequest &request) {
        return ApiResponse::json(inventoryObject(store, store.inventory().get(request.id())));
    }, get);

    RouteDoc history{QStringLiteral("An inventory row's stock changes, newest first"), QStringLiteral("inventory")};
    history.query = pageParams();
    history.query << ParamDoc{QStringLiteral("start_date"), QStringLiteral("date"), QStringLiteral("changes on or after this day (store time zone)")}
                  << ParamDoc{QStringLiteral("end_date"), QStringLiteral("date"), QStringLiteral("changes on or before this day (store time zone)")};
    history.responseSchema = QStringLiteral("InventoryHistory");
    history.responseIsArray = true;
    history.errorStatuses = {404};
    routes.add("GET", base + QStringLiteral("/{id:int}/history"), [&store](const ApiRequest &request) {
        QueryParams params(request.query);
        HistoryFilter filter;
        filter.page = params.page();
        filter.startDate = params.date(QStringLiteral("start_date"));
        filter.endDate = params.date(QStringLiteral("end_date"));
        if (filter.startDate && filter.endDate && *filter.endDate < *filter.startDate)
            params.addError(QStringLiteral("end_date"), QStringLiteral("must be on or after start_date"), QStringLiteral("value_error"));
        params.throwIfInvalid();
        QJsonArray array;
        for (const InventoryHistoryEntry &h : store.inventory().history(request.id(), filter))
            array.append(JsonMapper::history(h));
        return ApiResponse::list(array, store.inventory().historyCount(request.id(), filter));
    }, history);

    RouteDoc create{QStringLiteral("Create an inventory row"), QStringLiteral("inventory")};
    create.requestSchema = QStringLiteral("InventoryCreate");
    create.responseSchema = QStringLiteral("Inventory");
    create.successStatus = 201;
    create.errorStatuses = {400, 404, 409, 413, 415};
    routes.add("POST", base, [&store, base](const ApiRequest &request) {
        JsonBody body(request.json);
        InventoryInput input;
        input.productId = body.requireInteger(QStringLiteral("product_id"));
        input.quantity = body.requireInteger(QStringLiteral("quantity"));
        input.location = body.string(QStringLiteral("location")).value_or(QString());
        input.channel = body.string(QStringLiteral("channel")).value_or(QString());
        input.lowStockThreshold = body.integer(QStringLiteral("low_stock_threshold"));
        body.throwIfInvalid();
        const InventoryItem created = store.inventory().create(input);
        return ApiResponse::created(inventoryObject(store, created), (base + u'/' + QString::number(created.id)).toUtf8());
    }, create);

    RouteDoc update{QStringLiteral("Update an inventory row (partial); a quantity change is recorded in its history"),
                    QStringLiteral("inventory")};
    update.query = {{QStringLiteral("change_reason"), QStringLiteral("string"),
                     QStringLiteral("history text for a quantity change (the body's change_reason wins)")}};
    update.requestSchema = QStringLiteral("InventoryUpdate");
    update.responseSchema = QStringLiteral("Inventory");
    update.errorStatuses = {400, 404, 409, 413, 415};
    routes.add("PUT", base + QStringLiteral("/{id:int}"), [&store](const ApiRequest &request) {
        JsonBody body(request.json);
        InventoryPatch patch;
        patch.quantity = body.integer(QStringLiteral("quantity"));
        if (body.present(QStringLiteral("location")))
            patch.location = body.string(QStringLiteral("location")).value_or(QString());
        if (body.present(QStringLiteral("channel")))
            patch.channel = body.string(QStringLiteral("channel")).value_or(QString());
        patch.lowStockThreshold = body.integer(QStringLiteral("low_stock_threshold"));
        const QString restock = QStringLiteral("last_restock_date");
        if (body.has(restock)) {
            if (const auto date = body.dateTime(restock, store.config().storeTimeZone))
                patch.lastRestockDate = *date;
        } else if (body.present(restock)) {
            patch.lastRestockDate = QDateTime(); // explicit null clears it
        }
        const auto reason = body.string(QStringLiteral("change_reason"));
        body.throwIfInvalid();
        patch.changeReason = reason ? *reason : QueryParams(request.query).string(QStringLiteral("change_reason")).value_or(QString());
        return ApiResponse::json(inventoryObject(store, store.inventory().update(request.id(), patch)));
    }, update);

    RouteDoc adjust{QStringLiteral("Change a row's quantity by a delta, atomically"), QStringLiteral("inventory")};
    adjust.requestSchema = QStringLiteral("InventoryAdjust");
    adjust.responseSchema = QStringLiteral("InventoryAdjustResult");
    adjust.errorStatuses = {400, 404, 409, 413, 415};
    routes.add("POST", base + QStringLiteral("/{id:int}/adjust"), [&store](const ApiRequest &request) {
        JsonBody body(request.json);
        const qint64 delta = body.requireInteger(QStringLiteral("delta"));
        const QString reason = body.requireString(QStringLiteral("reason"));
        body.throwIfInvalid();
        const StockChange change = store.inventory().adjust(request.id(), delta, reason);
        return ApiResponse::json(QJsonObject{{QStringLiteral("inventory"), inventoryObject(store, change.item)},
                                             {QStringLiteral("history"), JsonMapper::history(change.history)}});
    }, adjust);

    // Compact API: flat records, no prefix.
    RouteDoc compactList{QStringLiteral("List inventory rows (compact)"), QStringLiteral("compact")};
    compactList.query = pageParams();
    compactList.query << ParamDoc{QStringLiteral("product_id"), QStringLiteral("integer"), QStringLiteral("only this product's rows")}
                      << ParamDoc{QStringLiteral("channel"), QStringLiteral("string"),
                                  QStringLiteral("only rows reserved for this sales platform; empty = rows not reserved")};
    compactList.responseSchema = QStringLiteral("CompactInventory");
    compactList.responseIsArray = true;
    routes.add("GET", QStringLiteral("/inventory"), [&store](const ApiRequest &request) {
        const InventoryFilter filter = compactFilter(request);
        return ApiResponse::list(compactArray(store.inventory().list(filter)), store.inventory().count(filter));
    }, compactList);

    RouteDoc compactGet{QStringLiteral("Get an inventory row (compact)"), QStringLiteral("compact")};
    compactGet.responseSchema = QStringLiteral("CompactInventory");
    compactGet.errorStatuses = {404};
    routes.add("GET", QStringLiteral("/inventory/{id:int}"), [&store](const ApiRequest &request) {
        return ApiResponse::json(JsonMapper::compactInventory(store.inventory().get(request.id())));
    }, compactGet);

    RouteDoc compactLow{QStringLiteral("Inventory rows with quantity at or below their reorder level (compact)"), QStringLiteral("compact")};
    compactLow.query = compactList.query;
    compactLow.responseSchema = QStringLiteral("CompactInventory");
    compactLow.responseIsArray = true;
    routes.add("GET", QStringLiteral("/inventory/stock/low-stock"), [&store](const ApiRequest &request) {
        InventoryFilter filter = compactFilter(request);
        filter.lowStockOnly = true;
        return ApiResponse::list(compactArray(store.inventory().list(filter)), store.inventory().count(filter));
    }, compactLow);

    RouteDoc compactCreate{QStringLiteral("Create an inventory row at the main location (compact)"), QStringLiteral("compact")};
    compactCreate.requestSchema = QStringLiteral("CompactInventoryCreate");
    compactCreate.responseSchema = QStringLiteral("CompactInventory");
    compactCreate.successStatus = 201;
    compactCreate.errorStatuses = {400, 404, 409, 413, 415};
    routes.add("POST", QStringLiteral("/inventory"), [&store](const ApiRequest &request) {
        JsonBody body(request.json);
        InventoryInput input;
        input.productId = body.requireInteger(QStringLiteral("product_id"));
        input.quantity = body.requireInteger(QStringLiteral("quantity"));
        input.channel = body.string(QStringLiteral("channel")).value_or(QString());
        input.lowStockThreshold = body.integer(QStringLiteral("reorder_level"));
        body.throwIfInvalid();
        const InventoryItem created = withCompactNames([&] { return store.inventory().create(input); });
        return ApiResponse::created(JsonMapper::compactInventory(created), "/inventory/" + QByteArray::number(created.id));
    }, compactCreate);

    RouteDoc compactUpdate{QStringLiteral("Set an inventory row's quantity, logging the change (compact)"), QStringLiteral("compact")};
    compactUpdate.requestSchema = QStringLiteral("CompactInventoryUpdate");
    compactUpdate.responseSchema = QStringLiteral("CompactInventory");
    compactUpdate.errorStatuses = {400, 404, 413, 415};
    routes.add("PUT", QStringLiteral("/inventory/{id:int}"), [&store](const ApiRequest &request) {
        JsonBody body(request.json);
        InventoryPatch patch;
        patch.quantity = body.requireInteger(QStringLiteral("quantity"));
        patch.changeReason = body.string(QStringLiteral("comment")).value_or(QString());
        body.throwIfInvalid();
        InventoryHistoryEntry written;
        const InventoryItem item = withCompactNames([&] { return store.inventory().update(request.id(), patch, &written); });
        QJsonObject result = JsonMapper::compactInventory(item);
        result.insert(QStringLiteral("change_qty"), written.changeQty());
        return ApiResponse::json(result);
    }, compactUpdate);
}

} // namespace InventoryHandler
