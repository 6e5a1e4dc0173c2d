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
 * A calendar date written exactly "YYYY-MM-DD" (ASCII digits, years 1–9999); invalid for
 * anything else. QDate::fromString(Qt::ISODate) also takes other separators ("2026-03)01").
 */
QDate parseDate(QStringView text);

/**
 * Parses an ISO 8601 date-time ("2026-03-01T10:15:00Z", "…+02:00", or a date "2026-03-01",
 * taken as the start of that day in @p zone) to UTC. Without an offset the time is read on the
 * clocks of @p zone (see localToUtc()). Nullopt-equivalent: an invalid QDateTime, also for an
 * instant outside the years 1–9999 UTC, which toDb() and toIso() cannot write.
 */
QDateTime parseIso(const QString &text, const QTimeZone &zone);

/**
 * @p date at @p time on the clocks of @p zone, as UTC. A wall time that a daylight-saving change
 * skips (02:30 on a spring-forward night, or a whole skipped day) is read with the offset in force
 * before the change, so it lands just after the change: 02:30 becomes 03:30 of the new offset,
 * and midnight on a day that starts at 01:00 becomes 01:00. Invalid for an invalid zone or date.
 */
QDateTime localToUtc(QDate date, QTime time, const QTimeZone &zone);

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
