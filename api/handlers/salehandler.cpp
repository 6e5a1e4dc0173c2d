// SPDX-License-Identifier: MIT
#include "salehandler.h"

#include "jsonbody.h"
#include "jsonmapper.h"
#include "queryparams.h"
#include "routetable.h"
#include "store.h"

#include <QJsonArray>

namespace SaleHandler {
namespace {

/** Orders as the API shows them, with the customers, products and categories loaded once for all. */
QJsonArray salesJson(Store &store, const QList<Sale> &sales)
{
    const SaleReferences refs = store.sales().references(sales);
    QHash<qint64, QJsonObject> products;
    for (const Product &p : std::as_const(refs.products)) {
        const auto category = refs.categories.constFind(p.categoryId);
        products.insert(p.id, JsonMapper::product(p, category == refs.categories.cend() ? nullptr : &*category));
    }
    QJsonArray array;
    for (const Sale &s : sales) {
        const auto customer = s.customerId ? refs.customers.constFind(*s.customerId) : refs.customers.cend();
        const bool walkIn = customer == refs.customers.cend();
        const QJsonValue customerJson = walkIn ? QJsonValue(QJsonValue::Null)
                                               : QJsonValue(JsonMapper::customer(*customer));
        array.append(JsonMapper::sale(s, customerJson, products));
    }
    return array;
}

QJsonObject saleJson(Store &store, const Sale &sale)
{
    return salesJson(store, {sale}).first().toObject();
}

/** start_date/end_date (inclusive, store calendar); an end before the start is a 422. */
void readDateRange(QueryParams &params, SaleFilter &filter)
{
    filter.startDate = params.date(QStringLiteral("start_date"));
    filter.endDate = params.date(QStringLiteral("end_date"));
    if (filter.startDate && filter.endDate && *filter.endDate < *filter.startDate)
        params.addError(QStringLiteral("end_date"), QStringLiteral("Input should not be before start_date"),
                        QStringLiteral("value_error"));
}

QList<ParamDoc> dateRangeDocs()
{
    const QString date = QStringLiteral("date");
    return {{QStringLiteral("start_date"), date, QStringLiteral("first day, inclusive (store time zone)")},
            {QStringLiteral("end_date"), date, QStringLiteral("last day, inclusive (store time zone)")}};
}

} // namespace

void registerRoutes(RouteTable &routes, Store &store)
{
    const QString base = store.config().apiPrefix + QStringLiteral("/sales");

    RouteDoc list{QStringLiteral("List orders (newest first unless sorted)"), QStringLiteral("sales")};
    ParamDoc status{QStringLiteral("status"), QStringLiteral("string"), QStringLiteral("order status")};
    status.enumValues = SaleStatuses::names();
    const QString integer = QStringLiteral("integer");
    const QString text = QStringLiteral("string");
    list.query = QList<ParamDoc>{{QStringLiteral("skip"), integer}, {QStringLiteral("limit"), integer}}
        + dateRangeDocs()
        + QList<ParamDoc>{{QStringLiteral("customer_id"), integer},
                          {QStringLiteral("product_id"), integer, QStringLiteral("orders containing this product")},
                          {QStringLiteral("category_id"), integer,
                           QStringLiteral("orders with a product of this category")},
                          {QStringLiteral("platform"), text, QStringLiteral("sales platform, exact match")},
                          status,
                          {QStringLiteral("sort"), text,
                           QStringLiteral("one of %1; prefix - for descending (default -order_date)")
                               .arg(SalesService::sortColumns().join(QStringLiteral(", ")))}};
    list.responseSchema = QStringLiteral("Sale");
    list.responseIsArray = true;
    routes.add("GET", base, [&store](const ApiRequest &request) {
        QueryParams params(request.query);
        SaleFilter filter;
        filter.page = params.page();
        readDateRange(params, filter);
        filter.customerId = params.integer(QStringLiteral("customer_id"));
        filter.productId = params.integer(QStringLiteral("product_id"));
        filter.categoryId = params.integer(QStringLiteral("category_id"));
        filter.platform = params.string(QStringLiteral("platform"));
        if (const auto text = params.string(QStringLiteral("status"))) {
            filter.status = SaleStatuses::parse(text->trimmed());
            if (!filter.status)
                params.addError(QStringLiteral("status"),
                                QStringLiteral("Input should be one of: %1")
                                    .arg(SaleStatuses::names().join(QStringLiteral(", "))),
                                QStringLiteral("enum"));
        }
        params.sort(SalesService::sortColumns(), filter.sortColumn, filter.sortDescending);
        params.throwIfInvalid();
        const QList<Sale> sales = store.sales().list(filter);
        return ApiResponse::list(salesJson(store, sales), store.sales().count(filter));
    }, list);

    RouteDoc get{QStringLiteral("Get an order"), QStringLiteral("sales")};
    get.responseSchema = QStringLiteral("Sale");
    get.errorStatuses = {404};
    routes.add("GET", base + QStringLiteral("/{id:int}"), [&store](const ApiRequest &request) {
        return ApiResponse::json(saleJson(store, store.sales().get(request.id())));
    }, get);

    RouteDoc byNumber{QStringLiteral("Get an order by its order number"), QStringLiteral("sales")};
    byNumber.responseSchema = QStringLiteral("Sale");
    byNumber.errorStatuses = {404};
    routes.add("GET", base + QStringLiteral("/order/{order_number}"), [&store](const ApiRequest &request) {
        const QString number = request.params.value(QStringLiteral("order_number")); // already URL-decoded
        return ApiResponse::json(saleJson(store, store.sales().getByOrderNumber(number)));
    }, byNumber);

    RouteDoc create{QStringLiteral("Record an order; takes its stock in the same transaction"),
                    QStringLiteral("sales")};
    create.requestSchema = QStringLiteral("SaleCreate");
    create.responseSchema = QStringLiteral("Sale");
    create.successStatus = 201;
    create.errorStatuses = {400, 404, 409, 413, 415};
    routes.add("POST", base, [&store, base](const ApiRequest &request) {
        JsonBody body(request.json);
        const QTimeZone zone = store.config().storeTimeZone;
        SaleInput input;
        input.customerId = body.integer(QStringLiteral("customer_id"));
        input.platform = body.requireString(QStringLiteral("platform"));
        input.status = body.string(QStringLiteral("status"));
        input.orderDate = body.dateTime(QStringLiteral("order_date"), zone);
        input.orderNumber = body.string(QStringLiteral("order_number"));
        input.expectedTotal = body.money(QStringLiteral("total_amount"));
        if (!body.has(QStringLiteral("items")))
            body.addError(body.loc(QStringLiteral("items")), QStringLiteral("Field required"),
                          QStringLiteral("missing"));
        const QList<QJsonObject> items = body.objects(QStringLiteral("items"));
        const QJsonArray rawItems = request.json.value(QStringLiteral("items")).toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (!rawItems.at(i).isObject())
                continue; // already reported by objects()
            JsonBody item = body.nested(items[i], QStringLiteral("items"), int(i));
            SaleItemInput line;
            line.productId = item.requireInteger(QStringLiteral("product_id"));
            line.quantity = item.requireInteger(QStringLiteral("quantity"));
            line.unitPrice = item.money(QStringLiteral("unit_price"));
            line.discount = item.money(QStringLiteral("discount")).value_or(Money());
            input.items << line;
        }
        body.throwIfInvalid();
        const Sale created = store.sales().create(input);
        return ApiResponse::created(saleJson(store, created), (base + u'/' + QString::number(created.id)).toUtf8());
    }, create);

