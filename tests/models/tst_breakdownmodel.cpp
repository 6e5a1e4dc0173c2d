// SPDX-License-Identifier: MIT
#include "breakdownmodel.h"
#include "modelroles.h"

#include <QAbstractItemModelTester>
#include <QTest>

/** BreakdownModel: one row per breakdown row, money and changes as the service rounds them. */
class TestBreakdownModel : public QObject
{
    Q_OBJECT

private slots:
    void rowsAndChanges();
};

void TestBreakdownModel::rowsAndChanges()
{
    BreakdownModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows({BreakdownRow{QStringLiteral("3"), QStringLiteral("Shoes"), Money::fromCents(15000), Money::fromCents(10000)},
                   BreakdownRow{QStringLiteral("Amazon"), QStringLiteral("Amazon"), Money::fromCents(500), Money::fromCents(0)},
                   BreakdownRow{QStringLiteral("7"), QString(), Money::fromCents(100), Money::fromCents(300)}});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, BreakdownModel::Name).data().toString(), QStringLiteral("Shoes"));
    QCOMPARE(model.index(0, BreakdownModel::Current).data(ModelRoles::CentsRole).toLongLong(), 15000);
    QCOMPARE(model.index(0, BreakdownModel::Change).data(ModelRoles::CentsRole).toLongLong(), 5000);
    QCOMPARE(model.index(0, BreakdownModel::ChangePercent).data(Qt::EditRole).toDouble(), 50.0);
    QCOMPARE(model.index(0, BreakdownModel::ChangePercent).data().toString(), QStringLiteral("50.00 %"));
    // A zero base has no percentage.
    QCOMPARE(model.index(1, BreakdownModel::ChangePercent).data().toString(), QStringLiteral("\u2014"));
    QVERIFY(!model.index(1, BreakdownModel::ChangePercent).data(Qt::EditRole).isValid());
    // Without a name the key stands in.
    QCOMPARE(model.name(2), QStringLiteral("7"));
    QCOMPARE(model.value(2, BreakdownModel::Previous), 3.0);
    QCOMPARE(model.index(2, BreakdownModel::ChangePercent).data(Qt::EditRole).toDouble(), -66.67);
    model.setRows({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestBreakdownModel)
#include "tst_breakdownmodel.moc"
