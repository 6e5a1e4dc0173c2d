// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

/** One HTTP request as the handlers see it, independent of the HTTP engine. */
struct ApiRequest
{
    QByteArray method; ///< "GET", "POST", …
    QString path;      ///< decoded path without the query, e.g. "/api/v1/products/12"
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; ///< lower-case names
    QByteArray body;
    /** The parsed body of a route that takes JSON (filled in by ApiDispatcher). */
    QJsonObject json;
    QHostAddress client;
    /** Path parameters matched by the route ("{id}" → "12"). */
    QHash<QString, QString> params;

    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
    /** A path parameter as a positive integer (the router only matches digits for integer params). */
    qint64 id(const QString &name = QStringLiteral("id")) const { return params.value(name).toLongLong(); }
};
