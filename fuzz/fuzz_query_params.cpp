// SPDX-License-Identifier: MIT
//
// fuzz_query_params: what clients put in query strings and date fields — QueryParams as the
// handlers read it, the date-time parsers of TimeUtil in several time zones, and Money::parse.
//
// Input: a mode byte (byte - 'a', modulo 5), a selector byte, then text:
//   'a' query string: sent to a GET route (selector picks it from queryRoutes()) through
//       ApiDispatcher without a database to reach (ApiHarness, apiharness.h), and read with
//       every QueryParams reader;
//   'b' TimeUtil::parseIso in the zone the selector picks from zones(), and LocalDays;
//   'c' TimeUtil::fromDb (timestamps as the drivers hand them back);
//   'd' Money::parse of the text, Money::fromDouble of its first 8 bytes;
//   'e' the enums the API reads: sale status, granularity, dashboard presets.
//
// Properties: a route answers 422 with errors located in the query, or reaches the database —
// never another status or an exception other than StoreError; an accepted integer is within the
// bounds asked for; skip ≥ 0 and 1 ≤ limit ≤ 1000; a date formats back to its text; every
// rejection is reported once at ["query", name]; a parsed date-time is a storable UTC instant
// that formats back (as UTC and in the store's zone) and re-parses to the same instant, and a
// date alone means the first instant of that day in the zone; LocalDays agrees with QDateTime;
// Money accepts exactly "[+-]digits[.d[d]]" (at most 11 integer digits) and round-trips.

#include "analyticsservice.h"
#include "apiharness.h"
#include "customerservice.h"
#include "inventoryservice.h"
#include "productservice.h"
#include "queryparams.h"
#include "salesservice.h"
#include "salestatus.h"
#include "timeutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace {

/** Routes that read query parameters, in a fixed order so a seed's selector keeps its meaning. */
const QList<FuzzSupport::Route> &queryRoutes()
{
    static const QList<FuzzSupport::Route> s_routes{
        {"GET", QStringLiteral("/api/v1/categories")},                 // a
        {"GET", QStringLiteral("/categories")},                        // b
        {"GET", QStringLiteral("/api/v1/products")},                   // c
        {"GET", QStringLiteral("/products")},                          // d
        {"GET", QStringLiteral("/api/v1/inventory")},                  // e
        {"GET", QStringLiteral("/api/v1/inventory/low-stock")},        // f
        {"GET", QStringLiteral("/api/v1/inventory/1/history")},        // g
        {"GET", QStringLiteral("/inventory")},                         // h
        {"GET", QStringLiteral("/inventory/stock/low-stock")},         // i
        {"GET", QStringLiteral("/api/v1/customers")},                  // j
        {"GET", QStringLiteral("/api/v1/sales")},                      // k
        {"GET", QStringLiteral("/sales")},                             // l
        {"GET", QStringLiteral("/api/v1/dashboard/summary")},          // m
        {"GET", QStringLiteral("/sales/revenue")},                     // n
        {"GET", QStringLiteral("/sales/compare")},                     // o
        {"POST", QStringLiteral("/api/v1/analytics/revenue/compare")}, // p (empty body: the query)
    };
    return s_routes;
}

/** Zones with the awkward cases: DST both ways, half-hour and 45-minute offsets, a skipped day. */
const QList<QTimeZone> &zones()
{
    static const QList<QTimeZone> s_zones = [] {
        QList<QTimeZone> list;
        for (const char *id : {"UTC", "Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata",
                               "America/Sao_Paulo", "Pacific/Apia", "Pacific/Chatham", "America/St_Johns",
                               "Africa/Casablanca", "Europe/Dublin", "Asia/Kathmandu", "UTC-03:00"}) {
            const QTimeZone zone(id);
            if (zone.isValid())
                list << zone;
        }
        return list;
    }();
    return s_zones;
}

FuzzSupport::ApiHarness &api()
{
    static FuzzSupport::ApiHarness s_api = [] {
        FuzzSupport::ApiHarness harness(QTimeZone("America/New_York"));
        for (const FuzzSupport::Route &r : queryRoutes())
            FUZZ_CHECK(harness.routes().match(r.method, r.path).route,
                       QStringLiteral("no route %1 %2").arg(QString::fromLatin1(r.method), r.path));
        return harness;
    }();
    return s_api;
}

