// SPDX-License-Identifier: MIT
#include "apitestclient.h"

#include <QBuffer>
#include <QEventLoop>
#include <QNetworkReply>
#include <QTimer>

ApiTestClient::ApiTestClient(Store &store)
    : m_server(std::make_unique<ApiServer>(store))
{
    QString error;
    if (!m_server->start(QStringLiteral("127.0.0.1"), 0, &error))
        qFatal("cannot start the API server: %s", qPrintable(error));
}

ApiTestClient::~ApiTestClient()
{
    m_server->stop();
}

ApiReply ApiTestClient::send(const QByteArray &method, const QString &path, const QByteArray &body,
                             const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server->port()) + path));
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QBuffer *buffer = new QBuffer;
    buffer->setData(body);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, buffer);
    buffer->setParent(reply);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    ApiReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const auto &pair : reply->rawHeaderPairs())
        result.headers.insert(pair.first.toLower(), pair.second);
    result.body = reply->readAll();
    result.json = QJsonDocument::fromJson(result.body);
    reply->deleteLater();
    return result;
}

ApiReply ApiTestClient::get(const QString &path, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return send("GET", path, {}, headers);
}

ApiReply ApiTestClient::post(const QString &path, const QJsonObject &body, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    auto all = headers;
    all.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), all);
}

ApiReply ApiTestClient::put(const QString &path, const QJsonObject &body)
{
    return send("PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact), {{"Content-Type", "application/json"}});
}

ApiReply ApiTestClient::del(const QString &path)
{
    return send("DELETE", path);
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QStringList validationErrors(const ApiReply &reply)
{
    QStringList result;
    if (!reply.object().value(QStringLiteral("detail")).isArray())
        return {QStringLiteral("<detail is not an array>")};
    for (const QJsonValue &v : reply.object().value(QStringLiteral("detail")).toArray()) {
        const QJsonObject e = v.toObject();
        if (e.keys() != QStringList{QStringLiteral("loc"), QStringLiteral("msg"), QStringLiteral("type")}
            || e.value(QStringLiteral("msg")).toString().isEmpty()) {
            result << QStringLiteral("<bad entry %1>").arg(QString::fromUtf8(QJsonDocument(e).toJson(QJsonDocument::Compact)));
            continue;
        }
        QStringList loc;
        for (const QJsonValue &part : e.value(QStringLiteral("loc")).toArray())
            loc << (part.isDouble() ? QString::number(part.toInt()) : part.toString());
        result << loc.join(u'.') + u':' + e.value(QStringLiteral("type")).toString();
    }
    result.sort();
    return result;
}
