// SPDX-License-Identifier: MIT
#include "customerhandler.h"

#include "jsonbody.h"
#include "jsonmapper.h"
#include "queryparams.h"
#include "routetable.h"
#include "store.h"

#include <QJsonArray>

namespace CustomerHandler {

void registerRoutes(RouteTable &routes, Store &store)
{
    const QString base = store.config().apiPrefix + QStringLiteral("/customers");

    RouteDoc list{QStringLiteral("List customers"), QStringLiteral("customers")};
    list.query = {{QStringLiteral("skip"), QStringLiteral("integer")},
                  {QStringLiteral("limit"), QStringLiteral("integer")},
                  {QStringLiteral("q"), QStringLiteral("string"), QStringLiteral("name or e-mail contains")},
                  {QStringLiteral("sort"), QStringLiteral("string"),
                   QStringLiteral("one of %1; prefix - for descending")
                       .arg(CustomerService::sortColumns().join(QStringLiteral(", ")))}};
    list.responseSchema = QStringLiteral("Customer");
    list.responseIsArray = true;
    routes.add("GET", base, [&store](const ApiRequest &request) {
        QueryParams params(request.query);
        CustomerFilter filter;
        filter.page = params.page();
        filter.q = params.string(QStringLiteral("q")).value_or(QString());
        params.sort(CustomerService::sortColumns(), filter.sortColumn, filter.sortDescending);
        params.throwIfInvalid();
        QJsonArray array;
        for (const Customer &c : store.customers().list(filter))
            array.append(JsonMapper::customer(c));
        return ApiResponse::list(array, store.customers().count(filter));
    }, list);

    RouteDoc get{QStringLiteral("Get a customer"), QStringLiteral("customers")};
    get.responseSchema = QStringLiteral("Customer");
    get.errorStatuses = {404};
    routes.add("GET", base + QStringLiteral("/{id:int}"), [&store](const ApiRequest &request) {
        return ApiResponse::json(JsonMapper::customer(store.customers().get(request.id())));
    }, get);

    RouteDoc create{QStringLiteral("Create a customer"), QStringLiteral("customers")};
    create.requestSchema = QStringLiteral("CustomerCreate");
    create.responseSchema = QStringLiteral("Customer");
    create.successStatus = 201;
    create.errorStatuses = {400, 409, 413, 415};
    routes.add("POST", base, [&store, base](const ApiRequest &request) {
        JsonBody body(request.json);
        CustomerInput input;
        input.name = body.requireString(QStringLiteral("name"));
        input.email = body.string(QStringLiteral("email")).value_or(QString());
        input.phone = body.string(QStringLiteral("phone")).value_or(QString());
        input.address = body.string(QStringLiteral("address")).value_or(QString());
        body.throwIfInvalid();
        const Customer created = store.customers().create(input);
        return ApiResponse::created(JsonMapper::customer(created),
                                    (base + u'/' + QString::number(created.id)).toUtf8());
    }, create);

    RouteDoc update{QStringLiteral("Update a customer (partial; null or \"\" clears email, phone, address)"),
                    QStringLiteral("customers")};
    update.requestSchema = QStringLiteral("CustomerUpdate");
    update.responseSchema = QStringLiteral("Customer");
    update.errorStatuses = {400, 404, 409, 413, 415};
    routes.add("PUT", base + QStringLiteral("/{id:int}"), [&store](const ApiRequest &request) {
        JsonBody body(request.json);
        CustomerPatch patch;
        patch.name = body.string(QStringLiteral("name"));
        if (body.present(QStringLiteral("email")))
            patch.email = body.string(QStringLiteral("email")).value_or(QString());
        if (body.present(QStringLiteral("phone")))
            patch.phone = body.string(QStringLiteral("phone")).value_or(QString());
        if (body.present(QStringLiteral("address")))
            patch.address = body.string(QStringLiteral("address")).value_or(QString());
        body.throwIfInvalid();
        return ApiResponse::json(JsonMapper::customer(store.customers().update(request.id(), patch)));
    }, update);
}

} // namespace CustomerHandler
