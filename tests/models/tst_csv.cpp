// SPDX-License-Identifier: MIT
#include "csv.h"
#include "moneyformat.h"

#include <QBuffer>
#include <QStandardItemModel>
#include <QTest>

/** CSV export (RFC 4180, UTF-8) and the money display format. */
class TestCsv : public QObject
{
    Q_OBJECT

private slots:
    void quotesOnlyWhenNeeded_data();
    void quotesOnlyWhenNeeded();
    void exportRoundTripsAwkwardNames();
    void exportsOnlyTheChosenRows();
    void moneyFormat_data();
    void moneyFormat();
};

void TestCsv::quotesOnlyWhenNeeded_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("field");
    QTest::newRow("plain") << QStringLiteral("Drill") << QStringLiteral("Drill");
    QTest::newRow("comma") << QStringLiteral("Rake, steel") << QStringLiteral("\"Rake, steel\"");
    QTest::newRow("quote") << QStringLiteral("5\" nails") << QStringLiteral("\"5\"\" nails\"");
    QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    QTest::newRow("empty") << QString() << QString();
}

void TestCsv::quotesOnlyWhenNeeded()
{
    QFETCH(QString, text);
    QFETCH(QString, field);
    QCOMPARE(Csv::field(text), field);
}

void TestCsv::exportRoundTripsAwkwardNames()
{
    QStandardItemModel model(0, 2);
    model.setHorizontalHeaderLabels({QStringLiteral("Name"), QStringLiteral("Price")});
    const QList<QStringList> rows{{QStringLiteral("Rake, 100% steel"), QStringLiteral("12.75")},
                                  {QStringLiteral("The \"Big\" Saw"), QStringLiteral("19.50")},
                                  {QStringLiteral("Two\nlines\r\nhere"), QStringLiteral("0.00")},
                                  {QStringLiteral("Zoë’s café ☕"), QString()}};
    for (const QStringList &r : rows)
        model.appendRow({new QStandardItem(r[0]), new QStandardItem(r[1])});

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(Csv::write(model, buffer));
    const QByteArray bytes = buffer.data();
    QVERIFY(bytes.startsWith("Name,Price\r\n\"Rake, 100% steel\",12.75\r\n\"The \"\"Big\"\" Saw\",19.50\r\n"));
    QVERIFY(bytes.endsWith("\r\n"));
    QVERIFY(bytes.contains("Zo\xc3\xab")); // UTF-8

    const QList<QStringList> parsed = Csv::parse(QString::fromUtf8(bytes));
    QCOMPARE(parsed.size(), 1 + rows.size());
    QCOMPARE(parsed.first(), (QStringList{QStringLiteral("Name"), QStringLiteral("Price")}));
    for (int i = 0; i < rows.size(); ++i)
        QCOMPARE(parsed.at(i + 1), rows.at(i));
}

void TestCsv::exportsOnlyTheChosenRows()
{
    QStandardItemModel model(0, 1);
    model.setHorizontalHeaderLabels({QStringLiteral("N")});
    for (int i = 0; i < 5; ++i)
        model.appendRow(new QStandardItem(QString::number(i)));
    QCOMPARE(Csv::toText(model, {1, 3}), QStringLiteral("N\r\n1\r\n3\r\n"));
}

void TestCsv::moneyFormat_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("text");
    QTest::newRow("usd") << qint64(123450) << QStringLiteral("USD") << QStringLiteral("$1,234.50");
    QTest::newRow("eur") << qint64(5) << QStringLiteral("EUR") << QStringLiteral("\u20ac0.05");
    QTest::newRow("negative") << qint64(-199) << QStringLiteral("USD") << QStringLiteral("-$1.99");
    QTest::newRow("unknown code") << qint64(1000) << QStringLiteral("chf") << QStringLiteral("CHF 10.00");
    QTest::newRow("huge") << qint64(900719925474099199) << QStringLiteral("USD") << QStringLiteral("$9,007,199,254,740,991.99");
}

void TestCsv::moneyFormat()
{
    QFETCH(qint64, cents);
    QFETCH(QString, currency);
    QFETCH(QString, text);
    QCOMPARE(MoneyFormat::format(cents, currency, QLocale(QLocale::English, QLocale::UnitedStates)), text);
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
