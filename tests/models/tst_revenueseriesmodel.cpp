// SPDX-License-Identifier: MIT
#include "modelroles.h"
#include "revenueseriesmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

/** RevenueSeriesModel: rows and columns of a series, money in cents and text, chart points, the compared series. */
class TestRevenueSeriesModel : public QObject
{
    Q_OBJECT

private slots:
    void rowsFollowTheSeries();
    void chartPointsMatchTheTable();
    void periodLabels_data();
    void periodLabels();
};

namespace {

RevenueSeries series(QDate first, const QList<qint64> &cents, Granularity g = Granularity::Day)
{
    RevenueSeries s;
    s.granularity = g;
    s.range = DateRange{first, first.addDays(cents.size() - 1)};
    for (qsizetype i = 0; i < cents.size(); ++i) {
        PeriodPoint p;
        p.period = first.addDays(i);
        p.totals.revenue = Money::fromCents(cents.at(i));
        p.totals.orders = cents.at(i) / 1000;
        p.totals.units = cents.at(i) / 500;
        s.totals.revenue += p.totals.revenue;
        s.points << p;
    }
    return s;
}

} // namespace

void TestRevenueSeriesModel::rowsFollowTheSeries()
{
    RevenueSeriesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setSeries(series(QDate(2026, 6, 1), {12345, 0, 4000}), series(QDate(2026, 5, 29), {100, 200, 300}));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(RevenueSeriesModel::ColumnCount));
    QCOMPARE(model.index(0, RevenueSeriesModel::Revenue).data(ModelRoles::CentsRole).toLongLong(), 12345);
    QCOMPARE(model.index(0, RevenueSeriesModel::Revenue).data().toString(), QStringLiteral("$123.45"));
    QCOMPARE(model.index(0, RevenueSeriesModel::Orders).data(Qt::EditRole).toLongLong(), 12);
    QCOMPARE(model.index(0, RevenueSeriesModel::AverageOrderValue).data(ModelRoles::CentsRole).toLongLong(), 1029); // 12345 / 12
    QCOMPARE(model.index(1, RevenueSeriesModel::AverageOrderValue).data(ModelRoles::CentsRole).toLongLong(), 0);
    QCOMPARE(model.index(2, RevenueSeriesModel::PreviousPeriod).data(Qt::EditRole).toDate(), QDate(2026, 5, 31));
    QCOMPARE(model.index(2, RevenueSeriesModel::PreviousRevenue).data(ModelRoles::CentsRole).toLongLong(), 300);
    // A shorter compared series leaves the rest of its column empty.
    model.setSeries(series(QDate(2026, 6, 1), {1, 2, 3, 4}), series(QDate(2026, 5, 1), {5}));
    QCOMPARE(model.rowCount(), 4);
    QVERIFY(!model.index(3, RevenueSeriesModel::PreviousRevenue).data().isValid());
    QCOMPARE(model.points(RevenueSeriesModel::PreviousRevenue).size(), 1);
}

void TestRevenueSeriesModel::chartPointsMatchTheTable()
{
    RevenueSeriesModel model;
    model.setSeries(series(QDate(2026, 6, 1), {12345, 0, 4000}), series(QDate(2026, 5, 29), {100, 200, 300}));
    const QList<QPointF> revenue = model.points(RevenueSeriesModel::Revenue);
    QCOMPARE(revenue.size(), 3);
    QCOMPARE(revenue.at(0).y(), 123.45);
    QCOMPARE(revenue.at(2).y(), 40.0);
    QCOMPARE(qint64(revenue.at(1).x()), QDate(2026, 6, 2).startOfDay().toMSecsSinceEpoch());
    // The compared period sits on the current period's x positions.
    const QList<QPointF> previous = model.points(RevenueSeriesModel::PreviousRevenue);
    QCOMPARE(previous.size(), 3);
    QCOMPARE(previous.at(1), QPointF(revenue.at(1).x(), 2.0));
    QCOMPARE(model.points(RevenueSeriesModel::Units).at(0).y(), 24.0);
}

void TestRevenueSeriesModel::periodLabels_data()
{
    QTest::addColumn<int>("granularity");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QString>("label");
    QTest::newRow("day") << int(Granularity::Day) << QDate(2026, 6, 1) << QStringLiteral("2026-06-01");
    QTest::newRow("week") << int(Granularity::Week) << QDate(2026, 6, 1) << QStringLiteral("2026-W23");
    QTest::newRow("week of the previous ISO year") << int(Granularity::Week) << QDate(2020, 12, 28) << QStringLiteral("2020-W53");
    QTest::newRow("year") << int(Granularity::Year) << QDate(2026, 1, 1) << QStringLiteral("2026");
}

void TestRevenueSeriesModel::periodLabels()
{
    QFETCH(int, granularity);
    QFETCH(QDate, day);
    QFETCH(QString, label);
    RevenueSeriesModel model;
    model.setSeries(series(day, {100}, Granularity(granularity)));
    QCOMPARE(model.index(0, RevenueSeriesModel::Period).data().toString(), label);
    QCOMPARE(model.index(0, RevenueSeriesModel::Period).data(Qt::EditRole).toDate(), day);
}

QTEST_GUILESS_MAIN(TestRevenueSeriesModel)
#include "tst_revenueseriesmodel.moc"
