// SPDX-License-Identifier: MIT
//
// fuzz_json_body: request bodies, as the API receives them from a client.
//
// Input: one byte that picks a route taking a JSON body (byte - 'a', modulo the number of such
// routes: 'a' is POST /api/v1/categories, see bodyRoutes()), then the raw body. The body goes
// through ApiDispatcher::handle — the dispatcher's JSON parse, the route's decoding with JsonBody,
// the service's validation — without a database to reach (ApiHarness, apiharness.h).
//
// Properties, besides no crash, leak or undefined behaviour:
// - a body that is not JSON is a 400, JSON that is not an object a 422 at ["body"];
// - otherwise the answer is a 422 listing FieldErrors located in the body, or the request got
//   past decoding and validation to the database (500 from the missing tables, logged as a
//   database error) — never an exception other than StoreError, never another status;
// - every error body is a JSON object with "detail";
// - JsonBody's readers, run on every field of the body (and of nested arrays of objects), accept
//   only what their contract allows (integers within ±9e15, amounts in whole cents within 10^11
//   units, dates that format back to the same text, date-times that are storable UTC instants
//   and format back to themselves) and report every rejection exactly once, at its location.

#include "apiharness.h"
#include "jsonbody.h"
#include "timeutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

/** Every route that takes a JSON body, in a fixed order so a seed's first byte keeps its meaning. */
const QList<FuzzSupport::Route> &bodyRoutes()
{
    static const QList<FuzzSupport::Route> s_routes{
        {"POST", QStringLiteral("/api/v1/categories")},            // a
        {"PUT", QStringLiteral("/api/v1/categories/1")},           // b
        {"POST", QStringLiteral("/categories")},                   // c
        {"POST", QStringLiteral("/api/v1/products")},              // d
        {"PUT", QStringLiteral("/api/v1/products/1")},             // e
        {"POST", QStringLiteral("/products")},                     // f
        {"POST", QStringLiteral("/api/v1/inventory")},             // g
        {"PUT", QStringLiteral("/api/v1/inventory/1")},            // h
        {"POST", QStringLiteral("/api/v1/inventory/1/adjust")},    // i
        {"POST", QStringLiteral("/inventory")},                    // j
        {"PUT", QStringLiteral("/inventory/1")},                   // k
        {"POST", QStringLiteral("/api/v1/customers")},             // l
        {"PUT", QStringLiteral("/api/v1/customers/1")},            // m
        {"POST", QStringLiteral("/api/v1/sales")},                 // n
        {"PUT", QStringLiteral("/api/v1/sales/1")},                // o
        {"POST", QStringLiteral("/api/v1/analytics/sales")},       // p
        {"POST", QStringLiteral("/api/v1/analytics/revenue")},     // q
        {"POST", QStringLiteral("/api/v1/analytics/inventory")},   // r
        {"POST", QStringLiteral("/api/v1/analytics/revenue/compare")}, // s
    };
    return s_routes;
}

const QTimeZone &storeZone()
{
    static const QTimeZone s_zone("Europe/Berlin"); // daylight saving time both ways
    return s_zone;
}

/** The API, with a check that bodyRoutes() names every route with a JSON body, and nothing else. */
FuzzSupport::ApiHarness &api()
{
    static FuzzSupport::ApiHarness s_api = [] {
        FuzzSupport::ApiHarness harness(storeZone());
        QSet<const RouteTable::Route *> listed;
        for (const FuzzSupport::Route &r : bodyRoutes()) {
            const RouteTable::Match match = harness.routes().match(r.method, r.path);
            FUZZ_CHECK(match.route && !match.route->doc.requestSchema.isEmpty(),
                       QStringLiteral("bodyRoutes() names %1 %2, which is not a route with a JSON body")
                           .arg(QString::fromLatin1(r.method), r.path));
            listed.insert(match.route);
        }
        for (const RouteTable::Route &route : harness.routes().routes()) {
            if (!route.doc.requestSchema.isEmpty() && route.method != "GET")
                FUZZ_CHECK(listed.contains(&route), QStringLiteral("bodyRoutes() misses %1 %2")
                                                        .arg(QString::fromLatin1(route.method), route.pattern));
        }
        return harness;
    }();
    return s_api;
}

