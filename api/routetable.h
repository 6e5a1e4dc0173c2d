// SPDX-License-Identifier: MIT
#pragma once

#include "apirequest.h"
#include "apiresponse.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

/** What OpenAPI says about one query or path parameter. */
struct ParamDoc
{
    ParamDoc(QString name, QString type = QStringLiteral("string"), QString description = {}, bool required = false)
        : name(std::move(name)), type(std::move(type)), description(std::move(description)), required(required) {}

    QString name;
    QString type; ///< "string", "integer", "number", "boolean", "date"
    QString description;
    bool required;
    QStringList enumValues;
};

/** The documentation of a route: everything /openapi.json publishes about it. */
struct RouteDoc
{
    RouteDoc(QString summary = {}, QString tag = {}) : summary(std::move(summary)), tag(std::move(tag)) {}

    QString summary;
    QString tag;
    QList<ParamDoc> query;
    QString requestSchema;  ///< component name of the JSON body, empty = no body
    QString responseSchema; ///< component name of the success body, empty = none
    bool responseIsArray = false;
    int successStatus = 200;
    QList<int> errorStatuses; ///< besides 422/429/401, which apply everywhere they can
    bool isPublic = false;    ///< reachable without the API token
    bool hidden = false;      ///< served, but left out of the document (HTML pages)
    bool cacheable = true;    ///< a GET whose 200 answers may be served from the response cache
};

/**
 * The table the server dispatches on and /openapi.json is generated from — one source, so the
 * document cannot drift from what the server answers. Paths use `{name}` for a parameter and
 * `{name:int}` for a positive integer one; a literal segment always wins over a parameter, and a
 * trailing slash is optional.
 */
class RouteTable
{
public:
    using Handler = std::function<ApiResponse(const ApiRequest &)>;

    struct Route
    {
        QByteArray method;
        QString pattern;
        QStringList segments;
        Handler handler;
        RouteDoc doc;
    };

    struct Match
    {
        const Route *route = nullptr;
        QHash<QString, QString> params;
        /** Methods the path answers to when the method did not match (for 405 + Allow). */
        QList<QByteArray> allowed;
    };

    void add(const QByteArray &method, const QString &pattern, Handler handler, RouteDoc doc = {});
    Match match(const QByteArray &method, const QString &path) const;
    const QList<Route> &routes() const { return m_routes; }

private:
    QList<Route> m_routes;
};
