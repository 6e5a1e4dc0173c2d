// SPDX-License-Identifier: MIT
#include "httpengine.h"

#include "apidispatcher.h"
#include "connectionguard.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QMetaEnum>

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Head: return "HEAD";
    case QHttpServerRequest::Method::Options: return "OPTIONS";
    case QHttpServerRequest::Method::Patch: return "PATCH";
    case QHttpServerRequest::Method::Connect: return "CONNECT";
    case QHttpServerRequest::Method::Trace: return "TRACE";
    default: return "UNKNOWN";
    }
}

} // namespace

HttpEngine::HttpEngine(ApiDispatcher &dispatcher, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_dispatcher(dispatcher)
{
}

bool HttpEngine::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    ApiRequest api;
    api.method = methodName(request.method());
    api.path = request.url().path(QUrl::FullyDecoded);
    if (api.path.isEmpty())
        api.path = QStringLiteral("/");
    api.query = request.query();
    const auto headers = request.headers();
    for (const auto &[name, value] : headers)
        api.headers.insert(name.toLower(), value);
    api.body = request.body();
    api.client = request.remoteAddress();

    const ApiResponse response = m_dispatcher.handle(api);

    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    const bool head = api.method == "HEAD";
    const bool noBody = response.status == 204 || response.status == 304;
    if (!response.contentType.isEmpty() && !noBody)
        responder.writeHeader("Content-Type", response.contentType);
    for (const auto &[name, value] : response.headers)
        responder.writeHeader(name, value);
    if (!noBody)
        responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder.writeBody(head || noBody ? QByteArray() : response.body);
    ConnectionGuard::responseSent(socket);
    return true;
}

void HttpEngine::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    const QByteArray body = R"({"detail":"Not Found"})";
    responder.write(body, "application/json", QHttpServerResponder::StatusCode::NotFound);
}
