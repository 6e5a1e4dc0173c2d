// SPDX-License-Identifier: MIT
#include "responsecache.h"

namespace {

qint64 sizeOf(const QByteArray &key, const ApiResponse &response)
{
    qint64 bytes = key.size() + response.body.size() + 64;
    for (const auto &[name, value] : response.headers)
        bytes += name.size() + value.size();
    return bytes;
}

} // namespace

std::optional<ApiResponse> ResponseCache::find(const QByteArray &key, const Database::ChangeStamp &stamp, qint64 nowMs)
{
    QMutexLocker lock(&m_lock);
    const auto it = m_entries.constFind(key);
    if (it == m_entries.cend()) {
        ++m_misses;
        return std::nullopt;
    }
    if (it->stamp != stamp || nowMs - it->storedMs >= m_limits.maxAgeMs) {
        m_bytes -= sizeOf(key, it->response);
        m_entries.erase(it);
        ++m_misses;
        return std::nullopt;
    }
    ++m_hits;
    return it->response;
}

void ResponseCache::insert(const QByteArray &key, const Database::ChangeStamp &stamp, qint64 nowMs, const ApiResponse &response)
{
    const qint64 bytes = sizeOf(key, response);
    if (bytes > m_limits.maxBytes / 4)
        return; // one huge page must not push out everything else
    QMutexLocker lock(&m_lock);
    const auto old = m_entries.constFind(key);
    if (old != m_entries.cend()) {
        m_bytes -= sizeOf(key, old->response);
        m_entries.erase(old);
    }
    while (!m_entries.isEmpty() && (m_entries.size() >= m_limits.maxEntries || m_bytes + bytes > m_limits.maxBytes))
        evictOldest();
    m_entries.insert(key, Entry{stamp, nowMs, response});
    m_bytes += bytes;
}

void ResponseCache::clear()
{
    QMutexLocker lock(&m_lock);
    m_entries.clear();
    m_bytes = 0;
}

void ResponseCache::evictOldest()
{
    // The longest-stored entry goes. A linear scan is fine: it runs only when the cache is full,
    // over at most maxEntries entries.
    auto victim = m_entries.begin();
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        if (it->storedMs < victim->storedMs)
            victim = it;
    }
    m_bytes -= sizeOf(victim.key(), victim->response);
    m_entries.erase(victim);
}
