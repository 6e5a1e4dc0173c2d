// SPDX-License-Identifier: MIT
#include "timeutil.h"

#include <QRegularExpression>

#include <limits>

namespace TimeUtil {

QDateTime nowUtc()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return QDateTime(now.date(), QTime(now.time().hour(), now.time().minute(), now.time().second()), Qt::UTC);
}

QVariant toDb(const QDateTime &utc)
{
    if (!utc.isValid())
        return QVariant(QMetaType::fromType<QString>());
    // Hand-formatted: this runs for every stored timestamp, millions of times in a bulk load.
    const QDateTime dt = utc.timeSpec() == Qt::UTC ? utc : utc.toUTC();
    int y = 0, m = 0, d = 0;
    dt.date().getDate(&y, &m, &d);
    const QTime t = dt.time();
    if (y < 0 || y > 9999)
        return QVariant(QMetaType::fromType<QString>());
    char buf[19];
    auto put = [&buf](int pos, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            buf[pos + i] = char('0' + value % 10);
    };
    put(0, y, 4);
    buf[4] = '-';
    put(5, m, 2);
    buf[7] = '-';
    put(8, d, 2);
    buf[10] = ' ';
    put(11, t.hour(), 2);
    buf[13] = ':';
    put(14, t.minute(), 2);
    buf[16] = ':';
    put(17, t.second(), 2);
    return QString::fromLatin1(buf, sizeof buf);
}