int errorCount(const QueryParams &params, const QString &context)
{
    try {
        params.throwIfInvalid();
        return 0;
    } catch (const StoreError &e) {
        FUZZ_CHECK(e.kind() == StoreError::Kind::Validation, context);
        for (const FieldError &f : e.fieldErrors())
            FUZZ_CHECK(f.loc.size() == 2 && f.loc.first() == u"query" && !f.msg.isEmpty() && !f.type.isEmpty(), context);
        return int(e.fieldErrors().size());
    }
}

/** Every QueryParams reader on every parameter name of @p query; each rejection adds one error. */
void checkQueryParams(const QUrlQuery &query)
{
    QueryParams params(query);
    int expected = 0;
    const auto items = query.queryItems(QUrl::FullyDecoded);
    QStringList names;
    // The handlers ask for plain names; one that needs percent-encoding is not looked up by
    // its decoded form, so only plain ones are read back here.
    static const QRegularExpression plainName(QStringLiteral("^[A-Za-z0-9_.-]+$"));
    for (const auto &item : items) {
        if (!names.contains(item.first) && names.size() < 16 && plainName.match(item.first).hasMatch())
            names << item.first;
    }
    for (const QString &name : names) {
        const QString raw = query.queryItemValue(name, QUrl::FullyDecoded);
        const QString trimmed = raw.trimmed();
        const QString where = name + QStringLiteral(" = ") + raw;
        FUZZ_CHECK(params.has(name) && params.string(name) == raw, where);

        bool ok = false;
        const qint64 number = trimmed.toLongLong(&ok);
        const struct { qint64 min, max; } bounds[] = {{1, std::numeric_limits<qint64>::max()}, {0, std::numeric_limits<qint64>::max()}, {1, 1000}};
        for (const auto &b : bounds) {
            const auto value = params.integer(name, b.min, b.max);
            FUZZ_CHECK(value.has_value() == (ok && number >= b.min && number <= b.max), where);
            if (value)
                FUZZ_CHECK(*value == number && *value >= b.min && *value <= b.max, where);
            else
                ++expected;
        }

        const auto date = params.date(name);
        if (date)
            FUZZ_CHECK(date->isValid() && date->toString(Qt::ISODate) == trimmed, where);
        else
            ++expected;

        const auto flag = params.boolean(name);
        const QString lower = trimmed.toLower();
        if (flag) {
            static const QStringList yes{QStringLiteral("true"), QStringLiteral("1"), QStringLiteral("yes"), QStringLiteral("on")};
            static const QStringList no{QStringLiteral("false"), QStringLiteral("0"), QStringLiteral("no"), QStringLiteral("off")};
            FUZZ_CHECK((*flag ? yes : no).contains(lower), where);
        } else {
            ++expected;
        }

        const auto money = params.money(name);
        FUZZ_CHECK(money == Money::parse(raw), where);
        if (!money)
            ++expected;
        FUZZ_CHECK(errorCount(params, where) == expected, where + QStringLiteral(": %1 rejections expected").arg(expected));
    }

    const auto countOf = [&](const QString &name, qint64 min, qint64 max) {
        if (!query.hasQueryItem(name))
            return 0;
        bool ok = false;
        const qint64 n = query.queryItemValue(name, QUrl::FullyDecoded).trimmed().toLongLong(&ok);
        return ok && n >= min && n <= max ? 0 : 1;
    };
    const Page page = params.page();
    FUZZ_CHECK(page.skip >= 0 && page.limit >= 1 && page.limit <= 1000, QStringLiteral("skip %1 limit %2").arg(page.skip).arg(page.limit));
    expected += countOf(QStringLiteral("skip"), 0, std::numeric_limits<qint64>::max())
        + countOf(QStringLiteral("limit"), 1, 1000);
    FUZZ_CHECK(errorCount(params, QStringLiteral("page")) == expected, QStringLiteral("page()"));

    for (const QStringList *columns : {&ProductService::sortColumns(), &InventoryService::sortColumns(),
                                       &CustomerService::sortColumns(), &SalesService::sortColumns()}) {
        QString column = QStringLiteral("unchanged");
        bool descending = false;
        params.sort(*columns, column, descending);
        const int errors = errorCount(params, QStringLiteral("sort"));
        FUZZ_CHECK(errors == expected || errors == expected + 1, QStringLiteral("sort"));
        if (errors == expected + 1)
            FUZZ_CHECK(column == u"unchanged", QStringLiteral("sort error but column set"));
        else
            FUZZ_CHECK(column == u"unchanged" || columns->contains(column), column);
        expected = errors;
    }
}

