// SPDX-License-Identifier: MIT
#include "timeutil.h"

#include <QTest>

#include <ctime>

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

QDateTime inZone(const char *zone, int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone(zone));
}

} // namespace

class TestTimeUtil : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void nowUtcIsWholeSecondsUtc();
    void toDb_data();
    void toDb();
    void fromDb_data();
    void fromDb();
    void roundTrip_data();
    void roundTrip();
    void toIso_data();
    void toIso();
    void parseIso_data();
    void parseIso();
    void parseIsoRejects_data();
    void parseIsoRejects();
};

void TestTimeUtil::initTestCase()
{
    // A local zone that is not UTC (and has DST), so code that confuses local time and UTC fails.
    qputenv("TZ", "America/New_York");
    tzset();
    const QDateTime probe(QDate(2026, 1, 15), QTime(12, 0), Qt::LocalTime);
    QCOMPARE(probe.offsetFromUtc(), -5 * 3600);
}

void TestTimeUtil::nowUtcIsWholeSecondsUtc()
{
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const QDateTime now = TimeUtil::nowUtc();
    const QDateTime after = QDateTime::currentDateTimeUtc();
    QCOMPARE(now.timeSpec(), Qt::UTC);
    QCOMPARE(now.time().msec(), 0);
    QVERIFY(now.toMSecsSinceEpoch() >= before.toMSecsSinceEpoch() - 999);
    QVERIFY(now <= after);
}

void TestTimeUtil::toDb_data()
{
    QTest::addColumn<QDateTime>("value");
    QTest::addColumn<QString>("expected"); // empty = NULL
    QTest::newRow("utc") << utc(2026, 3, 1, 10, 15, 30) << "2026-03-01 10:15:30";
    QTest::newRow("milliseconds dropped") << utc(2026, 3, 1, 10, 15, 30, 999) << "2026-03-01 10:15:30";
    QTest::newRow("midnight") << utc(2026, 1, 1, 0, 0, 0) << "2026-01-01 00:00:00";
    QTest::newRow("leap day") << utc(2024, 2, 29, 23, 59, 59) << "2024-02-29 23:59:59";
    QTest::newRow("offset +02:00") << QDateTime(QDate(2026, 3, 1), QTime(12, 15, 30), Qt::OffsetFromUTC, 7200) << "2026-03-01 10:15:30";
    QTest::newRow("offset -05:30 crosses midnight")
        << QDateTime(QDate(2026, 3, 1), QTime(20, 0), Qt::OffsetFromUTC, -(5 * 3600 + 1800)) << "2026-03-02 01:30:00";
    QTest::newRow("Berlin summer") << inZone("Europe/Berlin", 2026, 7, 1, 2, 30) << "2026-07-01 00:30:00";
    QTest::newRow("Berlin winter") << inZone("Europe/Berlin", 2026, 1, 1, 0, 30) << "2025-12-31 23:30:00";
    QTest::newRow("local (New York) winter") << QDateTime(QDate(2026, 1, 1), QTime(20, 0), Qt::LocalTime) << "2026-01-02 01:00:00";
    QTest::newRow("local (New York) summer") << QDateTime(QDate(2026, 7, 1), QTime(20, 0), Qt::LocalTime) << "2026-07-02 00:00:00";
    QTest::newRow("year 9999") << utc(9999, 12, 31, 23, 59, 59) << "9999-12-31 23:59:59";
    QTest::newRow("invalid") << QDateTime() << "";
}

void TestTimeUtil::toDb()
{
    QFETCH(QDateTime, value);
    QFETCH(QString, expected);
    const QVariant v = TimeUtil::toDb(value);
    if (expected.isEmpty()) {
        QVERIFY(v.isNull());
        return;
    }
    QVERIFY(!v.isNull());
    QCOMPARE(v.toString(), expected);
}

