// SPDX-License-Identifier: MIT
#include "analyticshandler.h"

#include "analyticsjson.h"
#include "jsonbody.h"
#include "jsonwriter.h"
#include "queryparams.h"
#include "routetable.h"
#include "store.h"


namespace AnalyticsHandler {
namespace {

/**
 * Where a request's analytics fields come from: the JSON body or the query string. One reading
 * code path for both, with errors located at ["body", …] or ["query", …].
 */
class Fields
{
public:
    explicit Fields(const QJsonObject &body) : m_body(std::in_place, body) {}
    explicit Fields(const QUrlQuery &query) : m_query(std::in_place, query) {}

    std::optional<QString> string(const QString &key)
    {
        return m_body ? m_body->string(key) : m_query->string(key);
    }
    std::optional<QDate> date(const QString &key) { return m_body ? m_body->date(key) : m_query->date(key); }
    std::optional<bool> boolean(const QString &key) { return m_body ? m_body->boolean(key) : m_query->boolean(key); }
    /** A positive id. */
    std::optional<qint64> id(const QString &key)
    {
        if (m_query)
            return m_query->integer(key);
        const auto value = m_body->integer(key);
        if (value && *value <= 0) {
            error(key, QStringLiteral("Input should be greater than 0"), QStringLiteral("greater_than"));
            return std::nullopt;
        }
        return value;
    }
    QStringList loc(const QString &key) const
    {
        return m_body ? m_body->loc(key) : QStringList{QStringLiteral("query"), key};
    }
    void error(const QString &key, const QString &msg, const QString &type)
    {
        if (m_body)
            m_body->addError(m_body->loc(key), msg, type);
        else
            m_query->addError(key, msg, type);
    }
    QDate requireDate(const QString &key)
    {
        const bool present = m_body ? m_body->has(key) : m_query->has(key);
        if (!present) {
            error(key, QStringLiteral("Field required"), QStringLiteral("missing"));
            return {};
        }
        return date(key).value_or(QDate());
    }
    /** One of @p allowed (or nullopt when absent). */
    std::optional<QString> choice(const QString &key, const QStringList &allowed)
    {
        const auto value = string(key);
        if (value && !allowed.contains(value->trimmed())) {
            error(key, QStringLiteral("Input should be one of: %1").arg(allowed.join(QStringLiteral(", "))), QStringLiteral("enum"));
            return std::nullopt;
        }
        return value ? std::optional<QString>(value->trimmed()) : std::nullopt;
    }
    void throwIfInvalid() const { m_body ? m_body->throwIfInvalid() : m_query->throwIfInvalid(); }

private:
    std::optional<JsonBody> m_body;
    std::optional<QueryParams> m_query;
};

ApiResponse jsonBody(const QByteArray &json)
{
    ApiResponse r;
    r.body = json;
    return r;
}

const QStringList kGranularities{QStringLiteral("day"), QStringLiteral("week"), QStringLiteral("month"), QStringLiteral("year")};

/** product_id, category_id and the platform filter (named @p platformKey). */
AnalyticsFilter readFilter(Fields &f, const QString &platformKey = QStringLiteral("platform"))
{
    AnalyticsFilter filter;
    filter.productId = f.id(QStringLiteral("product_id"));
    filter.categoryId = f.id(QStringLiteral("category_id"));
    if (const auto platform = f.string(platformKey))
        filter.platform = platform->trimmed();
    return filter;
}

Granularity readGranularity(Fields &f, const QString &key = QStringLiteral("group_by"))
{
    const auto name = f.choice(key, kGranularities);
    return name ? *AnalyticsService::parseGranularity(*name) : Granularity::Day;
}

/** A range from two required date fields; the range rules checked once the fields parse. */
DateRange readRange(Fields &f, const QString &startKey, const QString &endKey)
{
    const DateRange range{f.requireDate(startKey), f.requireDate(endKey)};
    f.throwIfInvalid();
    AnalyticsService::validateRange(range, f.loc(startKey), f.loc(endKey));
    return range;
}

QList<ParamDoc> filterDocs(const QString &platformKey = QStringLiteral("platform"))
{
    return {{QStringLiteral("product_id"), QStringLiteral("integer"), QStringLiteral("count only this product's lines")},
            {QStringLiteral("category_id"), QStringLiteral("integer"), QStringLiteral("count only lines of products in this category")},
            {platformKey, QStringLiteral("string"), QStringLiteral("count only orders on this sales platform")}};
}

} // namespace

void registerRoutes(RouteTable &routes, Store &store)
{
    const QString analytics = store.config().apiPrefix + QStringLiteral("/analytics");
    AnalyticsService &service = store.analytics();

    RouteDoc sales{QStringLiteral("Order count, revenue, average order value and units over a range, per day"),
                   QStringLiteral("analytics")};
    sales.requestSchema = QStringLiteral("AnalyticsSalesRequest");
    sales.responseSchema = QStringLiteral("AnalyticsSales");
    sales.errorStatuses = {400, 413, 415};
    routes.add("POST", analytics + QStringLiteral("/sales"), [&service](const ApiRequest &request) {
        Fields f(request.json);
        const AnalyticsFilter filter = readFilter(f);
        const DateRange range = readRange(f, QStringLiteral("start_date"), QStringLiteral("end_date"));
        return jsonBody(AnalyticsJson::sales(service.totals(range, filter), service.days(range, filter)));
    }, sales);

    RouteDoc revenue{QStringLiteral("Revenue per day, week, month or year over a range (every bucket, zero-filled)"),
                     QStringLiteral("analytics")};
    revenue.requestSchema = QStringLiteral("AnalyticsRevenueRequest");
    revenue.responseSchema = QStringLiteral("AnalyticsRevenue");
    revenue.errorStatuses = {400, 413, 415};
    routes.add("POST", analytics + QStringLiteral("/revenue"), [&service](const ApiRequest &request) {
        Fields f(request.json);
        const AnalyticsFilter filter = readFilter(f);
        const Granularity g = readGranularity(f);
        const DateRange range = readRange(f, QStringLiteral("start_date"), QStringLiteral("end_date"));
        return jsonBody(AnalyticsJson::revenue(service.revenue(range, g, filter)));
    }, revenue);

    RouteDoc stock{QStringLiteral("Stock totals, value and low-stock alerts with days of cover"), QStringLiteral("analytics")};
    stock.requestSchema = QStringLiteral("AnalyticsInventoryRequest");
    stock.responseSchema = QStringLiteral("AnalyticsInventory");
    stock.errorStatuses = {400, 413, 415};
    routes.add("POST", analytics + QStringLiteral("/inventory"), [&service](const ApiRequest &request) {
        Fields f(request.json);
        const bool lowOnly = f.boolean(QStringLiteral("low_stock_only")).value_or(false);
        const auto categoryId = f.id(QStringLiteral("category_id"));
        f.throwIfInvalid();
        return jsonBody(AnalyticsJson::inventory(service.inventory(lowOnly, categoryId)));
    }, stock);

    RouteDoc compare{QStringLiteral("Revenue of a period against a previous one, optionally broken down"),
                     QStringLiteral("analytics")};
    compare.requestSchema = QStringLiteral("AnalyticsCompareRequest");
    compare.responseSchema = QStringLiteral("AnalyticsCompare");
    compare.errorStatuses = {400, 413, 415};
    compare.query = QList<ParamDoc>{{QStringLiteral("current_start"), QStringLiteral("date"), QStringLiteral("used when the body is empty")},
                                    {QStringLiteral("current_end"), QStringLiteral("date")},
                                    {QStringLiteral("previous_start"), QStringLiteral("date")},
                                    {QStringLiteral("previous_end"), QStringLiteral("date")},
                                    {QStringLiteral("compare_to"), QStringLiteral("string"), QStringLiteral("previous_period or previous_year")},
                                    {QStringLiteral("group_by"), QStringLiteral("string"), QStringLiteral("day, week, month or year")},
                                    {QStringLiteral("breakdown"), QStringLiteral("string"), QStringLiteral("category, platform or product")}}
        + filterDocs();
    routes.add("POST", analytics + QStringLiteral("/revenue/compare"), [&service](const ApiRequest &request) {
        // The body's keys, or the same keys as query parameters when the body has none.
        Fields f = request.json.isEmpty() && !request.query.isEmpty() ? Fields(request.query) : Fields(request.json);
        const AnalyticsFilter filter = readFilter(f);
        const Granularity g = readGranularity(f);
        const auto compareTo = f.choice(QStringLiteral("compare_to"), {QStringLiteral("previous_period"), QStringLiteral("previous_year")});
        const QString breakdown = f.choice(QStringLiteral("breakdown"), {QStringLiteral("category"), QStringLiteral("platform"),
                                                                          QStringLiteral("product")}).value_or(QString());
        const auto previousStart = f.date(QStringLiteral("previous_start"));
        const auto previousEnd = f.date(QStringLiteral("previous_end"));
        if (previousStart.has_value() != previousEnd.has_value())
            f.error(previousStart ? QStringLiteral("previous_end") : QStringLiteral("previous_start"),
                    QStringLiteral("previous_start and previous_end go together"), QStringLiteral("missing"));
        const DateRange current = readRange(f, QStringLiteral("current_start"), QStringLiteral("current_end"));
        std::optional<DateRange> previous;
        if (previousStart && previousEnd) {
            previous = DateRange{*previousStart, *previousEnd};
            AnalyticsService::validateRange(*previous, f.loc(QStringLiteral("previous_start")), f.loc(QStringLiteral("previous_end")));
        }
        const Comparison c = service.compare(current, previous, compareTo == u"previous_year", g, filter, breakdown);
        return jsonBody(AnalyticsJson::comparison(c, !breakdown.isEmpty()));
    }, compare);

    RouteDoc dashboard{QStringLiteral("The dashboard: KPIs with changes, top products, platforms, revenue trend"),
                       QStringLiteral("analytics")};
    ParamDoc period{QStringLiteral("period"), QStringLiteral("string"), QStringLiteral("a preset ending today (store time zone), or custom")};
    period.enumValues = AnalyticsService::presets() + QStringList{QStringLiteral("custom")};
    dashboard.query = {period,
                       {QStringLiteral("start_date"), QStringLiteral("date"), QStringLiteral("with period=custom")},
                       {QStringLiteral("end_date"), QStringLiteral("date"), QStringLiteral("with period=custom")}};
    dashboard.responseSchema = QStringLiteral("DashboardSummary");
    routes.add("GET", store.config().apiPrefix + QStringLiteral("/dashboard/summary"), [&service](const ApiRequest &request) {
        Fields f(request.query);
        const QString name = f.choice(QStringLiteral("period"), AnalyticsService::presets() + QStringList{QStringLiteral("custom")})
                                 .value_or(QStringLiteral("30d"));
        f.throwIfInvalid();
        const DateRange range = name == u"custom" ? readRange(f, QStringLiteral("start_date"), QStringLiteral("end_date"))
                                                  : *service.presetRange(name);
        return jsonBody(AnalyticsJson::dashboard(service.dashboard(range)));
    }, dashboard);

    // Compact API: daily (or grouped) revenue lists, no prefix.
    RouteDoc compactRevenue{QStringLiteral("Revenue per period (compact; default the last 30 days by day)"),
                            QStringLiteral("compact")};
    compactRevenue.query = QList<ParamDoc>{{QStringLiteral("start_date"), QStringLiteral("date"), QStringLiteral("default: 29 days before end_date")},
                                           {QStringLiteral("end_date"), QStringLiteral("date"), QStringLiteral("default: today")},
                                           {QStringLiteral("group_by"), QStringLiteral("string"), QStringLiteral("day (default), week, month or year")}}
        + filterDocs(QStringLiteral("channel"));
    compactRevenue.responseSchema = QStringLiteral("CompactRevenuePoint");
    compactRevenue.responseIsArray = true;
    routes.add("GET", QStringLiteral("/sales/revenue"), [&service](const ApiRequest &request) {
        Fields f(request.query);
        const AnalyticsFilter filter = readFilter(f, QStringLiteral("channel"));
        const Granularity g = readGranularity(f);
        const QDate end = f.date(QStringLiteral("end_date")).value_or(service.today());
        const QDate start = f.date(QStringLiteral("start_date")).value_or(end.addDays(-29));
        f.throwIfInvalid();
        const DateRange range{start, end};
        AnalyticsService::validateRange(range, f.loc(QStringLiteral("start_date")), f.loc(QStringLiteral("end_date")));
        JsonWriter out;
        AnalyticsJson::compactSeries(out, service.revenue(range, g, filter));
        return jsonBody(out.data());
    }, compactRevenue);

    RouteDoc compactCompare{QStringLiteral("Daily revenue of two ranges side by side (compact)"), QStringLiteral("compact")};
    compactCompare.query = QList<ParamDoc>{{QStringLiteral("start1"), QStringLiteral("date"), {}, true},
                                           {QStringLiteral("end1"), QStringLiteral("date"), {}, true},
                                           {QStringLiteral("start2"), QStringLiteral("date"), {}, true},
                                           {QStringLiteral("end2"), QStringLiteral("date"), {}, true}}
        + filterDocs(QStringLiteral("channel"));
    compactCompare.responseSchema = QStringLiteral("CompactCompare");
    routes.add("GET", QStringLiteral("/sales/compare"), [&service](const ApiRequest &request) {
        Fields f(request.query);
        const AnalyticsFilter filter = readFilter(f, QStringLiteral("channel"));
        const DateRange first{f.requireDate(QStringLiteral("start1")), f.requireDate(QStringLiteral("end1"))};
        const DateRange second{f.requireDate(QStringLiteral("start2")), f.requireDate(QStringLiteral("end2"))};
        f.throwIfInvalid();
        AnalyticsService::validateRange(first, f.loc(QStringLiteral("start1")), f.loc(QStringLiteral("end1")));
        AnalyticsService::validateRange(second, f.loc(QStringLiteral("start2")), f.loc(QStringLiteral("end2")));
        JsonWriter out;
        out.beginObject().key("range1");
        AnalyticsJson::compactSeries(out, service.revenue(first, Granularity::Day, filter));
        out.key("range2");
        AnalyticsJson::compactSeries(out, service.revenue(second, Granularity::Day, filter));
        out.endObject();
        return jsonBody(out.data());
    }, compactCompare);
}

} // namespace AnalyticsHandler
