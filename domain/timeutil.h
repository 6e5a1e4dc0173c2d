// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>
#include <QVariant>

/** Timestamp conventions: stored as UTC with second precision, shown with an offset. */
namespace TimeUtil {

/** Now in UTC, truncated to whole seconds (the stored precision). */
QDateTime nowUtc();

/** The value bound to a timestamp column: "YYYY-MM-DD HH:MM:SS" in UTC (null for an invalid time). */
QVariant toDb(const QDateTime &utc);

/**
 * Reads a timestamp column back as a UTC QDateTime, whatever type the driver delivers (text from
 * SQLite, QDateTime from MySQL and PostgreSQL). The stored wall-clock fields are UTC.
 */
QDateTime fromDb(const QVariant &value);

/** ISO 8601 with offset, e.g. "2026-03-01T10:15:00+00:00" (empty for an invalid time). */
QString toIso(const QDateTime &dt);

/**
 * Parses an ISO 8601 date-time ("2026-03-01T10:15:00Z", "…+02:00", or a date "2026-03-01",
 * taken as midnight in @p zone) to UTC. Nullopt-equivalent: an invalid QDateTime.
 */
QDateTime parseIso(const QString &text, const QTimeZone &zone);

/**
 * Maps instants to the calendar day they fall on in one time zone, as a Julian day number
 * (QDate::toJulianDay()). Remembers the span between the zone's offset transitions around the
 * last instant asked for, so mapping millions of instants costs a comparison each, not a zone
 * lookup. Not thread-safe: one per user.
 */
class LocalDays
{
public:
    explicit LocalDays(const QTimeZone &zone) : m_zone(zone) {}

    /** The local day of @p utcSecs (seconds since the Unix epoch). */
    qint64 dayOf(qint64 utcSecs);
    qint64 dayOf(const QDateTime &instant) { return dayOf(instant.toSecsSinceEpoch()); }

private:
    QTimeZone m_zone;
    qint64 m_from = 1; ///< the cached span [m_from, m_to) of UTC seconds has offset m_offset
    qint64 m_to = 0;
    int m_offset = 0;
};

} // namespace TimeUtil