namespace {

/** Reads @p count ASCII digits at @p pos; -1 when any is not a digit. */
int digits(QStringView text, qsizetype pos, int count)
{
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = text[pos + i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

void putDigits(char16_t *out, int value, int count)
{
    for (int i = count - 1; i >= 0; --i, value /= 10)
        out[i] = char16_t(u'0' + value % 10);
}

} // namespace

QDateTime fromDb(const QVariant &value)
{
    if (value.isNull() || !value.isValid())
        return {};
    if (value.metaType().id() == QMetaType::QDateTime) {
        const QDateTime dt = value.toDateTime();
        // Drivers hand back the stored wall-clock fields; they are UTC whatever spec Qt attached.
        return QDateTime(dt.date(), QTime(dt.time().hour(), dt.time().minute(), dt.time().second()), Qt::UTC);
    }
    // Parsed by hand: list routes read thousands of these per request, and QDateTime::fromString
    // with a format is slow and consults the local time zone.
    const QString text = value.toString();
    const QStringView t = QStringView(text).trimmed();
    if (t.size() < 19 || t[4] != u'-' || t[7] != u'-' || (t[10] != u' ' && t[10] != u'T') || t[13] != u':' || t[16] != u':')
        return {};
    const int year = digits(t, 0, 4); // -1 for a non-digit, which QDate would take as 1 BC
    const QDate date(year, digits(t, 5, 2), digits(t, 8, 2));
    const int h = digits(t, 11, 2), m = digits(t, 14, 2), s = digits(t, 17, 2);
    if (year < 1 || !date.isValid() || !QTime::isValid(h, m, s))
        return {};
    return QDateTime(date, QTime(h, m, s), Qt::UTC);
}

QString toIso(const QDateTime &dt)
{
    if (!dt.isValid())
        return {};
    // Formatted by hand (hot in every list response): "YYYY-MM-DDTHH:MM:SS+HH:MM".
    const int offset = dt.offsetFromUtc();
    const QDateTime local = dt.timeSpec() == Qt::UTC ? dt : dt.toUTC().addSecs(offset);
    int y = 0, mo = 0, d = 0;
    local.date().getDate(&y, &mo, &d);
    const QTime time = local.time();
    if (y < 0 || y > 9999)
        return dt.toString(Qt::ISODate);
    QString out(25, Qt::Uninitialized);
    char16_t *c = reinterpret_cast<char16_t *>(out.data());
    putDigits(c, y, 4);
    c[4] = u'-';
    putDigits(c + 5, mo, 2);
    c[7] = u'-';
    putDigits(c + 8, d, 2);
    c[10] = u'T';
    putDigits(c + 11, time.hour(), 2);
    c[13] = u':';
    putDigits(c + 14, time.minute(), 2);
    c[16] = u':';
    putDigits(c + 17, time.second(), 2);
    const int abs = offset < 0 ? -offset : offset;
    c[19] = offset < 0 ? u'-' : u'+';
    putDigits(c + 20, abs / 3600, 2);
    c[22] = u':';
    putDigits(c + 23, (abs / 60) % 60, 2);
    return out;
}

QDate parseDate(QStringView text)
{
    if (text.size() != 10 || text[4] != u'-' || text[7] != u'-')
        return {};
    const int year = digits(text, 0, 4);
    const int month = digits(text, 5, 2);
    const int day = digits(text, 8, 2);
    return year >= 1 && month >= 0 && day >= 0 ? QDate(year, month, day) : QDate();
}

QDateTime localToUtc(QDate date, QTime time, const QTimeZone &zone)
{
    if (!zone.isValid())
        return {};
    const QDateTime local(date, time, zone);
    if (local.isValid())
        return local.toUTC();
    // Qt 6.4 calls a wall time in a daylight-saving gap invalid, and toUTC() of it would return
    // the wall-clock fields unchanged, as if they were UTC. The offset a day earlier is the one in
    // force before the gap (no zone changes its offset twice within one day).
    const QDateTime wall(date, time, Qt::UTC);
    if (!wall.isValid())
        return {};
    return wall.addSecs(-zone.offsetFromUtc(wall.addDays(-1)));
}

QDateTime parseIso(const QString &text, const QTimeZone &zone)
{
    const QString t = text.trimmed();
    QDateTime dt;
    static const QRegularExpression dateOnly(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    static const QRegularExpression dateTime(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,6})?)?(Z|[+-]\\d{2}:?\\d{2})?$"));
    if (dateOnly.match(t).hasMatch()) {
        dt = localToUtc(parseDate(t), QTime(0, 0), zone);
    } else if (const QRegularExpressionMatch m = dateTime.match(t); m.hasMatch()) {
        QString iso = t;
        iso.replace(u' ', u'T');
        // Without an offset the wall time is the store's: read its fields as UTC (never as the
        // machine's local time, whose own gaps would reject it), then place them in the zone.
        const bool hasOffset = m.capturedLength(3) > 0;
        dt = QDateTime::fromString(hasOffset ? iso : iso + u'Z', Qt::ISODateWithMs);
        if (!dt.isValid())
            return {};
        dt = hasOffset ? dt.toUTC() : localToUtc(dt.date(), dt.time(), zone);
    }
    if (!dt.isValid() || dt.date().year() < 1 || dt.date().year() > 9999)
        return {};
    return QDateTime(dt.date(), QTime(dt.time().hour(), dt.time().minute(), dt.time().second()), Qt::UTC);
}

qint64 LocalDays::dayOf(qint64 utcSecs)
{
    if (utcSecs < m_from || utcSecs >= m_to) {
        const QDateTime at = QDateTime::fromSecsSinceEpoch(utcSecs, Qt::UTC);
        m_offset = m_zone.offsetFromUtc(at);
        // Without transition data (fixed zones, UTC) the offset holds for ever; with it, from the
        // previous transition to the next (looked up at most a year either side).
        m_from = std::numeric_limits<qint64>::min();
        m_to = std::numeric_limits<qint64>::max();
        if (m_zone.hasTransitions()) {
            const QTimeZone::OffsetData next = m_zone.nextTransition(at);
            const QTimeZone::OffsetData previous = m_zone.previousTransition(at.addSecs(1));
            m_to = next.atUtc.isValid() ? std::min(next.atUtc.toSecsSinceEpoch(), utcSecs + 366 * 86400) : utcSecs + 366 * 86400;
            m_from = previous.atUtc.isValid() ? std::max(previous.atUtc.toSecsSinceEpoch(), utcSecs - 366 * 86400) : utcSecs - 366 * 86400;
            if (m_from > utcSecs) // the transition is this very second: the offset starts here
                m_from = utcSecs;
        }
    }
    const qint64 local = utcSecs + m_offset;
    // Unix epoch = Julian day 2440588; floor division for instants before 1970.
    return 2440588 + (local >= 0 ? local / 86400 : -((-local + 86399) / 86400));
}

} // namespace TimeUtil
