// SPDX-License-Identifier: MIT
#include "httpengine.h"

#include "apidispatcher.h"
#include "connectionguard.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpSocket>
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

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 304: return "Not Modified";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 409: return "Conflict";
    case 411: return "Length Required";
    case 413: return "Payload Too Large";
    case 415: return "Unsupported Media Type";
    case 422: return "Unprocessable Entity";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    default: return "Status";
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

    // The whole answer in one buffer and one socket write: the responder's piecewise writes
    // (status line, each header, body) cost measurable throughput on small responses.
    const bool head = api.method == "HEAD";
    const bool noBody = response.status == 204 || response.status == 304;
    QByteArray out;
    out.reserve(256 + (head || noBody ? 0 : response.body.size()));
    out += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    if (!response.contentType.isEmpty() && !noBody)
        out += "Content-Type: " + response.contentType + "\r\n";
    for (const auto &[name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    if (!noBody)
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += "\r\n";
    if (!head && !noBody)
        out += response.body;
    socket->write(out);
    ConnectionGuard::responseSent(socket);
    return true;
}

void HttpEngine::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    const QByteArray body = R"({"detail":"Not Found"})";
    responder.write(body, "application/json", QHttpServerResponder::StatusCode::NotFound);
}