QString show(const QJsonValue &value)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
}

/** Runs every JsonBody reader on every field of @p object; returns how many rejections it made. */
int checkReaders(JsonBody &body, const QJsonObject &object, const QStringList &prefix, int depth)
{
    int rejected = 0;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        const QJsonValue v = it.value();
        const QString where = prefix.join(u'.') + u'.' + key + QStringLiteral(" = ") + show(v);
        FUZZ_CHECK(body.present(key), where);
        FUZZ_CHECK(body.has(key) == !v.isNull(), where);
        FUZZ_CHECK(body.loc(key) == prefix + QStringList{key}, where);
        if (v.isNull()) {
            // Absent and null read as "not given": no value, no error.
            FUZZ_CHECK(!body.string(key) && !body.integer(key) && !body.money(key) && !body.boolean(key)
                           && !body.date(key) && !body.dateTime(key, storeZone()) && body.objects(key).isEmpty(),
                       where);
            continue;
        }

        const auto string = body.string(key);
        FUZZ_CHECK(string.has_value() == v.isString(), where);
        if (string)
            FUZZ_CHECK(*string == v.toString(), where);
        else
            ++rejected;

        const auto boolean = body.boolean(key);
        FUZZ_CHECK(boolean.has_value() == v.isBool(), where);
        if (boolean)
            FUZZ_CHECK(*boolean == v.toBool(), where);
        else
            ++rejected;

        const auto integer = body.integer(key);
        if (integer) {
            FUZZ_CHECK(v.isDouble() && double(*integer) == v.toDouble(), where);
            FUZZ_CHECK(*integer >= -9'000'000'000'000'000LL && *integer <= 9'000'000'000'000'000LL, where);
        } else {
            const double d = v.toDouble();
            FUZZ_CHECK(!v.isDouble() || !std::isfinite(d) || d != std::floor(d) || std::fabs(d) > 9.0e15, where);
            ++rejected;
        }

        const auto money = body.money(key);
        if (money) {
            FUZZ_CHECK(v.isDouble() || v.isString(), where);
            FUZZ_CHECK(std::llabs(money->cents()) <= 10'000'000'000'000LL, where);
            FUZZ_CHECK(Money::parse(money->toString()) == money, where);
            FUZZ_CHECK(Money::fromDouble(money->toDouble()) == money, where);
            if (v.isString()) {
                FUZZ_CHECK(Money::parse(v.toString()) == money, where);
            } else {
                const double scaled = v.toDouble() * 100.0;
                FUZZ_CHECK(std::fabs(double(money->cents()) - scaled)
                               <= std::max(1e-6, std::fabs(scaled) * 16 * std::numeric_limits<double>::epsilon()),
                           where);
            }
        } else {
            FUZZ_CHECK(!v.isString() || !Money::parse(v.toString()), where);
            ++rejected;
        }

        const auto date = body.date(key);
        if (date) {
            FUZZ_CHECK(date->isValid() && date->toString(Qt::ISODate) == v.toString().trimmed(), where);
        } else {
            ++rejected;
        }

        const auto dateTime = body.dateTime(key, storeZone());
        if (dateTime) {
            FUZZ_CHECK(dateTime->isValid() && dateTime->timeSpec() == Qt::UTC && dateTime->time().msec() == 0, where);
            FUZZ_CHECK(TimeUtil::parseIso(TimeUtil::toIso(*dateTime), storeZone()) == *dateTime, where);
            FUZZ_CHECK(TimeUtil::fromDb(TimeUtil::toDb(*dateTime)) == *dateTime, where);
        } else {
            ++rejected;
        }

        const QList<QJsonObject> objects = body.objects(key);
        if (!v.isArray()) {
            FUZZ_CHECK(objects.isEmpty(), where);
            ++rejected;
        } else {
            const QJsonArray array = v.toArray();
            FUZZ_CHECK(objects.size() == array.size(), where);
            for (qsizetype i = 0; i < array.size(); ++i) {
                if (!array[i].isObject()) {
                    FUZZ_CHECK(objects[i].isEmpty(), where);
                    ++rejected;
                } else if (depth == 0 && i < 8) {
                    // Nested readers (sale items) report into the same list, under their index.
                    JsonBody item = body.nested(objects[i], key, int(i));
                    rejected += checkReaders(item, objects[i], prefix + QStringList{key, QString::number(i)}, depth + 1);
                }
            }
        }
    }
    return rejected;
}

