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

} // namespace TimeUtil
