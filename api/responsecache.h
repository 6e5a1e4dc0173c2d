// SPDX-License-Identifier: MIT
#pragma once

#include "apiresponse.h"
#include "database.h"

#include <QByteArray>
#include <QHash>
#include <QMutex>

#include <optional>

/**
 * Finished GET responses, keyed by path and query, kept while the store's data is unchanged.
 *
 * Each entry carries the Database::ChangeStamp taken before its response was computed; a lookup
 * with a different stamp misses. So a write through this process (API or GUI) is seen by the
 * very next read, and on SQLite so is a commit by any other process. Engines that cannot report
 * other processes' commits (MySQL/MariaDB, PostgreSQL) bound the staleness with a maximum age
 * instead (1 s by default). Every entry also expires after a maximum age, so responses that
 * depend on the clock (relative date ranges) stay fresh. Size is bounded by bytes and entries;
 * when full, the oldest entries go.
 */
class ResponseCache
{
public:
    struct Limits
    {
        qint64 maxBytes = 32 * 1024 * 1024;
        int maxEntries = 1024;
        int maxAgeMs = 60'000;
    };

    explicit ResponseCache(Limits limits) : m_limits(limits) {}
    ResponseCache() : ResponseCache(Limits{}) {}

    std::optional<ApiResponse> find(const QByteArray &key, const Database::ChangeStamp &stamp, qint64 nowMs);
    void insert(const QByteArray &key, const Database::ChangeStamp &stamp, qint64 nowMs, const ApiResponse &response);
    void clear();

    qint64 hits() const { return m_hits; }
    qint64 misses() const { return m_misses; }

private:
    struct Entry
    {
        Database::ChangeStamp stamp;
        qint64 storedMs;
        ApiResponse response;
    };
    void evictOldest();

    Limits m_limits;
    QMutex m_lock;
    QHash<QByteArray, Entry> m_entries;
    qint64 m_bytes = 0;
    qint64 m_hits = 0;
    qint64 m_misses = 0;
};