void TestTimeUtil::fromDb_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QDateTime>("expected"); // invalid = no time

    const QDateTime t = utc(2026, 3, 1, 10, 15, 30);
    QTest::newRow("text, space") << QVariant(QStringLiteral("2026-03-01 10:15:30")) << t;
    QTest::newRow("text, T and Z") << QVariant(QStringLiteral("2026-03-01T10:15:30Z")) << t;
    QTest::newRow("text, T") << QVariant(QStringLiteral("2026-03-01T10:15:30")) << t;
    QTest::newRow("text, fraction") << QVariant(QStringLiteral("2026-03-01 10:15:30.123456")) << t;
    QTest::newRow("text, padded") << QVariant(QStringLiteral("  2026-03-01 10:15:30 ")) << t;
    QTest::newRow("bytes") << QVariant(QByteArray("2026-03-01 10:15:30")) << t;
    // Drivers hand back the stored (UTC) wall-clock fields with whatever spec: take the fields.
    QTest::newRow("QDateTime local spec") << QVariant(QDateTime(QDate(2026, 3, 1), QTime(10, 15, 30), Qt::LocalTime)) << t;
    QTest::newRow("QDateTime local spec, summer")
        << QVariant(QDateTime(QDate(2026, 7, 1), QTime(23, 30), Qt::LocalTime)) << utc(2026, 7, 1, 23, 30);
    QTest::newRow("QDateTime local spec, in the local DST gap")
        << QVariant(QDateTime(QDate(2026, 3, 8), QTime(2, 30), Qt::LocalTime)) << utc(2026, 3, 8, 2, 30);
    QTest::newRow("QDateTime utc spec") << QVariant(t) << t;
    QTest::newRow("QDateTime with milliseconds") << QVariant(utc(2026, 3, 1, 10, 15, 30, 750)) << t;
    QTest::newRow("null string") << QVariant(QMetaType::fromType<QString>()) << QDateTime();
    QTest::newRow("null datetime") << QVariant(QMetaType::fromType<QDateTime>()) << QDateTime();
    QTest::newRow("invalid variant") << QVariant() << QDateTime();
    QTest::newRow("empty text") << QVariant(QString()) << QDateTime();
    QTest::newRow("garbage") << QVariant(QStringLiteral("yesterday")) << QDateTime();
    QTest::newRow("month 13") << QVariant(QStringLiteral("2026-13-01 00:00:00")) << QDateTime();
    QTest::newRow("February 30") << QVariant(QStringLiteral("2026-02-30 00:00:00")) << QDateTime();
    QTest::newRow("hour 24") << QVariant(QStringLiteral("2026-03-01 24:00:00")) << QDateTime();
    QTest::newRow("letters for the year") << QVariant(QStringLiteral("ABCD-01-01 00:00:00")) << QDateTime();
}

void TestTimeUtil::fromDb()
{
    QFETCH(QVariant, value);
    QFETCH(QDateTime, expected);
    const QDateTime got = TimeUtil::fromDb(value);
    if (!expected.isValid()) {
        QVERIFY2(!got.isValid(), qPrintable(got.toString(Qt::ISODate)));
        return;
    }
    QVERIFY(got.isValid());
    QCOMPARE(got.timeSpec(), Qt::UTC);
    QCOMPARE(got, expected);
    QCOMPARE(got.toString(Qt::ISODateWithMs), expected.toString(Qt::ISODateWithMs));
}

void TestTimeUtil::roundTrip_data()
{
    QTest::addColumn<QDateTime>("value");
    QTest::newRow("utc") << utc(2026, 3, 1, 10, 15, 30);
    QTest::newRow("utc with ms") << utc(2026, 3, 1, 10, 15, 30, 456);
    QTest::newRow("epoch") << utc(1970, 1, 1, 0, 0);
    QTest::newRow("end of year") << utc(2025, 12, 31, 23, 59, 59);
    QTest::newRow("US DST start instant") << utc(2026, 3, 8, 7, 30);
    QTest::newRow("EU DST end instant") << utc(2026, 10, 25, 1, 30);
    QTest::newRow("offset") << QDateTime(QDate(2026, 6, 15), QTime(14, 0), Qt::OffsetFromUTC, 9 * 3600);
    QTest::newRow("zone") << inZone("Asia/Kolkata", 2026, 6, 15, 9, 45, 12);
    QTest::newRow("local") << QDateTime(QDate(2026, 11, 1), QTime(12, 0, 1), Qt::LocalTime);
}

