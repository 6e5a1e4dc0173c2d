// SPDX-License-Identifier: MIT
#include "openapi.h"

#include "routetable.h"
#include "storeconfig.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace OpenApi {
namespace {

QString reasonPhrase(int status)
{
    switch (status) {
    case 200: return QStringLiteral("Successful response");
    case 201: return QStringLiteral("Created");
    case 204: return QStringLiteral("No content");
    case 400: return QStringLiteral("Malformed request or JSON body");
    case 401: return QStringLiteral("Missing or wrong bearer token");
    case 404: return QStringLiteral("Not found");
    case 405: return QStringLiteral("Method not allowed");
    case 409: return QStringLiteral("Conflict with the store's data");
    case 413: return QStringLiteral("Request body larger than 1 MiB");
    case 415: return QStringLiteral("Body is not JSON");
    case 422: return QStringLiteral("Validation error");
    case 429: return QStringLiteral("Rate limit exceeded");
    case 503: return QStringLiteral("Database unavailable");
    default: return QStringLiteral("Response");
    }
}

QJsonObject ref(const QString &schema)
{
    return {{QStringLiteral("$ref"), QString(QStringLiteral("#/components/schemas/") + schema)}};
}

QJsonObject jsonContent(const QJsonObject &schema)
{
    return {{QStringLiteral("application/json"), QJsonObject{{QStringLiteral("schema"), schema}}}};
}

QJsonObject paramSchema(const QString &type, const QStringList &enumValues)
{
    QJsonObject schema;
    if (type == u"date")
        schema = {{QStringLiteral("type"), QStringLiteral("string")}, {QStringLiteral("format"), QStringLiteral("date")}};
    else if (type == u"integer")
        schema = {{QStringLiteral("type"), QStringLiteral("integer")}, {QStringLiteral("format"), QStringLiteral("int64")}};
    else
        schema = {{QStringLiteral("type"), type}};
    if (!enumValues.isEmpty())
        schema.insert(QStringLiteral("enum"), QJsonArray::fromStringList(enumValues));
    return schema;
}

QString operationId(const QByteArray &method, const QString &pattern)
{
    QString id = QString::fromLatin1(method).toLower();
    static const QRegularExpression nonWord(QStringLiteral("[^A-Za-z0-9]+"));
    QString path = pattern;
    path.replace(QStringLiteral(":int"), QString());
    const QStringList parts = path.split(nonWord, Qt::SkipEmptyParts);
    for (const QString &part : parts)
        id += u'_' + part.toLower();
    return id;
}

} // namespace

QJsonObject schemas()
{
    QJsonObject all;
    const QStringList files = QDir(QStringLiteral(":/storedesk/api/schemas")).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        QFile f(QStringLiteral(":/storedesk/api/schemas/") + file);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject part = QJsonDocument::fromJson(f.readAll()).object();
        for (auto it = part.begin(); it != part.end(); ++it)
            all.insert(it.key(), it.value());
    }
    return all;
}

