// SPDX-License-Identifier: MIT
#include "connectionguard.h"

#include <QSslSocket>
#include <QTcpSocket>

#include <algorithm>
#include <cstring>

namespace {

const QByteArrayList kMethods{"GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH", "CONNECT", "TRACE"};

bool isTokenChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || (c != '\0' && std::strchr("!#$%&'*+-.^_`|~", c));
}

bool isControl(char c)
{
    return (uchar(c) < 0x20 && c != '\t') || uchar(c) == 0x7f;
}

/**
 * Whether @p line (without its line end) is, or with @p complete could still become, a request
 * line StoreDesk's HTTP engine accepts: a known method, a target without spaces or control
 * characters, HTTP/1.0 or HTTP/1.1.
 */
bool requestLineOk(QByteArrayView line, bool complete)
{
    const qsizetype s1 = line.indexOf(' ');
    const QByteArrayView method = s1 < 0 ? line : line.first(s1);
    bool methodOk = false;
    for (const QByteArray &m : kMethods)
        methodOk = methodOk || (s1 < 0 && !complete ? m.startsWith(method) : m == method);
    if (!methodOk)
        return false;
    if (s1 < 0)
        return !complete;
    const QByteArrayView rest = line.sliced(s1 + 1);
    const qsizetype s2 = rest.indexOf(' ');
    const QByteArrayView target = s2 < 0 ? rest : rest.first(s2);
    if (target.size() > 8190 || (s2 == 0) || std::any_of(target.begin(), target.end(), isControl))
        return false;
    if (s2 < 0)
        return !complete;
    const QByteArrayView version = rest.sliced(s2 + 1);
    if (complete)
        return version == "HTTP/1.1" || version == "HTTP/1.0";
    return QByteArrayView("HTTP/1.1").startsWith(version) || QByteArrayView("HTTP/1.0").startsWith(version);
}

/** The same for a header line: a token name, a colon, a value without control characters. */
bool headerLineOk(QByteArrayView line, bool complete)
{
    const qsizetype colon = line.indexOf(':');
    const QByteArrayView name = colon < 0 ? line : line.first(colon);
    if (!std::all_of(name.begin(), name.end(), isTokenChar) || colon == 0)
        return false;
    if (colon < 0)
        return !complete;
    const QByteArrayView value = line.sliced(colon + 1);
    return std::none_of(value.begin(), value.end(), isControl);
}

} // namespace

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, GuardedTcpServer *server)
    : QObject(socket)
    , m_socket(socket)
    , m_server(server)
{
    // Connected before the HTTP server gets the socket, so this runs first on every readyRead.
    connect(socket, &QTcpSocket::readyRead, this, &ConnectionGuard::onReadyRead);
    connect(socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_state == State::Idle)
            arm(kIdleTimeoutMs);
    });
    m_server->m_guards.insert(this);
    arm(kIdleTimeoutMs);
}

ConnectionGuard::~ConnectionGuard()
{
    if (m_server)
        m_server->m_guards.remove(this);
}

void ConnectionGuard::arm(int timeoutMs)
{
    if (m_server)
        m_deadlineMs = m_server->nowMs() + timeoutMs;
}

void ConnectionGuard::checkDeadline(qint64 nowMs)
{
    if (m_deadlineMs >= 0 && nowMs >= m_deadlineMs) {
        m_deadlineMs = -1;
        onTimeout();
    }
}

void ConnectionGuard::onReadyRead()
{
    if (m_state == State::Refused) {
        m_socket->readAll(); // discard whatever else the client sends
        return;
    }
    if (m_state == State::Draining) {
        m_bodyLeft -= m_socket->readAll().size();
        if (m_bodyLeft <= 0) {
            m_state = State::Refused;
            m_socket->disconnectFromHost();
        } else {
            arm(kBodyTimeoutMs);
        }
        return;
    }
    const QByteArray chunk = m_socket->peek(m_socket->bytesAvailable());
    if (!inspect(chunk))
        m_socket->readAll(); // the HTTP server must not see a refused request
}

