// SPDX-License-Identifier: MIT
#include "apiserver.h"

#include "connectionguard.h"
#include "httpengine.h"
#include "store.h"

#include <QLoggingCategory>
#include <QMetaMethod>
#include <QTcpServer>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

Q_DECLARE_LOGGING_CATEGORY(lcApi)

ApiServer::ApiServer(Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_dispatcher(std::make_unique<ApiDispatcher>(store))
{
    connect(m_dispatcher.get(), &ApiDispatcher::requestLogged, this, &ApiServer::requestLogged, Qt::DirectConnection);
    m_thread.setObjectName(QStringLiteral("storedesk-api"));
}

void ApiServer::setApiToken(const QString &token)
{
    if (!isRunning()) // the server thread reads it; it changes only while stopped
        m_dispatcher->setApiToken(token);
}

void ApiServer::connectNotify(const QMetaMethod &signal)
{
    if (signal == QMetaMethod::fromSignal(&ApiServer::requestLogged))
        m_dispatcher->setLogObserved(true);
}

void ApiServer::disconnectNotify(const QMetaMethod &signal)
{
    if (signal == QMetaMethod::fromSignal(&ApiServer::requestLogged) || !signal.isValid())
        m_dispatcher->setLogObserved(isSignalConnected(QMetaMethod::fromSignal(&ApiServer::requestLogged)));
}

ApiServer::~ApiServer()
{
    stop();
}

bool ApiServer::start(const QString &host, quint16 port, QString *error)
{
    if (isRunning())
        return true;
#ifdef Q_OS_UNIX
    // Every keep-alive connection is a descriptor: allow as many as the system lets this process
    // have (the usual soft limit of 1024 would refuse clients long before the server is busy).
    rlimit files{};
    if (getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur < files.rlim_max) {
        files.rlim_cur = files.rlim_max;
        setrlimit(RLIMIT_NOFILE, &files);
    }
#endif
    QHostAddress address;
    if (host == u"localhost")
        address = QHostAddress::LocalHost;
    else if (!address.setAddress(host)) {
        if (error)
            *error = QStringLiteral("'%1' is not an IP address to listen on").arg(host);
        return false;
    }
    m_dispatcher->moveToThread(&m_thread);
    m_thread.start();
    QString failure;
    quint16 bound = 0;
    QMetaObject::invokeMethod(
        m_dispatcher.get(),
        [&] {
            m_engine = new HttpEngine(*m_dispatcher);
            auto *tcp = new GuardedTcpServer(m_engine);
            if (!tcp->listen(address, port)) {
                failure = QStringLiteral("cannot listen on %1:%2: %3").arg(host).arg(port).arg(tcp->errorString());
                delete m_engine;
                m_engine = nullptr;
                return;
            }
            bound = tcp->serverPort();
            m_engine->bind(tcp);
        },
        Qt::BlockingQueuedConnection);
    if (!m_engine) {
        QThread *home = thread();
        QMetaObject::invokeMethod(m_dispatcher.get(), [this, home] { m_dispatcher->moveToThread(home); },
                                  Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
        if (error)
            *error = failure;
        return false;
    }
    m_port = bound;
    if (!address.isLoopback() && m_dispatcher->apiToken().isEmpty())
        qCWarning(lcApi).noquote() << QStringLiteral("listening on %1 without an API token: anyone who can reach this address can change the store's data (set STOREDESK_API_TOKEN)").arg(host);
    return true;
}

void ApiServer::stop()
{
    if (!m_thread.isRunning())
        return;
    QThread *home = thread();
    QMetaObject::invokeMethod(
        m_dispatcher.get(),
        [this, home] {
            delete m_engine;
            m_engine = nullptr;
            m_store.database().closeThreadConnection();
            m_dispatcher->moveToThread(home);
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_port = 0;
}
