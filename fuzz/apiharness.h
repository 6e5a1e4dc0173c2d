// SPDX-License-Identifier: MIT
#pragma once

// The HTTP API as fuzz_json_body and fuzz_query_params drive it: ApiDispatcher over a Store whose
// SQLite database is in memory and has no tables. Everything a request does before its first
// query — parsing, decoding, validation — runs as in production; the first query fails, so nothing
// is ever stored and every input is judged on its own.

#include "apidispatcher.h"
#include "fuzzsupport.h"
#include "store.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>
#include <memory>

namespace FuzzSupport {

/** A route a target drives: its method and a concrete path. */
struct Route
{
    QByteArray method;
    QString path;
};

class ApiHarness
{
public:
    explicit ApiHarness(const QTimeZone &storeZone)
    {
        setUp();
        StoreConfig config;
        config.databaseUrl = QStringLiteral("sqlite:///:memory:");
        config.rateLimitPerMinute = 0;
        config.storeTimeZone = storeZone;
        m_store = std::make_unique<Store>(config, /*migrate=*/false);
        m_dispatcher = std::make_unique<ApiDispatcher>(*m_store);
    }

    const RouteTable &routes() const { return m_dispatcher->routes(); }

    /**
     * Handles @p request and checks what every answer must satisfy: a JSON object with "detail"
     * (nothing here can succeed), no exception other than StoreError on the way (the dispatcher
     * logs any other as "unhandled error"), and a 500 only when the request got as far as the
     * database. Returns the answer; @p context describes the request for failure messages.
     */
    ApiResponse handle(const ApiRequest &request, const QString &context, QJsonObject *answer)
    {
        loggedWarnings().clear();
        const ApiResponse response = m_dispatcher->handle(request);
        const QString where = context + QStringLiteral(": status %1, answer %2").arg(response.status).arg(QString::fromUtf8(response.body.left(500)));
        QJsonParseError error;
        *answer = QJsonDocument::fromJson(response.body, &error).object();
        FUZZ_CHECK(error.error == QJsonParseError::NoError && answer->contains(QStringLiteral("detail")), where);
        const QStringList &logged = loggedWarnings();
        for (const QString &line : logged)
            FUZZ_CHECK(!line.startsWith(QStringLiteral("unhandled error")), line + u'\n' + where);
        if (response.status == 500) {
            const bool databaseFailed = std::any_of(logged.begin(), logged.end(), [](const QString &line) {
                return line.startsWith(QStringLiteral("database error"));
            });
            FUZZ_CHECK(databaseFailed, where + u'\n' + logged.join(u'\n'));
        }
        return response;
    }

private:
    std::unique_ptr<Store> m_store;
    std::unique_ptr<ApiDispatcher> m_dispatcher;
};

} // namespace FuzzSupport
