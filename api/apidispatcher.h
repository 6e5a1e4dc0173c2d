// SPDX-License-Identifier: MIT
#pragma once

#include "apirequest.h"
#include "apiresponse.h"
#include "responsecache.h"
#include "routetable.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QObject>

class Store;

/** One line of the request log (also shown live in the GUI's API panel). */
struct RequestLogEntry
{
    QDateTime time;
    QString client;
    QByteArray method;
    QString path;
    int status = 0;
    qint64 bytes = 0;
    double durationMs = 0;
    QByteArray requestId;
};
Q_DECLARE_METATYPE(RequestLogEntry)

/**
 * Turns an ApiRequest into an ApiResponse: the middleware of SPEC §4.3 (request id, timing,
 * CORS, bearer token, rate limit, body checks, logging) around the route table. Independent of
 * the HTTP engine, so it is testable and the sample-data export can call the same handlers.
 */
class ApiDispatcher : public QObject
{
    Q_OBJECT

public:
    explicit ApiDispatcher(Store &store, QObject *parent = nullptr);

    const RouteTable &routes() const { return m_routes; }
    ApiResponse handle(const ApiRequest &request);

    /**
     * Whether anyone listens to requestLogged (set by ApiServer as receivers come and go): when
     * nobody does and the log category is off, no log entry is built at all.
     */
    void setLogObserved(bool observed) { m_logObserved.storeRelaxed(observed); }

    /** The bearer token requests need (empty: none); STOREDESK_API_TOKEN unless set. Call while not serving. */
    void setApiToken(const QString &token) { m_apiToken = token.toUtf8(); }
    QString apiToken() const { return QString::fromUtf8(m_apiToken); }

    /** Largest accepted request body. */
    static constexpr qint64 kMaxBodyBytes = 1024 * 1024;

signals:
    void requestLogged(const RequestLogEntry &entry);

private:
    ApiResponse route(const ApiRequest &request);
    bool allowRate(const QHostAddress &client, int *retryAfter, double *remaining);
    /** Whether STOREDESK_CORS_ORIGINS lets a browser page from @p origin call the API. */
    bool originAllowed(const QByteArray &origin) const;
    void addCors(const ApiRequest &request, ApiResponse &response) const;

    Store &m_store;
    RouteTable m_routes;
    QAtomicInteger<bool> m_logObserved = false;
    QByteArray m_apiToken;
    ResponseCache m_cache;
    QElapsedTimer m_clock;
    QByteArray m_requestIdPrefix;
    QAtomicInteger<quint64> m_requestCounter = 0;
    struct Bucket
    {
        double tokens;
        qint64 lastMs;
    };
    static constexpr qsizetype kMaxBuckets = 100'000;
    QHash<QString, Bucket> m_buckets;
    QMutex m_bucketsLock;
};