void ConnectionGuard::responseSent(QTcpSocket *socket)
{
    auto *guard = socket->findChild<ConnectionGuard *>(QString(), Qt::FindDirectChildrenOnly);
    if (!guard || guard->m_closeAfter.isEmpty())
        return;
    if (guard->m_closeAfter.takeFirst()) {
        guard->m_state = State::Refused; // nothing more is read from this connection
        socket->disconnectFromHost();   // after the answer is flushed
    }
}

bool ConnectionGuard::inspect(const QByteArray &chunk)
{
    qsizetype pos = 0;
    while (pos < chunk.size()) {
        switch (m_state) {
        case State::Idle:
            // Tolerate stray CRLFs between requests (RFC 9112 §2.2).
            if (chunk[pos] == '\r' || chunk[pos] == '\n') {
                ++pos;
                break;
            }
            m_state = State::Head;
            m_head.clear();
            m_lineStart = 0;
            m_lines = 0;
            arm(kHeadTimeoutMs);
            break;
        case State::Head: {
            const qsizetype take = std::min<qsizetype>(chunk.size() - pos, kMaxHeadBytes + 4 - m_head.size());
            const qsizetype before = m_head.size();
            m_head.append(chunk.constData() + pos, take);
            const qsizetype end = m_head.indexOf("\r\n\r\n", std::max<qsizetype>(0, before - 3));
            if (end < 0) {
                if (m_head.size() > kMaxHeadBytes) {
                    refuse(431, "Request Header Fields Too Large", "request head larger than 16 KiB");
                    return false;
                }
                // Qt's parser reads an incomplete head too, and drops the connection without an
                // answer at the first byte it dislikes: refuse such a head here first.
                if (!partialHeadOk()) {
                    refuse(400, "Bad Request", "malformed HTTP request line or header");
                    return false;
                }
                pos += take;
                break;
            }
            const qsizetype headBytes = end + 4;
            pos += headBytes - before;
            m_head.truncate(end);
            if (!checkHead())
                return false;
            m_state = m_bodyLeft > 0 ? State::Body : State::Idle;
            arm(m_bodyLeft > 0 ? kBodyTimeoutMs : kIdleTimeoutMs);
            break;
        }
        case State::Body: {
            const qint64 take = std::min<qint64>(chunk.size() - pos, m_bodyLeft);
            m_bodyLeft -= take;
            pos += take;
            if (m_bodyLeft == 0) {
                m_state = State::Idle;
                arm(kIdleTimeoutMs);
            } else {
                arm(kBodyTimeoutMs);
            }
            break;
        }
        case State::Draining:
        case State::Refused:
            return false;
        }
    }
    return true;
}

bool ConnectionGuard::partialHeadOk()
{
    // Complete lines once, then the line still arriving as far as it goes.
    for (qsizetype nl; (nl = m_head.indexOf('\n', m_lineStart)) >= 0; m_lineStart = nl + 1, ++m_lines) {
        QByteArrayView line(m_head.constData() + m_lineStart, nl - m_lineStart);
        if (line.endsWith('\r'))
            line.chop(1);
        if (m_lines > 0 && line.isEmpty())
            return true; // the head's end; checkHead() takes over
        if (!(m_lines == 0 ? requestLineOk(line, true) : headerLineOk(line, true)))
            return false;
    }
    QByteArrayView partial(m_head.constData() + m_lineStart, m_head.size() - m_lineStart);
    if (partial.endsWith('\r'))
        partial.chop(1);
    return m_lines == 0 ? requestLineOk(partial, false) : headerLineOk(partial, false);
}

