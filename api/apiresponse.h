// SPDX-License-Identifier: MIT
#pragma once

#include "storeerror.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

/** One HTTP response: status, extra headers and a body (JSON unless contentType says otherwise). */
struct ApiResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray contentType = "application/json";

    static ApiResponse json(const QJsonObject &object, int status = 200);
    static ApiResponse json(const QJsonArray &array, int status = 200);
    /** A list page: the array plus X-Total-Count. */
    static ApiResponse list(const QJsonArray &array, qint64 total);
    static ApiResponse created(const QJsonObject &object, const QByteArray &location);
    static ApiResponse noContent();
    /** {"detail": message} */
    static ApiResponse error(int status, const QString &message);
    /** 422 {"detail": [{"loc": […], "msg": …, "type": …}, …]}; numeric loc parts become numbers. */
    static ApiResponse validation(const QList<FieldError> &errors);
    /** The status and body a StoreError maps to (Validation 422, NotFound 404, Conflict 409, …). */
    static ApiResponse fromError(const StoreError &error);

    void setHeader(const QByteArray &name, const QByteArray &value);
};
