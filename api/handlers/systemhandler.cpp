// SPDX-License-Identifier: MIT
#include "systemhandler.h"

#include "openapi.h"
#include "routetable.h"
#include "store.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QMutex>

namespace SystemHandler {
namespace {

bool haveAsset(const QString &name)
{
    return QFile::exists(QStringLiteral(":/storedesk/docs/") + name);
}

ApiResponse asset(const QString &name, const QByteArray &type)
{
    QFile file(QStringLiteral(":/storedesk/docs/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return ApiResponse::error(404, QStringLiteral("Not Found"));
    ApiResponse r;
    r.body = file.readAll();
    r.contentType = type;
    r.setHeader("Cache-Control", "public, max-age=86400");
    return r;
}

ApiResponse html(const QString &text)
{
    ApiResponse r;
    r.body = text.toUtf8();
    r.contentType = "text/html; charset=utf-8";
    return r;
}

/** Without the bundled viewers: a plain page listing every route. */
ApiResponse routeList(const RouteTable &routes, const QString &title)
{
    QString rows;
    for (const RouteTable::Route &route : routes.routes()) {
        if (route.doc.hidden)
            continue;
        QString path = route.pattern;
        path.replace(QStringLiteral(":int}"), QStringLiteral("}"));
        rows += QStringLiteral("<tr><td><code>%1</code></td><td><code>%2</code></td><td>%3</td></tr>\n")
                    .arg(QString::fromLatin1(route.method), path.toHtmlEscaped(), route.doc.summary.toHtmlEscaped());
    }
    return html(QStringLiteral("<!doctype html><html><head><meta charset=\"utf-8\"><title>%1</title></head><body>"
                               "<h1>%1</h1><p>The machine-readable description is at <a href=\"/openapi.json\">/openapi.json</a>.</p>"
                               "<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\"><tr><th>Method</th><th>Path</th><th>Summary</th></tr>\n%2</table>"
                               "</body></html>")
                    .arg(title.toHtmlEscaped(), rows));
}

} // namespace

void registerRoutes(RouteTable &routes, Store &store, QObject *)
{
    RouteDoc openapi{QStringLiteral("The OpenAPI 3 description of this API"), QStringLiteral("system")};
    openapi.isPublic = true;
    routes.add("GET", QStringLiteral("/openapi.json"), [&routes, &store](const ApiRequest &) {
        // Built once, on first use, when every handler has registered its routes.
        static QMutex s_lock;
        static QByteArray s_document;
        QMutexLocker lock(&s_lock);
        if (s_document.isEmpty())
            s_document = QJsonDocument(OpenApi::document(routes, store.config())).toJson(QJsonDocument::Compact);
        ApiResponse r;
        r.body = s_document;
        return r;
    }, openapi);

    const QString title = store.config().projectName;
    RouteDoc docs{QStringLiteral("Interactive API documentation (Swagger UI)"), QStringLiteral("system")};
    docs.isPublic = true;
    docs.hidden = true;
    routes.add("GET", QStringLiteral("/docs"), [&routes, title](const ApiRequest &) {
        if (!haveAsset(QStringLiteral("swagger-ui-bundle.js")))
            return routeList(routes, title);
        return html(QStringLiteral("<!doctype html><html><head><meta charset=\"utf-8\"><title>%1 — Swagger UI</title>"
                                   "<link rel=\"stylesheet\" href=\"/docs/swagger-ui.css\"></head><body><div id=\"swagger-ui\"></div>"
                                   "<script src=\"/docs/swagger-ui-bundle.js\"></script><script>"
                                   "window.ui = SwaggerUIBundle({url: '/openapi.json', dom_id: '#swagger-ui', deepLinking: true});"
                                   "</script></body></html>")
                        .arg(title.toHtmlEscaped()));
    }, docs);
    routes.add("GET", QStringLiteral("/docs/swagger-ui-bundle.js"),
               [](const ApiRequest &) { return asset(QStringLiteral("swagger-ui-bundle.js"), "application/javascript"); }, docs);
    routes.add("GET", QStringLiteral("/docs/swagger-ui.css"),
               [](const ApiRequest &) { return asset(QStringLiteral("swagger-ui.css"), "text/css"); }, docs);
    routes.add("GET", QStringLiteral("/redoc"), [&routes, title](const ApiRequest &) {
        if (!haveAsset(QStringLiteral("redoc.standalone.js")))
            return routeList(routes, title);
        return html(QStringLiteral("<!doctype html><html><head><meta charset=\"utf-8\"><title>%1 — ReDoc</title></head><body>"
                                   "<redoc spec-url=\"/openapi.json\"></redoc><script src=\"/redoc/redoc.standalone.js\"></script>"
                                   "</body></html>")
                        .arg(title.toHtmlEscaped()));
    }, docs);
    routes.add("GET", QStringLiteral("/redoc/redoc.standalone.js"),
               [](const ApiRequest &) { return asset(QStringLiteral("redoc.standalone.js"), "application/javascript"); }, docs);

    static QElapsedTimer s_uptime;
    if (!s_uptime.isValid())
        s_uptime.start();

    RouteDoc health{QStringLiteral("Service and database health"), QStringLiteral("system")};
    health.responseSchema = QStringLiteral("Health");
    health.errorStatuses = {503};
    health.isPublic = true;
    health.cacheable = false; // uptime changes; the ping has its own one-second memory
    routes.add("GET", QStringLiteral("/health"), [&store](const ApiRequest &) {
        // The database is pinged at most once a second: load balancers and monitors poll this
        // route hard, and the answer must cost next to nothing.
        static QMutex s_pingLock;
        static qint64 s_lastPingMs = -1;
        static bool s_lastOk = false;
        bool ok = false;
        {
            QMutexLocker lock(&s_pingLock);
            const qint64 now = s_uptime.elapsed();
            if (s_lastPingMs < 0 || now - s_lastPingMs >= 1000) {
                s_lastOk = store.database().ping();
                s_lastPingMs = s_uptime.elapsed();
            }
            ok = s_lastOk;
        }
        ApiResponse r;
        r.status = ok ? 200 : 503;
        r.body = QByteArrayLiteral("{\"status\":\"") + (ok ? "ok" : "degraded") + "\",\"database\":\""
            + (ok ? "ok" : "unavailable") + "\",\"version\":\"" STOREDESK_VERSION "\",\"uptime_s\":"
            + QByteArray::number(double(s_uptime.elapsed() / 100) / 10.0, 'f', 1) + '}';
        return r;
    }, health);

    RouteDoc root{QStringLiteral("Service banner"), QStringLiteral("system")};
    root.responseSchema = QStringLiteral("Root");
    root.isPublic = true;
    routes.add("GET", QStringLiteral("/"), [&store](const ApiRequest &) {
        return ApiResponse::json(QJsonObject{{QStringLiteral("message"), store.config().projectName},
                                             {QStringLiteral("version"), QStringLiteral(STOREDESK_VERSION)},
                                             {QStringLiteral("docs"), QStringLiteral("/docs")}});
    }, root);
}

} // namespace SystemHandler
