// SPDX-License-Identifier: MIT
#include "apiserver.h"

#include "connectionguard.h"
#include "httpengine.h"
#include "store.h"

#include <QLoggingCategory>
#include <QMetaMethod>
#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

Q_DECLARE_LOGGING_CATEGORY(lcApi)

namespace {

/**
 * The server side of TLS from a PEM certificate (chain) file and a PEM private key file (RSA or
 * EC, unencrypted). Returns false with a one-line reason when either cannot be used.
 */
bool loadTls(const QString &certificatePath, const QString &keyPath, QSslConfiguration *out, QString *error)
{
    if (!QSslSocket::supportsSsl()) {
        *error = QStringLiteral("TLS is not available: Qt found no TLS library (install OpenSSL 3)");
        return false;
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certificatePath, QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull()) {
        *error = QStringLiteral("STOREDESK_TLS_CERT: '%1' is not a readable PEM certificate").arg(certificatePath);
        return false;
    }
    QFile keyFile(keyPath);
    if (!keyFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("STOREDESK_TLS_KEY: cannot read '%1': %2").arg(keyPath, keyFile.errorString());
        return false;
    }
    const QByteArray pem = keyFile.readAll();
    QSslKey key;
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec}) {
        key = QSslKey(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            break;
    }
    if (key.isNull()) {
        *error = QStringLiteral("STOREDESK_TLS_KEY: '%1' is not an unencrypted PEM RSA or EC private key").arg(keyPath);
        return false;
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // clients authenticate with the bearer token
    *out = configuration;
    return true;
}

} // namespace

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
    QSslConfiguration tls;
    const StoreConfig &config = m_store.config();
    const bool useTls = !config.tlsCertificate.isEmpty() && !config.tlsKey.isEmpty();
    if (useTls) {
        QString reason;
        if (!loadTls(config.tlsCertificate, config.tlsKey, &tls, &reason)) {
            if (error)
                *error = reason;
            return false;
        }
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
            if (useTls)
                tcp->setTls(tls);
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
    m_tls = useTls;
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
