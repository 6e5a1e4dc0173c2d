// SPDX-License-Identifier: MIT
#pragma once

#include "apiserver.h"
#include "store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

#include <memory>

/** A reply as the black-box API tests see it. */
struct ApiReply
{
    int status = 0;
    QHash<QByteArray, QByteArray> headers; ///< lower-case names
    QByteArray body;
    QJsonDocument json;

    QJsonObject object() const { return json.object(); }
    QJsonArray array() const { return json.array(); }
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

/** @p list, sorted. */
QStringList sorted(QStringList list);

/**
 * "body.price:greater_than_equal" per entry of a 422 body, sorted; an entry without exactly
 * loc/msg/type (or with an empty msg) yields a "<bad entry …>" line, so any comparison fails.
 */
QStringList validationErrors(const ApiReply &reply);

/**
 * Starts a real ApiServer on 127.0.0.1 with an ephemeral port over @p store and talks to it over
 * HTTP, synchronously, as an API client would.
 */
class ApiTestClient
{
public:
    explicit ApiTestClient(Store &store);
    ~ApiTestClient();

    ApiServer &server() { return *m_server; }
    quint16 port() const { return m_server->port(); }

    ApiReply get(const QString &path, const QList<QPair<QByteArray, QByteArray>> &headers = {});
    ApiReply post(const QString &path, const QJsonObject &body, const QList<QPair<QByteArray, QByteArray>> &headers = {});
    ApiReply put(const QString &path, const QJsonObject &body);
    ApiReply del(const QString &path);
    /** Any method with a raw body (for malformed JSON, wrong content types, …). */
    ApiReply send(const QByteArray &method, const QString &path, const QByteArray &body = {},
                  const QList<QPair<QByteArray, QByteArray>> &headers = {});

private:
    std::unique_ptr<ApiServer> m_server;
    QNetworkAccessManager m_network;
};
