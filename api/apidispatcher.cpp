// SPDX-License-Identifier: MIT
#include "apidispatcher.h"

#include "handlers/analyticshandler.h"
#include "handlers/categoryhandler.h"
#include "handlers/customerhandler.h"
#include "handlers/inventoryhandler.h"
#include "handlers/producthandler.h"
#include "handlers/salehandler.h"
#include "handlers/systemhandler.h"
#include "store.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLoggingCategory>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

#include <cmath>

Q_LOGGING_CATEGORY(lcApi, "storedesk.api", QtInfoMsg)

namespace {

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    // Compare keyed digests, so the time taken says nothing about where the inputs differ.
    const QByteArray key = QByteArrayLiteral("storedesk-token-compare");
    const QByteArray ha = QMessageAuthenticationCode::hash(a, key, QCryptographicHash::Sha256);
    const QByteArray hb = QMessageAuthenticationCode::hash(b, key, QCryptographicHash::Sha256);
    unsigned char diff = 0;
    for (qsizetype i = 0; i < ha.size(); ++i)
        diff |= static_cast<unsigned char>(ha[i] ^ hb[i]);
    return diff == 0;
}

bool isBodyMethod(const QByteArray &method)
{
    return method == "POST" || method == "PUT" || method == "PATCH";
}

} // namespace

ApiDispatcher::ApiDispatcher(Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    // Exact on SQLite (other processes' commits are seen); elsewhere at most 1 s behind them.
    , m_cache(ResponseCache::Limits{32 * 1024 * 1024, 1024, store.database().seesExternalChanges() ? 60'000 : 1'000})
{
    m_clock.start();
    m_apiToken = store.config().apiToken.toUtf8();
    qRegisterMetaType<RequestLogEntry>();
    // Request ids: a random per-process prefix and a counter — unique without a random draw per
    // request (QUuid::createUuid cost a few percent of /health's throughput).
    m_requestIdPrefix = QByteArray::number(QRandomGenerator::system()->generate64(), 16).rightJustified(16, '0') + '-';
    SystemHandler::registerRoutes(m_routes, m_store, this);
    CategoryHandler::registerRoutes(m_routes, m_store);
    ProductHandler::registerRoutes(m_routes, m_store);
    InventoryHandler::registerRoutes(m_routes, m_store);
    CustomerHandler::registerRoutes(m_routes, m_store);
    SaleHandler::registerRoutes(m_routes, m_store);
    AnalyticsHandler::registerRoutes(m_routes, m_store);
}

ApiResponse ApiDispatcher::handle(const ApiRequest &request)
{
    QElapsedTimer timer;
    timer.start();
    QByteArray requestId = request.header("x-request-id").left(128);
    if (requestId.isEmpty())
        requestId = m_requestIdPrefix + QByteArray::number(++m_requestCounter, 16);

    ApiResponse response;
    try {
        response = route(request);
    } catch (const StoreError &e) {
        response = ApiResponse::fromError(e);
    } catch (const std::exception &e) {
        qCWarning(lcApi) << "unhandled error:" << e.what();
        response = ApiResponse::error(500, QStringLiteral("internal server error"));
    }
    addCors(request, response);
    response.setHeader("X-Request-ID", requestId);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    response.setHeader("X-Process-Time", QByteArray::number(ms / 1000.0, 'f', 6));

    if (!m_logObserved.loadRelaxed() && !lcApi().isInfoEnabled())
        return response;
    RequestLogEntry entry{QDateTime::currentDateTimeUtc(), request.client.toString(), request.method, request.path,
                          response.status, response.body.size(), ms, requestId};
    qCInfo(lcApi).noquote() << QStringLiteral("%1 %2 %3 %4 %5 %6B %7ms")
                                   .arg(entry.time.toString(Qt::ISODateWithMs), entry.client,
                                        QString::fromLatin1(entry.method), entry.path)
                                   .arg(entry.status)
                                   .arg(entry.bytes)
                                   .arg(ms, 0, 'f', 2);
    emit requestLogged(entry);
    return response;
}

ApiResponse ApiDispatcher::route(const ApiRequest &request)
{
    const StoreConfig &config = m_store.config();

    if (request.method == "OPTIONS" && !request.header("access-control-request-method").isEmpty()) {
        const QByteArray origin = request.header("origin");
        if (!origin.isEmpty() && !originAllowed(origin))
            return ApiResponse::error(403, QStringLiteral("origin '%1' is not allowed (STOREDESK_CORS_ORIGINS)").arg(QString::fromUtf8(origin)));
        ApiResponse preflight;
        preflight.status = 204;
        preflight.contentType.clear();
        return preflight;
    }

    const RouteTable::Match match = m_routes.match(request.method, request.path);
    if (!match.route) {
        if (!match.allowed.isEmpty()) {
            ApiResponse r = ApiResponse::error(405, QStringLiteral("Method Not Allowed"));
            QByteArrayList allowed(match.allowed.begin(), match.allowed.end());
            r.setHeader("Allow", allowed.join(", "));
            return r;
        }
        return ApiResponse::error(404, QStringLiteral("Not Found"));
    }

    if (!m_apiToken.isEmpty() && !match.route->doc.isPublic) {
        const QByteArray auth = request.header("authorization");
        const QByteArray expected = "Bearer " + m_apiToken;
        if (!constantTimeEquals(auth, expected)) {
            ApiResponse r = ApiResponse::error(401, QStringLiteral("Not authenticated"));
            r.setHeader("WWW-Authenticate", "Bearer");
            return r;
        }
    }

    if (config.rateLimitPerMinute > 0) {
        int retryAfter = 0;
        double remaining = 0;
        const bool allowed = allowRate(request.client, &retryAfter, &remaining);
        if (!allowed) {
            ApiResponse r = ApiResponse::error(429, QStringLiteral("Too Many Requests"));
            r.setHeader("Retry-After", QByteArray::number(retryAfter));
            r.setHeader("X-RateLimit-Limit", QByteArray::number(config.rateLimitPerMinute));
            r.setHeader("X-RateLimit-Remaining", "0");
            return r;
        }
    }

    ApiRequest routed = request;
    routed.params = match.params;
    if (isBodyMethod(request.method) && !match.route->doc.requestSchema.isEmpty()) {
        if (request.body.size() > kMaxBodyBytes)
            return ApiResponse::error(413, QStringLiteral("Request body larger than 1 MiB"));
        const QByteArray type = request.header("content-type").split(';').first().trimmed().toLower();
        if (!request.body.isEmpty() && !type.isEmpty() && type != "application/json" && !type.endsWith("+json"))
            return ApiResponse::error(415, QStringLiteral("Content-Type must be application/json"));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body.isEmpty() ? QByteArrayLiteral("{}") : request.body, &error);
        if (error.error != QJsonParseError::NoError)
            return ApiResponse::error(400, QStringLiteral("Malformed JSON body: %1 at offset %2").arg(error.errorString()).arg(error.offset));
        if (!doc.isObject())
            return ApiResponse::validation({FieldError{{QStringLiteral("body")}, QStringLiteral("Input should be a JSON object"),
                                                       QStringLiteral("model_attributes_type")}});
        routed.json = doc.object();
    }
    if ((request.method != "GET" && request.method != "HEAD") || !match.route->doc.cacheable)
        return match.route->handler(routed);

    // A GET answered from the cache while the data is unchanged: list pages are read far more
    // often than the store changes, and building one costs a query and its JSON each time.
    const QByteArray key = request.path.toUtf8() + '?' + request.query.toString(QUrl::FullyEncoded).toUtf8();
    const Database::ChangeStamp stamp = m_store.database().changeStamp();
    if (std::optional<ApiResponse> cached = m_cache.find(key, stamp, m_clock.elapsed()))
        return *std::move(cached);
    ApiResponse response = match.route->handler(routed);
    if (response.status == 200)
        m_cache.insert(key, stamp, m_clock.elapsed(), response);
    return response;
}