void checkJsonBody(const QJsonObject &object)
{
    JsonBody body(object);
    const int rejected = checkReaders(body, object, {QStringLiteral("body")}, 0);
    try {
        body.throwIfInvalid();
        FUZZ_CHECK(rejected == 0, QStringLiteral("%1 rejections, no error reported").arg(rejected));
    } catch (const StoreError &e) {
        FUZZ_CHECK(e.kind() == StoreError::Kind::Validation, e.message());
        FUZZ_CHECK(e.fieldErrors().size() == rejected,
                   QStringLiteral("%1 rejections, %2 errors reported").arg(rejected).arg(e.fieldErrors().size()));
        for (const FieldError &f : e.fieldErrors())
            FUZZ_CHECK(f.loc.size() >= 2 && f.loc.first() == u"body" && !f.msg.isEmpty() && !f.type.isEmpty(), f.loc.join(u'.'));
    }
}

/** What the answer to @p body must be, beyond ApiHarness::handle()'s checks. */
void checkResponse(const ApiResponse &response, const QJsonObject &answer, const QByteArray &body, const QString &context)
{
    QJsonParseError parseError;
    const QJsonDocument request = QJsonDocument::fromJson(body.isEmpty() ? QByteArrayLiteral("{}") : body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        FUZZ_CHECK(response.status == 400, context);
        return;
    }
    // Decoding and validation rejected it, or passed it on to the database (which has no tables).
    FUZZ_CHECK(response.status == 422 || response.status == 500, context);
    if (response.status == 500)
        return;
    const QJsonArray detail = answer.value(QStringLiteral("detail")).toArray();
    FUZZ_CHECK(!detail.isEmpty(), context);
    for (const QJsonValue &entry : detail) {
        const QJsonObject e = entry.toObject();
        const QJsonArray loc = e.value(QStringLiteral("loc")).toArray();
        FUZZ_CHECK(!loc.isEmpty() && loc.first().toString() == u"body", context);
        FUZZ_CHECK(!e.value(QStringLiteral("msg")).toString().isEmpty() && !e.value(QStringLiteral("type")).toString().isEmpty(), context);
    }
    if (!request.isObject())
        FUZZ_CHECK(detail.size() == 1
                       && detail.first().toObject().value(QStringLiteral("type")).toString() == u"model_attributes_type",
                   context);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzSupport::ApiHarness &harness = api();
    if (size == 0)
        return 0;
    const FuzzSupport::Route &route = bodyRoutes()[uint8_t(data[0] - 'a') % bodyRoutes().size()];
    const QByteArray body(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));

    ApiRequest request;
    request.method = route.method;
    request.path = route.path;
    request.headers.insert("content-type", "application/json");
    request.body = body;
    request.client = QHostAddress(QHostAddress::LocalHost);

    const QString context = QString::fromLatin1(route.method) + u' ' + route.path;
    QJsonObject answer;
    const ApiResponse response = harness.handle(request, context, &answer);
    checkResponse(response, answer, body, context + QStringLiteral(": status %1").arg(response.status));

    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject())
        checkJsonBody(doc.object());
    return 0;
}