void TestTimeUtil::roundTrip()
{
    QFETCH(QDateTime, value);
    const QDateTime instant = QDateTime::fromSecsSinceEpoch(value.toSecsSinceEpoch(), Qt::UTC);
    // As stored (text) and as a driver may deliver it (QDateTime with the stored fields).
    const QVariant stored = TimeUtil::toDb(value);
    QCOMPARE(TimeUtil::fromDb(stored), instant);
    const QDateTime asDriver = QDateTime::fromString(stored.toString(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    QCOMPARE(TimeUtil::fromDb(QVariant(asDriver)), instant);
    // And through the API text form.
    QCOMPARE(TimeUtil::parseIso(TimeUtil::toIso(value), QTimeZone("Europe/Berlin")), instant);
    QCOMPARE(TimeUtil::parseIso(TimeUtil::toIso(TimeUtil::fromDb(stored)), QTimeZone::utc()), instant);
}

void TestTimeUtil::toIso_data()
{
    QTest::addColumn<QDateTime>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("utc is +00:00, not Z") << utc(2026, 3, 1, 10, 15) << "2026-03-01T10:15:00+00:00";
    QTest::newRow("milliseconds not shown") << utc(2026, 3, 1, 10, 15, 5, 250) << "2026-03-01T10:15:05+00:00";
    QTest::newRow("offset +01:00") << QDateTime(QDate(2026, 3, 1), QTime(11, 15), Qt::OffsetFromUTC, 3600) << "2026-03-01T11:15:00+01:00";
    QTest::newRow("offset -05:30") << QDateTime(QDate(2026, 3, 1), QTime(4, 45), Qt::OffsetFromUTC, -(5 * 3600 + 1800))
                                   << "2026-03-01T04:45:00-05:30";
    QTest::newRow("Berlin summer") << inZone("Europe/Berlin", 2026, 7, 1, 12, 0) << "2026-07-01T12:00:00+02:00";
    QTest::newRow("Berlin winter") << inZone("Europe/Berlin", 2026, 1, 1, 12, 0) << "2026-01-01T12:00:00+01:00";
    QTest::newRow("local (New York) winter") << QDateTime(QDate(2026, 1, 15), QTime(9, 30), Qt::LocalTime) << "2026-01-15T09:30:00-05:00";
    QTest::newRow("local (New York) summer") << QDateTime(QDate(2026, 7, 15), QTime(9, 30), Qt::LocalTime) << "2026-07-15T09:30:00-04:00";
    QTest::newRow("local, same instant as UTC") << QDateTime(QDate(2026, 1, 15), QTime(9, 30), Qt::LocalTime).toUTC() << "2026-01-15T14:30:00+00:00";
    QTest::newRow("stored value shown in UTC") << TimeUtil::fromDb(QStringLiteral("2026-06-15 12:00:00")) << "2026-06-15T12:00:00+00:00";
    QTest::newRow("invalid") << QDateTime() << "";
}

void TestTimeUtil::toIso()
{
    QFETCH(QDateTime, value);
    QFETCH(QString, expected);
    QCOMPARE(TimeUtil::toIso(value), expected);
}

void TestTimeUtil::parseIso_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDateTime>("expected");
    QTest::newRow("date in UTC") << "2026-03-01" << QByteArray("UTC") << utc(2026, 3, 1, 0, 0);
    QTest::newRow("date in Berlin (winter)") << "2026-03-01" << QByteArray("Europe/Berlin") << utc(2026, 2, 28, 23, 0);
    QTest::newRow("date in Berlin (summer)") << "2026-07-01" << QByteArray("Europe/Berlin") << utc(2026, 6, 30, 22, 0);
    QTest::newRow("date in New York (summer)") << "2026-07-04" << QByteArray("America/New_York") << utc(2026, 7, 4, 4, 0);
    QTest::newRow("date in Tokyo") << "2026-01-01" << QByteArray("Asia/Tokyo") << utc(2025, 12, 31, 15, 0);
    QTest::newRow("Z") << "2026-03-01T10:15:00Z" << QByteArray("Europe/Berlin") << utc(2026, 3, 1, 10, 15);
    QTest::newRow("+02:00") << "2026-03-01T10:15:00+02:00" << QByteArray("UTC") << utc(2026, 3, 1, 8, 15);
    QTest::newRow("-05:30") << "2026-03-01T10:15:00-05:30" << QByteArray("Europe/Berlin") << utc(2026, 3, 1, 15, 45);
    QTest::newRow("+0200 without colon") << "2026-03-01T10:15:00+0200" << QByteArray("UTC") << utc(2026, 3, 1, 8, 15);
    QTest::newRow("+00:00") << "2026-03-01T10:15:00+00:00" << QByteArray("Asia/Tokyo") << utc(2026, 3, 1, 10, 15);
    QTest::newRow("offset crosses the year") << "2026-12-31T23:30:00-01:00" << QByteArray("UTC") << utc(2027, 1, 1, 0, 30);
    QTest::newRow("space separator") << "2026-03-01 10:15:00Z" << QByteArray("UTC") << utc(2026, 3, 1, 10, 15);
    QTest::newRow("no seconds") << "2026-03-01T10:15Z" << QByteArray("UTC") << utc(2026, 3, 1, 10, 15);
    QTest::newRow("fraction dropped") << "2026-03-01T10:15:07.987Z" << QByteArray("UTC") << utc(2026, 3, 1, 10, 15, 7);
    QTest::newRow("no offset: store zone (winter)") << "2026-03-01T10:15:00" << QByteArray("Europe/Berlin") << utc(2026, 3, 1, 9, 15);
    QTest::newRow("no offset: store zone (summer)") << "2026-07-01T10:15:00" << QByteArray("Europe/Berlin") << utc(2026, 7, 1, 8, 15);
    QTest::newRow("no offset: UTC store") << "2026-07-01T10:15:00" << QByteArray("UTC") << utc(2026, 7, 1, 10, 15);
    QTest::newRow("+14:00") << "2026-03-01T10:15:00+14:00" << QByteArray("UTC") << utc(2026, 2, 28, 20, 15);
    QTest::newRow("surrounding spaces") << "  2026-03-01T10:15:00Z " << QByteArray("UTC") << utc(2026, 3, 1, 10, 15);
    QTest::newRow("leap day") << "2024-02-29" << QByteArray("UTC") << utc(2024, 2, 29, 0, 0);
    // Wall times a daylight-saving change skips land just after it (the offset before the change).
    QTest::newRow("in the spring-forward gap") << "2026-03-29T02:30:00" << QByteArray("Europe/Berlin") << utc(2026, 3, 29, 1, 30);
    QTest::newRow("date whose midnight is skipped") << "2018-11-04" << QByteArray("America/Sao_Paulo") << utc(2018, 11, 4, 3, 0);
    QTest::newRow("a skipped day") << "2011-12-30" << QByteArray("Pacific/Apia") << utc(2011, 12, 30, 10, 0);
    QTest::newRow("fall-back overlap") << "2026-10-25T01:30:00+02:00" << QByteArray("Europe/Berlin") << utc(2026, 10, 24, 23, 30);
}

void TestTimeUtil::parseIso()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, zone);
    QFETCH(QDateTime, expected);
    const QTimeZone tz(zone);
    QVERIFY(tz.isValid());
    const QDateTime got = TimeUtil::parseIso(text, tz);
    QVERIFY2(got.isValid(), qPrintable(text));
    QCOMPARE(got.timeSpec(), Qt::UTC);
    QCOMPARE(got.time().msec(), 0);
    QCOMPARE(got, expected);
    QCOMPARE(got.toString(Qt::ISODate), expected.toString(Qt::ISODate));
}

