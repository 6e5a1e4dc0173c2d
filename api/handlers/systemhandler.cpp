// SPDX-License-Identifier: MIT
#include "systemhandler.h"

#include "routetable.h"
#include "store.h"

#include <QElapsedTimer>

namespace SystemHandler {

void registerRoutes(RouteTable &routes, Store &store, QObject *)
{
    static QElapsedTimer s_uptime;
    if (!s_uptime.isValid())
        s_uptime.start();

    RouteDoc health{QStringLiteral("Service and database health"), QStringLiteral("system")};
    health.responseSchema = QStringLiteral("Health");
    health.errorStatuses = {503};
    health.isPublic = true;
    routes.add("GET", QStringLiteral("/health"), [&store](const ApiRequest &) {
        const bool ok = store.database().ping();
        QJsonObject body{{QStringLiteral("status"), ok ? QStringLiteral("ok") : QStringLiteral("degraded")},
                         {QStringLiteral("database"), ok ? QStringLiteral("ok") : QStringLiteral("unavailable")},
                         {QStringLiteral("version"), QStringLiteral(STOREDESK_VERSION)},
                         {QStringLiteral("uptime_s"), double(s_uptime.elapsed() / 100) / 10.0}};
        return ApiResponse::json(body, ok ? 200 : 503);
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