void checkRoute(const FuzzSupport::Route &route, const QUrlQuery &query)
{
    ApiRequest request;
    request.method = route.method;
    request.path = route.path;
    request.query = query;
    request.client = QHostAddress(QHostAddress::LocalHost);
    if (route.method == "POST")
        request.headers.insert("content-type", "application/json");

    const QString context = QStringLiteral("%1 %2?%3").arg(QString::fromLatin1(route.method), route.path, query.toString(QUrl::FullyEncoded));
    QJsonObject answer;
    const ApiResponse response = api().handle(request, context, &answer);
    // The parameters were rejected, or passed on to the database (which has no tables).
    FUZZ_CHECK(response.status == 422 || response.status == 500, context + QStringLiteral(": status %1").arg(response.status));
    if (response.status == 500)
        return;
    const QJsonArray detail = answer.value(QStringLiteral("detail")).toArray();
    FUZZ_CHECK(!detail.isEmpty(), context);
    // The compare route reads its (empty) body when the query has no parameters either.
    const QString source = route.method == "POST" && query.isEmpty() ? QStringLiteral("body") : QStringLiteral("query");
    for (const QJsonValue &entry : detail) {
        const QJsonArray loc = entry.toObject().value(QStringLiteral("loc")).toArray();
        FUZZ_CHECK(loc.size() == 2 && loc.first().toString() == source && !loc.last().toString().isEmpty(), context);
    }
}

/** The local day of @p utc in @p zone as QDateTime computes it. */
qint64 localDay(const QDateTime &utc, const QTimeZone &zone)
{
    return utc.toTimeZone(zone).date().toJulianDay();
}

