// SPDX-License-Identifier: MIT
#include "timeutil.h"

#include <QRegularExpression>

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

QDateTime fromDb(const QVariant &value)
{
    if (value.isNull() || !value.isValid())
        return {};
    if (value.metaType().id() == QMetaType::QDateTime) {
        const QDateTime dt = value.toDateTime();
        // Drivers hand back the stored wall-clock fields; they are UTC whatever spec Qt attached.
        return QDateTime(dt.date(), QTime(dt.time().hour(), dt.time().minute(), dt.time().second()), Qt::UTC);
    }
    QString text = value.toString().trimmed();
    if (text.isEmpty())
        return {};
    text.replace(u'T', u' ');
    if (text.endsWith(u'Z'))
        text.chop(1);
    const QDateTime dt = QDateTime::fromString(text.left(19), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (!dt.isValid())
        return {};
    return QDateTime(dt.date(), dt.time(), Qt::UTC);
}

QString toIso(const QDateTime &dt)
{
    if (!dt.isValid())
        return {};
    // Qt::ISODate writes no offset for Qt::LocalTime values: pin the local offset first.
    const QDateTime pinned = dt.timeSpec() == Qt::LocalTime ? dt.toOffsetFromUtc(dt.offsetFromUtc()) : dt;
    QString s = pinned.toString(Qt::ISODate);
    if (s.endsWith(u'Z')) {
        s.chop(1);
        s += QStringLiteral("+00:00");
    }
    return s;
}

QDateTime parseIso(const QString &text, const QTimeZone &zone)
{
    const QString t = text.trimmed();
    static const QRegularExpression dateOnly(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (dateOnly.match(t).hasMatch()) {
        const QDate d = QDate::fromString(t, Qt::ISODate);
        if (!d.isValid())
            return {};
        return QDateTime(d, QTime(0, 0), zone).toUTC();
    }
    static const QRegularExpression dateTime(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,6})?)?(Z|[+-]\\d{2}:?\\d{2})?$"));
    if (!dateTime.match(t).hasMatch())
        return {};
    QString iso = t;
    iso.replace(u' ', u'T');
    QDateTime dt = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!dt.isValid())
        return {};
    if (dt.timeSpec() == Qt::LocalTime) // no offset given: the store's local time
        dt = QDateTime(dt.date(), dt.time(), zone);
    dt = dt.toUTC();
    return QDateTime(dt.date(), QTime(dt.time().hour(), dt.time().minute(), dt.time().second()), Qt::UTC);
}

} // namespace TimeUtil
