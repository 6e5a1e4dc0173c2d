// SPDX-License-Identifier: MIT
#pragma once

#include "apidispatcher.h"

#include <QHostAddress>
#include <QObject>
#include <QThread>

#include <memory>

class HttpEngine;
class Store;

/**
 * StoreDesk's embedded HTTP JSON API — the only class that touches Qt HTTP Server. The server
 * runs on its own thread (with its own database connection), so a busy GUI never slows the API
 * and the API never blocks the GUI. Used by `storedesk-server serve` and by the desktop app.
 */
class ApiServer : public QObject
{
    Q_OBJECT

public:
    explicit ApiServer(Store &store, QObject *parent = nullptr);
    ~ApiServer() override;

    /**
     * Starts listening on @p host:@p port (0 = any free port). Returns false and sets @p error
     * (one line) when the address cannot be used.
     */
    bool start(const QString &host, quint16 port, QString *error = nullptr);
    void stop();
    bool isRunning() const { return m_port != 0; }
    /** Whether the server speaks HTTPS (STOREDESK_TLS_CERT and STOREDESK_TLS_KEY set); valid after start(). */
    bool isTls() const { return m_tls; }
    /** "http" or "https". */
    QString scheme() const { return m_tls ? QStringLiteral("https") : QStringLiteral("http"); }
    /** The port actually listened on (after start with port 0). */
    quint16 port() const { return m_port; }
    const RouteTable &routes() const { return m_dispatcher->routes(); }
    ApiDispatcher &dispatcher() { return *m_dispatcher; }
    /** The bearer token the next start() requires (empty: none); default STOREDESK_API_TOKEN. */
    void setApiToken(const QString &token);
    QString apiToken() const { return m_dispatcher->apiToken(); }

signals:
    /** One per request, from the server thread (connect with a queued connection in the GUI). */
    void requestLogged(const RequestLogEntry &entry);

protected:
    void connectNotify(const QMetaMethod &signal) override;
    void disconnectNotify(const QMetaMethod &signal) override;

private:
    Store &m_store;
    std::unique_ptr<ApiDispatcher> m_dispatcher;
    QThread m_thread;
    HttpEngine *m_engine = nullptr;
    quint16 m_port = 0;
    bool m_tls = false;
};