bool ConnectionGuard::checkHead()
{
    const QList<QByteArray> lines = m_head.split('\n');
    const QByteArray first = lines.first().endsWith('\r') ? lines.first().chopped(1) : lines.first();
    if (!requestLineOk(first, true)) {
        refuse(400, "Bad Request", "malformed HTTP request line");
        return false;
    }
    const bool http10 = first.endsWith("HTTP/1.0");
    bool keepAlive = !http10;
    qint64 length = 0;
    bool expectContinue = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QByteArray line = lines[i];
        if (line.endsWith('\r'))
            line.chop(1);
        const qsizetype colon = line.indexOf(':');
        if (!headerLineOk(line, true)) {
            refuse(400, "Bad Request", "malformed HTTP header line");
            return false;
        }
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            bool ok = false;
            const qint64 n = value.toLongLong(&ok);
            if (!ok || n < 0) {
                refuse(400, "Bad Request", "invalid Content-Length");
                return false;
            }
            length = n;
        } else if (name == "transfer-encoding") {
            refuse(411, "Length Required", "send the request body with a Content-Length");
            return false;
        } else if (name == "expect") {
            expectContinue = value.toLower() == "100-continue";
        } else if (name == "connection") {
            const QByteArray v = value.toLower();
            if (v.contains("close"))
                keepAlive = false;
            else if (v.contains("keep-alive"))
                keepAlive = true;
        }
    }
    if (length > kMaxBodyBytes) {
        refuse(413, "Payload Too Large", "request body larger than 1 MiB");
        if (length <= 64 * kMaxBodyBytes && !expectContinue) {
            // Read and drop the body the client is already sending, then close: closing at once
            // would reset the connection before many clients read the 413.
            m_state = State::Draining;
            m_bodyLeft = length;
            arm(kBodyTimeoutMs);
        }
        return false;
    }
    if (expectContinue && length > 0)
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    m_bodyLeft = length;
    m_closeAfter.append(!keepAlive);
    return true;
}

void ConnectionGuard::refuse(int status, const QByteArray &reason, const QByteArray &detail)
{
    m_state = State::Refused;
    disarm();
    const QByteArray body = "{\"detail\":\"" + detail + "\"}";
    m_socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\nContent-Type: application/json\r\n"
                    "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    if (status != 413)
        m_socket->disconnectFromHost();
    else
        QMetaObject::invokeMethod(this, [this] {
            if (m_state != State::Draining)
                m_socket->disconnectFromHost();
        }, Qt::QueuedConnection);
}

void ConnectionGuard::onTimeout()
{
    if (m_state == State::Draining)
        m_socket->disconnectFromHost();
    else if (m_state == State::Head || m_state == State::Body)
        refuse(408, "Request Timeout", "the request was not completed in time");
    else
        m_socket->disconnectFromHost();
}

GuardedTcpServer::GuardedTcpServer(QObject *parent)
    : QTcpServer(parent)
{
    setListenBacklogSize(1024);
    m_clock.start();
    m_sweep.setInterval(250);
    connect(&m_sweep, &QTimer::timeout, this, &GuardedTcpServer::sweep);
    m_sweep.start();
}

GuardedTcpServer::~GuardedTcpServer()
{
    // Connections may outlive the listening socket (they can belong to the HTTP server).
    for (ConnectionGuard *guard : std::as_const(m_guards))
        guard->m_server = nullptr;
}

void GuardedTcpServer::sweep()
{
    const qint64 now = nowMs();
    // A timeout may close its connection and delete guards: act on a snapshot.
    const QList<ConnectionGuard *> guards(m_guards.begin(), m_guards.end());
    for (ConnectionGuard *guard : guards) {
        if (m_guards.contains(guard))
            guard->checkDeadline(now);
    }
}

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    QTcpSocket *socket;
    if (m_useTls) {
        // The HTTP server and the guard read and write the socket as plain text; QSslSocket
        // decrypts and encrypts underneath. A failed handshake closes the connection (the
        // guard's head deadline covers a client that never finishes one).
        auto *tls = new QSslSocket(this);
        tls->setSslConfiguration(m_tls);
        socket = tls;
    } else {
        socket = new QTcpSocket(this);
    }
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    new ConnectionGuard(socket, this);
    if (auto *tls = qobject_cast<QSslSocket *>(socket)) {
        connect(tls, &QSslSocket::sslErrors, tls, [tls](const QList<QSslError> &) { tls->abort(); });
        tls->startServerEncryption();
    }
    addPendingConnection(socket);
}