QJsonObject document(const RouteTable &routes, const StoreConfig &config)
{
    QJsonObject paths;
    QStringList tags;
    for (const RouteTable::Route &route : routes.routes()) {
        if (route.doc.hidden)
            continue;
        QString path = route.pattern;
        path.replace(QStringLiteral(":int}"), QStringLiteral("}"));
        if (path.isEmpty())
            path = QStringLiteral("/");

        QJsonArray parameters;
        for (const QString &segment : route.segments) {
            if (!segment.startsWith(u'{'))
                continue;
            const QString inner = segment.mid(1, segment.size() - 2);
            const bool integer = inner.endsWith(QStringLiteral(":int"));
            const QString name = integer ? inner.left(inner.size() - 4) : inner;
            parameters.append(QJsonObject{{QStringLiteral("name"), name},
                                          {QStringLiteral("in"), QStringLiteral("path")},
                                          {QStringLiteral("required"), true},
                                          {QStringLiteral("schema"), paramSchema(integer ? QStringLiteral("integer") : QStringLiteral("string"), {})}});
        }
        for (const ParamDoc &p : route.doc.query) {
            QJsonObject param{{QStringLiteral("name"), p.name},
                              {QStringLiteral("in"), QStringLiteral("query")},
                              {QStringLiteral("required"), p.required},
                              {QStringLiteral("schema"), paramSchema(p.type, p.enumValues)}};
            if (!p.description.isEmpty())
                param.insert(QStringLiteral("description"), p.description);
            parameters.append(param);
        }

        QJsonObject op{{QStringLiteral("summary"), route.doc.summary},
                       {QStringLiteral("operationId"), operationId(route.method, route.pattern)}};
        if (!route.doc.tag.isEmpty()) {
            op.insert(QStringLiteral("tags"), QJsonArray{route.doc.tag});
            if (!tags.contains(route.doc.tag))
                tags << route.doc.tag;
        }
        if (!parameters.isEmpty())
            op.insert(QStringLiteral("parameters"), parameters);
        if (!route.doc.requestSchema.isEmpty())
            op.insert(QStringLiteral("requestBody"), QJsonObject{{QStringLiteral("required"), true},
                                                                 {QStringLiteral("content"), jsonContent(ref(route.doc.requestSchema))}});

        QJsonObject responses;
        QJsonObject success{{QStringLiteral("description"), reasonPhrase(route.doc.successStatus)}};
        if (!route.doc.responseSchema.isEmpty()) {
            const QJsonObject schema = route.doc.responseIsArray
                ? QJsonObject{{QStringLiteral("type"), QStringLiteral("array")}, {QStringLiteral("items"), ref(route.doc.responseSchema)}}
                : ref(route.doc.responseSchema);
            success.insert(QStringLiteral("content"), jsonContent(schema));
        }
        if (route.doc.responseIsArray)
            success.insert(QStringLiteral("headers"),
                           QJsonObject{{QStringLiteral("X-Total-Count"),
                                        QJsonObject{{QStringLiteral("description"), QStringLiteral("Number of matching items")},
                                                    {QStringLiteral("schema"), QJsonObject{{QStringLiteral("type"), QStringLiteral("integer")}}}}}});
        responses.insert(QString::number(route.doc.successStatus), success);
        QList<int> errors = route.doc.errorStatuses;
        if (!route.doc.requestSchema.isEmpty() || !parameters.isEmpty())
            errors << 422;
        if (!route.doc.isPublic)
            errors << 401 << 429;
        std::sort(errors.begin(), errors.end());
        errors.erase(std::unique(errors.begin(), errors.end()), errors.end());
        for (int status : errors) {
            const QString schema = status == 422 ? QStringLiteral("HTTPValidationError") : QStringLiteral("HTTPError");
            responses.insert(QString::number(status), QJsonObject{{QStringLiteral("description"), reasonPhrase(status)},
                                                                  {QStringLiteral("content"), jsonContent(ref(schema))}});
        }
        op.insert(QStringLiteral("responses"), responses);
        if (route.doc.isPublic)
            op.insert(QStringLiteral("security"), QJsonArray());

        QJsonObject item = paths.value(path).toObject();
        item.insert(QString::fromLatin1(route.method).toLower(), op);
        paths.insert(path, item);
    }

    // The compact API goes last: it is the older, flat-record design kept for existing clients.
    if (tags.removeAll(QStringLiteral("compact")) > 0)
        tags << QStringLiteral("compact");
    QJsonArray tagList;
    for (const QString &tag : std::as_const(tags)) {
        const QString description = tag == u"compact"
            ? QStringLiteral("The compact API: no prefix, flat records, over the same data and services")
            : QStringLiteral("%1 routes").arg(tag);
        tagList.append(QJsonObject{{QStringLiteral("name"), tag}, {QStringLiteral("description"), description}});
    }

    return {{QStringLiteral("openapi"), QStringLiteral("3.0.3")},
            {QStringLiteral("info"), QJsonObject{{QStringLiteral("title"), config.projectName},
                                                 {QStringLiteral("version"), QStringLiteral(STOREDESK_VERSION)},
                                                 {QStringLiteral("description"), QStringLiteral("StoreDesk's HTTP JSON API: catalogue, stock, customers, sales and analytics.")},
                                                 {QStringLiteral("license"), QJsonObject{{QStringLiteral("name"), QStringLiteral("MIT")}, {QStringLiteral("url"), QStringLiteral("https://opensource.org/licenses/MIT")}}}}},
            {QStringLiteral("servers"), QJsonArray{QJsonObject{{QStringLiteral("url"), QStringLiteral("/")}}}},
            {QStringLiteral("tags"), tagList},
            {QStringLiteral("paths"), paths},
            {QStringLiteral("security"), QJsonArray{QJsonObject{{QStringLiteral("bearerAuth"), QJsonArray()}}}},
            {QStringLiteral("components"),
             QJsonObject{{QStringLiteral("schemas"), schemas()},
                         {QStringLiteral("securitySchemes"),
                          QJsonObject{{QStringLiteral("bearerAuth"), QJsonObject{{QStringLiteral("type"), QStringLiteral("http")},
                                                                                 {QStringLiteral("scheme"), QStringLiteral("bearer")}}}}}}}};
}

} // namespace OpenApi
