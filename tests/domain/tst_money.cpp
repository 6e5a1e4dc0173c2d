// SPDX-License-Identifier: MIT
#include "money.h"

#include <QTest>

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void fromDouble_data();
    void fromDouble();
    void toString_data();
    void toString();
    void sumsAreExact();
};

void TestMoney::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("cents");
    QTest::newRow("integer") << QStringLiteral("12") << true << qint64(1200);
    QTest::newRow("one decimal") << QStringLiteral("12.3") << true << qint64(1230);
    QTest::newRow("two decimals") << QStringLiteral("1234.50") << true << qint64(123450);
    QTest::newRow("negative") << QStringLiteral("-0.05") << true << qint64(-5);
    QTest::newRow("leading dot") << QStringLiteral(".5") << true << qint64(50);
    QTest::newRow("spaces") << QStringLiteral("  7.25 ") << true << qint64(725);
    QTest::newRow("three decimals") << QStringLiteral("1.234") << false << qint64(0);
    QTest::newRow("empty") << QString() << false << qint64(0);
    QTest::newRow("letters") << QStringLiteral("12a") << false << qint64(0);
    QTest::newRow("lone dot") << QStringLiteral(".") << false << qint64(0);
    QTest::newRow("comma") << QStringLiteral("1,50") << false << qint64(0);
    QTest::newRow("too large") << QStringLiteral("123456789012.00") << false << qint64(0);
    QTest::newRow("arabic-indic digits") << QStringLiteral("\u0661\u0662") << false << qint64(0);
    QTest::newRow("fullwidth digits") << QStringLiteral("\uFF11.5") << false << qint64(0);
}

void TestMoney::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(qint64, cents);
    const auto money = Money::parse(text);
    QCOMPARE(money.has_value(), valid);
    if (valid)
        QCOMPARE(qint64(money->cents()), cents);
}

void TestMoney::fromDouble_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("cents");
    QTest::newRow("19.99") << 19.99 << true << qint64(1999);
    QTest::newRow("0.1") << 0.1 << true << qint64(10);
    QTest::newRow("0.29") << 0.29 << true << qint64(29);
    QTest::newRow("1.005 is sub-cent") << 1.005 << false << qint64(0);
    QTest::newRow("19.995") << 19.995 << false << qint64(0);
    QTest::newRow("negative") << -3.5 << true << qint64(-350);
    QTest::newRow("large") << 99999999.99 << true << qint64(9999999999);
    QTest::newRow("nan") << std::nan("") << false << qint64(0);
    QTest::newRow("inf") << std::numeric_limits<double>::infinity() << false << qint64(0);
    QTest::newRow("huge") << 1e300 << false << qint64(0);
    QTest::newRow("largest") << 99999999999.99 << true << qint64(9999999999999);
    QTest::newRow("10^11 units, as parse()") << 1e11 << false << qint64(0);
    QTest::newRow("rounds to 10^11 units") << 99999999999.99999 << false << qint64(0);
}

void TestMoney::fromDouble()
{
    QFETCH(double, value);
    QFETCH(bool, valid);
    QFETCH(qint64, cents);
    const auto money = Money::fromDouble(value);
    QCOMPARE(money.has_value(), valid);
    if (valid)
        QCOMPARE(qint64(money->cents()), cents);
}

void TestMoney::toString_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0.00");
    QTest::newRow("cents") << qint64(5) << QStringLiteral("0.05");
    QTest::newRow("negative") << qint64(-5) << QStringLiteral("-0.05");
    QTest::newRow("big") << qint64(123456789) << QStringLiteral("1234567.89");
}

void TestMoney::toString()
{
    QFETCH(qint64, cents);
    QFETCH(QString, text);
    QCOMPARE(Money::fromCents(cents).toString(), text);
    QCOMPARE(Money::parse(text)->cents(), cents);
}

void TestMoney::sumsAreExact()
{
    // 0.10 + 0.20 ten thousand times: binary floating point drifts, Money does not.
    Money total;
    double drifting = 0;
    for (int i = 0; i < 10000; ++i) {
        total += *Money::fromDouble(0.10) + *Money::fromDouble(0.20);
        drifting += 0.10 + 0.20;
    }
    QCOMPARE(total.toString(), QStringLiteral("3000.00"));
    QVERIFY(drifting != 3000.0); // the reason Money exists
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