void TestTimeUtil::parseIsoRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("blank") << "   ";
    QTest::newRow("words") << "tomorrow";
    QTest::newRow("February 30") << "2026-02-30";
    QTest::newRow("month 13") << "2026-13-01";
    QTest::newRow("not leap year") << "2025-02-29";
    QTest::newRow("single-digit fields") << "2026-3-1";
    QTest::newRow("US order") << "03/01/2026";
    QTest::newRow("compact") << "20260301";
    QTest::newRow("dangling T") << "2026-03-01T";
    QTest::newRow("hour only") << "2026-03-01T10";
    QTest::newRow("hour 25") << "2026-03-01T25:00:00Z";
    QTest::newRow("minute 60") << "2026-03-01T10:60:00Z";
    QTest::newRow("second 60") << "2026-03-01T10:15:60Z";
    QTest::newRow("offset hour 25") << "2026-03-01T10:15:00+25:00";
    QTest::newRow("bad zone letter") << "2026-03-01T10:15:00X";
    QTest::newRow("trailing text") << "2026-03-01T10:15:00Z please";
    QTest::newRow("date with trailing text") << "2026-03-01x";
    QTest::newRow("date with another separator") << "2026-03)01";
    QTest::newRow("before year 1 in UTC") << "0001-01-01T00:00:00+05:00";
    QTest::newRow("after 9999 in UTC") << "9999-12-31T23:00:00-05:00";
}

void TestTimeUtil::parseIsoRejects()
{
    QFETCH(QString, text);
    const QDateTime got = TimeUtil::parseIso(text, QTimeZone::utc());
    QVERIFY2(!got.isValid(), qPrintable(got.toString(Qt::ISODate)));
}

QTEST_GUILESS_MAIN(TestTimeUtil)
#include "tst_timeutil.moc"
