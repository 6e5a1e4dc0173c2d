// SPDX-License-Identifier: MIT
#include "apiresponse.h"

#include <QJsonDocument>

ApiResponse ApiResponse::json(const QJsonObject &object, int status)
{
    ApiResponse r;
    r.status = status;
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return r;
}

ApiResponse ApiResponse::json(const QJsonArray &array, int status)
{
    ApiResponse r;
    r.status = status;
    r.body = QJsonDocument(array).toJson(QJsonDocument::Compact);
    return r;
}

ApiResponse ApiResponse::list(const QJsonArray &array, qint64 total)
{
    ApiResponse r = json(array);
    r.setHeader("X-Total-Count", QByteArray::number(total));
    return r;
}

ApiResponse ApiResponse::created(const QJsonObject &object, const QByteArray &location)
{
    ApiResponse r = json(object, 201);
    r.setHeader("Location", location);
    return r;
}

ApiResponse ApiResponse::noContent()
{
    ApiResponse r;
    r.status = 204;
    r.contentType.clear();
    return r;
}

ApiResponse ApiResponse::error(int status, const QString &message)
{
    return json(QJsonObject{{QStringLiteral("detail"), message}}, status);
}

ApiResponse ApiResponse::validation(const QList<FieldError> &errors)
{
    QJsonArray detail;
    for (const FieldError &e : errors) {
        QJsonArray loc;
        for (const QString &part : e.loc) {
            bool numeric = false;
            const int index = part.toInt(&numeric);
            loc.append(numeric ? QJsonValue(index) : QJsonValue(part));
        }
        detail.append(QJsonObject{{QStringLiteral("loc"), loc}, {QStringLiteral("msg"), e.msg}, {QStringLiteral("type"), e.type}});
    }
    return json(QJsonObject{{QStringLiteral("detail"), detail}}, 422);
}

ApiResponse ApiResponse::fromError(const StoreError &error)
{
    switch (error.kind()) {
    case StoreError::Kind::Validation: {
        QList<FieldError> fields = error.fieldErrors();
        for (FieldError &f : fields) {
            if (f.loc.isEmpty() || (f.loc.first() != u"body" && f.loc.first() != u"query" && f.loc.first() != u"path"))
                f.loc.prepend(QStringLiteral("body"));
        }
        return validation(fields);
    }
    case StoreError::Kind::NotFound: return ApiResponse::error(404, error.message());
    case StoreError::Kind::Conflict: return ApiResponse::error(409, error.message());
    case StoreError::Kind::Unavailable: return ApiResponse::error(503, error.message());
    case StoreError::Kind::Config:
    case StoreError::Kind::Schema:
    case StoreError::Kind::Internal: break;
    }
    return ApiResponse::error(500, QStringLiteral("internal server error"));
}

void ApiResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.append({name, value});
}