    RouteDoc update{
        QStringLiteral("Update an order (partial); cancelling or refunding restocks, reinstating takes stock again"),
        QStringLiteral("sales")};
    update.requestSchema = QStringLiteral("SaleUpdate");
    update.responseSchema = QStringLiteral("Sale");
    update.errorStatuses = {400, 404, 409, 413, 415};
    routes.add("PUT", base + QStringLiteral("/{id:int}"), [&store](const ApiRequest &request) {
        JsonBody body(request.json);
        SalePatch patch;
        patch.status = body.string(QStringLiteral("status"));
        patch.platform = body.string(QStringLiteral("platform"));
        patch.orderDate = body.dateTime(QStringLiteral("order_date"), store.config().storeTimeZone);
        if (!body.has(QStringLiteral("customer_id"))) {
            if (body.present(QStringLiteral("customer_id")))
                patch.customerId.emplace(std::nullopt); // null: a walk-in order
        } else if (const auto customerId = body.integer(QStringLiteral("customer_id"))) {
            patch.customerId.emplace(*customerId);
        }
        body.throwIfInvalid();
        return ApiResponse::json(saleJson(store, store.sales().update(request.id(), patch)));
    }, update);

    // Compact API: one flat record per sold line, no prefix.
    RouteDoc lines{QStringLiteral("List sold lines (compact; cancelled and refunded orders left out)"),
                   QStringLiteral("compact")};
    lines.query = QList<ParamDoc>{{QStringLiteral("skip"), integer},
                                  {QStringLiteral("limit"), integer},
                                  {QStringLiteral("product_id"), integer},
                                  {QStringLiteral("category_id"), integer},
                                  {QStringLiteral("channel"), text, QStringLiteral("sales platform, exact match")}}
        + dateRangeDocs();
    lines.responseSchema = QStringLiteral("CompactSaleLine");
    lines.responseIsArray = true;
    routes.add("GET", QStringLiteral("/sales"), [&store](const ApiRequest &request) {
        QueryParams params(request.query);
        SaleFilter filter;
        filter.page = params.page();
        readDateRange(params, filter);
        filter.productId = params.integer(QStringLiteral("product_id"));
        filter.categoryId = params.integer(QStringLiteral("category_id"));
        filter.platform = params.string(QStringLiteral("channel"));
        params.throwIfInvalid();
        QJsonArray array;
        for (const SaleLine &line : store.sales().lines(filter))
            array.append(QJsonObject{{QStringLiteral("id"), line.id},
                                     {QStringLiteral("product_id"), line.productId},
                                     {QStringLiteral("channel"), line.channel},
                                     {QStringLiteral("quantity"), line.quantity},
                                     {QStringLiteral("price"), JsonMapper::money(line.unitPrice)},
                                     {QStringLiteral("sale_date"), JsonMapper::dateTime(line.saleDate)}});
        return ApiResponse::list(array, store.sales().countLines(filter));
    }, lines);
}

} // namespace SaleHandler
