// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractHttpServer>

class ApiDispatcher;

/**
 * The HTTP engine: Qt HTTP Server parses requests; every request goes straight to the
 * ApiDispatcher (StoreDesk's own route table), bypassing QHttpServer's regex router.
 */
class HttpEngine : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit HttpEngine(ApiDispatcher &dispatcher, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    ApiDispatcher &m_dispatcher;
};