bool ApiDispatcher::allowRate(const QHostAddress &client, int *retryAfter, double *remaining)
{
    const double capacity = m_store.config().rateLimitPerMinute;
    const double perMs = capacity / 60000.0;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QMutexLocker lock(&m_bucketsLock);
    // A bucket that has refilled is the same as none: drop those when the table grows, so
    // clients cycling through addresses cannot grow it without bound.
    if (m_buckets.size() >= kMaxBuckets) {
        m_buckets.removeIf([&](const QHash<QString, Bucket>::iterator &it) {
            return it->tokens + double(now - it->lastMs) * perMs >= capacity;
        });
        if (m_buckets.size() >= kMaxBuckets) // all of them still draining: forget those idle for a second
            m_buckets.removeIf([&](const QHash<QString, Bucket>::iterator &it) { return now - it->lastMs > 1000; });
    }
    Bucket &bucket = m_buckets.insert(client.toString(), m_buckets.value(client.toString(), Bucket{capacity, now})).value();
    bucket.tokens = std::min(capacity, bucket.tokens + double(now - bucket.lastMs) * perMs);
    bucket.lastMs = now;
    if (bucket.tokens < 1.0) {
        *retryAfter = std::max(1, int(std::ceil((1.0 - bucket.tokens) / perMs / 1000.0)));
        return false;
    }
    bucket.tokens -= 1.0;
    *remaining = bucket.tokens;
    return true;
}

bool ApiDispatcher::originAllowed(const QByteArray &origin) const
{
    const QStringList &allowed = m_store.config().corsOrigins;
    return allowed.contains(QStringLiteral("*")) || allowed.contains(QString::fromUtf8(origin));
}

void ApiDispatcher::addCors(const ApiRequest &request, ApiResponse &response) const
{
    const QByteArray origin = request.header("origin");
    if (origin.isEmpty() || !originAllowed(origin))
        return;
    const bool any = m_store.config().corsOrigins.contains(QStringLiteral("*"));
    response.setHeader("Access-Control-Allow-Origin", any ? QByteArray("*") : origin);
    if (!any)
        response.setHeader("Vary", "Origin");
    response.setHeader("Access-Control-Expose-Headers", "X-Total-Count, X-Request-ID, X-Process-Time, Retry-After, Location");
    if (request.method == "OPTIONS") {
        response.setHeader("Access-Control-Allow-Methods", "GET, POST, PUT, PATCH, DELETE, OPTIONS");
        const QByteArray headers = request.header("access-control-request-headers");
        response.setHeader("Access-Control-Allow-Headers", headers.isEmpty() ? QByteArray("Authorization, Content-Type, X-Request-ID") : headers);
        response.setHeader("Access-Control-Max-Age", "600");
    }
}
