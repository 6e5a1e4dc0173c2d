// SPDX-License-Identifier: MIT
#pragma once

#include "connection.h"
#include "databaseerror.h"
#include "databaseurl.h"
#include "storeerror.h"
#include "transaction.h"

#include <QString>

#include <atomic>
#include <type_traits>
#include <utility>

/**
 * The store's database, shared by every thread of the process. Each thread that touches it gets
 * its own named connection, opened on first use and closed when the thread ends.
 *
 * write() runs a function in one transaction and retries it when the engine reports lock
 * contention, a deadlock or a serialization failure (SQLite's "database is locked" never reaches
 * the caller while retries last); read() runs without a transaction. Both turn every database
 * failure into a StoreError, so callers see Validation/NotFound/Conflict from the services and
 * Unavailable/Internal from here — never a raw driver error.
 */
class Database
{
public:
    explicit Database(const DatabaseUrl &url);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    const DatabaseUrl &url() const { return m_url; }
    const Dialect &dialect() const;

    /** This thread's connection, opened if needed. Throws StoreError(Unavailable). */
    Connection &connection();
    /** Closes and forgets this thread's connection (the next use reopens it). */
    void closeThreadConnection();

    /** Opens a connection and checks the server answers; false (and @p error set) if not. */
    bool ping(QString *error = nullptr);

    /** Runs @p fn(Connection&) in a transaction, retrying transient failures; returns its result. */
    template<typename Fn>
    auto write(Fn &&fn) -> std::invoke_result_t<Fn, Connection &>;

    /** Runs @p fn(Connection&) outside a transaction (inside the current one if there is one). */
    template<typename Fn>
    auto read(Fn &&fn) -> std::invoke_result_t<Fn, Connection &>;

    /**
     * A value that changes whenever the store's data may have changed: every write committed
     * through this Database (any thread) and, where the engine can tell (SQLite), every commit
     * by another connection or process. Taken before a read, it says whether a result computed
     * from that read is still current. Cheap: no query on MySQL/PostgreSQL, one pragma on SQLite.
     */
    struct ChangeStamp
    {
        quint64 local = 0;
        qint64 external = -1;
        friend bool operator==(const ChangeStamp &a, const ChangeStamp &b) { return a.local == b.local && a.external == b.external; }
        friend bool operator!=(const ChangeStamp &a, const ChangeStamp &b) { return !(a == b); }
    };
    ChangeStamp changeStamp();
    /** Whether changeStamp() sees other processes' commits (SQLite) or only this process's. */
    bool seesExternalChanges() const { return !dialect().changeCounterSql().isEmpty(); }

    /** How many transactions were run again after a transient failure (for tests and benchmarks). */
    static quint64 retryCount() { return s_retries.load(); }

private:
    [[noreturn]] static void raise(const DatabaseError &error);
    /** Sleeps before retry @p attempt; returns false when retries are exhausted. */
    static bool backoff(int attempt);

    DatabaseUrl m_url;
    quint64 m_serial;
    std::atomic<quint64> m_generation{1};
    static std::atomic<quint64> s_retries;
};

template<typename Fn>
auto Database::write(Fn &&fn) -> std::invoke_result_t<Fn, Connection &>
{
    for (int attempt = 0;; ++attempt) {
        Connection &conn = connection();
        const bool nested = conn.transactionDepth() > 0;
        bool committing = false;
        try {
            Transaction tx(conn);
            if constexpr (std::is_void_v<std::invoke_result_t<Fn, Connection &>>) {
                fn(conn);
                committing = true;
                tx.commit();
                if (!nested)
                    ++m_generation;
                return;
            } else {
                auto result = fn(conn);
                committing = true;
                tx.commit();
                if (!nested)
                    ++m_generation;
                return result;
            }
        } catch (const DatabaseError &error) {
            if (nested)
                throw; // the outermost write() decides about retrying the whole transaction
            const auto category = error.category();
            if (category == DatabaseError::Category::ConnectionLost) {
                conn.reset();
                if (!committing && attempt < 2)
                    continue;
            } else if (category == DatabaseError::Category::Retryable && backoff(attempt)) {
                ++s_retries;
                continue;
            }
            raise(error);
        }
    }
}

template<typename Fn>
auto Database::read(Fn &&fn) -> std::invoke_result_t<Fn, Connection &>
{
    for (int attempt = 0;; ++attempt) {
        Connection &conn = connection();
        try {
            return fn(conn);
        } catch (const DatabaseError &error) {
            if (conn.transactionDepth() > 0)
                throw;
            const auto category = error.category();
            if (category == DatabaseError::Category::ConnectionLost) {
                conn.reset();
                if (attempt < 2)
                    continue;
            } else if (category == DatabaseError::Category::Retryable && backoff(attempt)) {
                ++s_retries;
                continue;
            }
            raise(error);
        }
    }
}
