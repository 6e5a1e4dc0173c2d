// SPDX-License-Identifier: MIT
#include "database.h"

#include "logging.h"

#include <QRandomGenerator>
#include <QThread>

#include <memory>
#include <unordered_map>

std::atomic<quint64> Database::s_retries{0};

namespace {

std::atomic<quint64> s_nextSerial{1};

/** Per-thread connections, keyed by the owning Database's serial; closed when the thread ends. */
thread_local std::unordered_map<quint64, std::unique_ptr<Connection>> t_connections;

constexpr int kMaxRetries = 60;

} // namespace

Database::Database(const DatabaseUrl &url)
    : m_url(url)
    , m_serial(s_nextSerial++)
{
}

Database::~Database()
{
    closeThreadConnection();
}

const Dialect &Database::dialect() const
{
    return Dialect::forEngine(m_url.engine());
}

Connection &Database::connection()
{
    auto it = t_connections.find(m_serial);
    if (it == t_connections.end()) {
        const QString name = QStringLiteral("storedesk-%1-%2")
                                 .arg(m_serial)
                                 .arg(reinterpret_cast<quintptr>(QThread::currentThread()), 0, 16);
        it = t_connections.emplace(m_serial, std::make_unique<Connection>(m_url, name)).first;
    }
    it->second->ensureOpen();
    return *it->second;
}

void Database::closeThreadConnection()
{
    t_connections.erase(m_serial);
}

Database::ChangeStamp Database::changeStamp()
{
    ChangeStamp stamp;
    stamp.local = m_generation.load();
    if (seesExternalChanges()) {
        try {
            stamp.external = connection().changeCounter();
        } catch (const StoreError &) {
            stamp.external = -1;
        }
    }
    return stamp;
}

bool Database::ping(QString *error)
{
    try {
        read([](Connection &conn) { conn.exec(QStringLiteral("SELECT 1")); });
        return true;
    } catch (const StoreError &e) {
        if (error)
            *error = e.message();
        return false;
    }
}

void Database::raise(const DatabaseError &error)
{
    switch (error.category()) {
    case DatabaseError::Category::ConnectionLost:
        throw StoreError(StoreError::Kind::Unavailable, QStringLiteral("database_unavailable"),
                         QStringLiteral("the database connection was lost: %1").arg(error.message()));
    case DatabaseError::Category::Retryable:
        throw StoreError(StoreError::Kind::Unavailable, QStringLiteral("database_busy"),
                         QStringLiteral("the database stayed busy; try again"));
    case DatabaseError::Category::UniqueViolation:
        // The services check uniqueness first with a precise message; this is the race between two writers.
        throw StoreError::conflict(QStringLiteral("duplicate"),
                                   QStringLiteral("a row with the same unique value already exists"));
    case DatabaseError::Category::ForeignKeyViolation:
        throw StoreError::conflict(QStringLiteral("reference_conflict"),
                                   QStringLiteral("the change refers to a row that no longer exists, or is still referenced"));
    case DatabaseError::Category::CheckViolation:
        throw StoreError::conflict(QStringLiteral("constraint_violation"),
                                   QStringLiteral("the change would break a data rule: %1").arg(error.message()));
    default:
        qCWarning(lcDatabase).noquote() << "database error:" << error.message();
        throw StoreError(StoreError::Kind::Internal, QStringLiteral("database_error"),
                         QStringLiteral("database error: %1").arg(error.message()));
    }
}

bool Database::backoff(int attempt)
{
    if (attempt >= kMaxRetries)
        return false;
    // Jittered exponential back-off, 1 ms doubling to a 64 ms cap: contention clears quickly.
    const int cap = 1 << std::min(attempt, 6);
    QThread::usleep(1000 * (1 + QRandomGenerator::global()->bounded(cap)));
    return true;
}