void checkParseIso(const QString &text, int zoneIndex)
{
    if (zones().isEmpty())
        return;
    const QTimeZone &zone = zones()[zoneIndex % zones().size()];
    const QDateTime dt = TimeUtil::parseIso(text, zone);
    const QString context = text + QStringLiteral(" in ") + QString::fromUtf8(zone.id()) + QStringLiteral(" -> ")
        + dt.toString(Qt::ISODateWithMs);
    FUZZ_CHECK(TimeUtil::parseIso(u' ' + text + u'\n', zone) == dt, context);
    if (!dt.isValid())
        return;
    FUZZ_CHECK(dt.timeSpec() == Qt::UTC && dt.time().msec() == 0, context);
    // Stored as text in UTC and read back unchanged.
    FUZZ_CHECK(!TimeUtil::toDb(dt).isNull() && TimeUtil::fromDb(TimeUtil::toDb(dt)) == dt, context);
    // Shown with an offset, in UTC or in the store's zone, and read back as the same instant.
    FUZZ_CHECK(TimeUtil::parseIso(TimeUtil::toIso(dt), zone) == dt, context + u' ' + TimeUtil::toIso(dt));
    const QDateTime local = dt.toTimeZone(zone);
    // (An ISO 8601 offset has no seconds, which the local mean time of old dates can have.)
    if (local.offsetFromUtc() % 60 == 0)
        FUZZ_CHECK(TimeUtil::parseIso(TimeUtil::toIso(local), QTimeZone::utc()) == dt, context + u' ' + TimeUtil::toIso(local));

    const QString trimmed = text.trimmed();
    static const QRegularExpression dateOnly(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    if (dateOnly.match(trimmed).hasMatch()) {
        // A date alone is the first instant of that day in the zone (of the next day, for a day
        // the zone skipped altogether).
        const QDate day = QDate::fromString(trimmed, Qt::ISODate);
        FUZZ_CHECK(local.date() >= day && local.date() <= day.addDays(1), context);
        FUZZ_CHECK(localDay(dt.addSecs(-1), zone) < day.toJulianDay(), context);
    }

    static const QRegularExpression noOffset(
        QStringLiteral("^([0-9]{4}-[0-9]{2}-[0-9]{2})[T ]([0-9]{2}:[0-9]{2})(:[0-9]{2})?(\\.[0-9]+)?$"));
    if (const QRegularExpressionMatch m = noOffset.match(trimmed); m.hasMatch()) {
        // A time without an offset is on the zone's clocks: shown in the zone it reads the same,
        // unless the zone skipped it (daylight saving), then it lands just after the change.
        const QTime time = QTime::fromString(m.captured(2) + (m.capturedLength(3) ? m.captured(3) : QStringLiteral(":00")),
                                             QStringLiteral("HH:mm:ss"));
        const QDateTime wall(QDate::fromString(m.captured(1), Qt::ISODate), time, Qt::UTC);
        const QDateTime shown(local.date(), local.time(), Qt::UTC);
        if (QDateTime(wall.date(), wall.time(), zone).isValid())
            FUZZ_CHECK(shown == wall, context);
        else
            FUZZ_CHECK(shown > wall && shown <= wall.addDays(1), context);
    }

    // LocalDays remembers the span around the last instant it was asked about, across inputs:
    // every answer must still be QDateTime's.
    static QList<TimeUtil::LocalDays> s_days = [] {
        QList<TimeUtil::LocalDays> days;
        for (const QTimeZone &z : zones())
            days << TimeUtil::LocalDays(z);
        return days;
    }();
    TimeUtil::LocalDays &days = s_days[zoneIndex % zones().size()];
    for (const qint64 delta : {qint64(0), qint64(-1), qint64(1), qint64(-3600), qint64(3600), qint64(86400), qint64(-86400 * 190)}) {
        const QDateTime at = dt.addSecs(delta);
        FUZZ_CHECK(days.dayOf(at) == localDay(at, zone), context + QStringLiteral(" LocalDays at %1").arg(delta));
    }
}

void checkFromDb(const QString &text)
{
    const QDateTime dt = TimeUtil::fromDb(QVariant(text));
    if (!dt.isValid())
        return;
    QString expected = text.trimmed().left(19);
    expected[10] = u' ';
    FUZZ_CHECK(dt.timeSpec() == Qt::UTC && dt.time().msec() == 0, text);
    FUZZ_CHECK(TimeUtil::toDb(dt).toString() == expected, text + QStringLiteral(" -> ") + TimeUtil::toDb(dt).toString());
    FUZZ_CHECK(TimeUtil::fromDb(QVariant(dt)) == dt, text);
}

void checkMoney(const QString &text, const uint8_t *bytes, size_t size)
{
    const auto m = Money::parse(text);
    static const QRegularExpression grammar(QStringLiteral("^[+-]?([0-9]{1,11}(\\.[0-9]{0,2})?|\\.[0-9]{1,2})$"));
    FUZZ_CHECK(m.has_value() == grammar.match(text.trimmed()).hasMatch(), text);
    if (m) {
        static const QRegularExpression shown(QStringLiteral("^-?[0-9]+\\.[0-9]{2}$"));
        FUZZ_CHECK(std::llabs(m->cents()) <= 10'000'000'000'000LL, text);
        FUZZ_CHECK(shown.match(m->toString()).hasMatch() && Money::parse(m->toString()) == m, text + u' ' + m->toString());
        FUZZ_CHECK(Money::fromDouble(m->toDouble()) == m, text);
    }
    if (size >= sizeof(double)) {
        double value = 0;
        std::memcpy(&value, bytes, sizeof value);
        const auto d = Money::fromDouble(value);
        const QString context = QString::number(value, 'g', 17);
        if (!std::isfinite(value) || std::fabs(value) > 1e11 * 1.000001)
            FUZZ_CHECK(!d, context);
        if (d) {
            FUZZ_CHECK(std::llabs(d->cents()) <= 10'000'000'000'000LL, context);
            FUZZ_CHECK(std::fabs(double(d->cents()) - value * 100.0) <= std::max(1e-6, std::fabs(value) * 1e-12), context);
            FUZZ_CHECK(Money::parse(d->toString()) == d, context);
        }
    }
}

void checkEnums(const QString &text)
{
    if (const auto status = SaleStatuses::parse(text)) {
        FUZZ_CHECK(SaleStatuses::toString(*status) == text, text);
        FUZZ_CHECK(SaleStatuses::names().contains(text), text);
    } else {
        FUZZ_CHECK(!SaleStatuses::names().contains(text), text);
    }
    if (const auto g = AnalyticsService::parseGranularity(text))
        FUZZ_CHECK(AnalyticsService::granularityName(*g) == text, text);
    else
        FUZZ_CHECK(!QStringList({QStringLiteral("day"), QStringLiteral("week"), QStringLiteral("month"), QStringLiteral("year")}).contains(text), text);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    api();
    if (size < 2)
        return 0;
    const int mode = uint8_t(data[0] - 'a') % 5;
    const int selector = uint8_t(data[1] - 'a');
    const QString text = FuzzSupport::text(data + 2, size - 2);
    switch (mode) {
    case 0: {
        QUrl url(QStringLiteral("http://localhost/"));
        url.setQuery(text, QUrl::TolerantMode);
        const QUrlQuery query(url);
        checkQueryParams(query);
        checkRoute(queryRoutes()[selector % queryRoutes().size()], query);
        break;
    }
    case 1: checkParseIso(text, selector); break;
    case 2: checkFromDb(text); break;
    case 3: checkMoney(text, data + 2, size - 2); break;
    case 4: checkEnums(text); break;
    }
    return 0;
}
