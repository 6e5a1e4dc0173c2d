// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QSet>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTimer>

class QTcpSocket;

/**
 * Watches one connection at the socket level, ahead of Qt HTTP Server (which in 6.4 has no body
 * cap, no timeouts, ignores `Connection: close` and `Expect: 100-continue`, and drops malformed
 * requests without an answer). It sees every byte first — its readyRead handler is connected
 * before the HTTP server's — and only reads request heads and counts body bytes:
 *
 * - a malformed request line or header block: 400, connection closed;
 * - a head larger than 16 KiB: 431; a body larger than 1 MiB (by Content-Length): 413 — answered
 *   before the body is read, the bytes are never buffered by the server (up to 64 MiB of it is
 *   read and discarded before closing, so clients still sending it see the answer);
 * - `Transfer-Encoding` on a request: 411 (send Content-Length);
 * - `Expect: 100-continue`: answers `100 Continue` (or 413 at once);
 * - HTTP/1.0 without keep-alive, or `Connection: close`: closed after the response;
 * - no complete head within 10 s, no body progress for 30 s, or 60 s idle between requests: closed
 *   (408 when a request was started).
 *
 * The timeouts are deadlines checked by one sweep timer of the GuardedTcpServer, not a QTimer per
 * connection: re-arming a timer three times per request cost measurable throughput.
 */
class ConnectionGuard : public QObject
{
    Q_OBJECT

public:
    ConnectionGuard(QTcpSocket *socket, class GuardedTcpServer *server);
    ~ConnectionGuard() override;

    /**
     * Called by the HTTP engine after it wrote the answer to the oldest open request on
     * @p socket; closes the connection if that request asked for it.
     */
    static void responseSent(QTcpSocket *socket);

    static constexpr qsizetype kMaxHeadBytes = 16 * 1024;
    static constexpr qint64 kMaxBodyBytes = 1024 * 1024;
    static constexpr int kHeadTimeoutMs = 10'000;
    static constexpr int kBodyTimeoutMs = 30'000;
    static constexpr int kIdleTimeoutMs = 60'000;

    /** Acts on an expired deadline; @p nowMs is GuardedTcpServer's clock. */
    void checkDeadline(qint64 nowMs);

private:
    friend class GuardedTcpServer;
    void onReadyRead();
    void onTimeout();
    void arm(int timeoutMs);
    void disarm() { m_deadlineMs = -1; }
    /** Looks at newly arrived bytes; returns false once the connection is being refused. */
    bool inspect(const QByteArray &chunk);
    bool checkHead();
    /** Whether the head received so far can still become a valid one. */
    bool partialHeadOk();
    void refuse(int status, const QByteArray &reason, const QByteArray &detail);

    QTcpSocket *m_socket;
    class GuardedTcpServer *m_server;
    qint64 m_deadlineMs = -1;
    enum class State { Idle, Head, Body, Draining, Refused } m_state = State::Idle;
    QByteArray m_head;
    qsizetype m_lineStart = 0; ///< where in m_head the line being received starts
    int m_lines = 0;           ///< complete lines of the head so far
    qint64 m_bodyLeft = 0;
    /** One entry per request received and not yet answered: whether to close after answering it. */
    QList<bool> m_closeAfter;
};

/** The listening socket: a large backlog, and a ConnectionGuard on every connection. */
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    explicit GuardedTcpServer(QObject *parent = nullptr);
    ~GuardedTcpServer() override;

    /** Serve HTTPS with @p configuration (certificate and key set): every connection starts a TLS handshake. */
    void setTls(const QSslConfiguration &configuration) { m_tls = configuration; m_useTls = true; }

    /** Milliseconds on the clock the connection deadlines use. */
    qint64 nowMs() const { return m_clock.elapsed(); }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    friend class ConnectionGuard;
    void sweep();

    QElapsedTimer m_clock;
    QTimer m_sweep;
    QSet<ConnectionGuard *> m_guards;
    QSslConfiguration m_tls;
    bool m_useTls = false;
};
