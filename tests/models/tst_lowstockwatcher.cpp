// SPDX-License-Identifier: MIT
#include "lowstockwatcher.h"

#include <QTest>

/** Which stock rows crossed their threshold between two looks. */
class TestLowStockWatcher : public QObject
{
    Q_OBJECT

private slots:
    void firstLookOnlyLearns();
    void reportsRowsThatBecameLow();
    void recoveredRowsCanCrossAgain();

private:
    static LowStockRow row(qint64 id, qint64 quantity, qint64 threshold = 10)
    {
        LowStockRow r;
        r.inventoryId = id;
        r.productName = QStringLiteral("Product %1").arg(id);
        r.location = QStringLiteral("Main");
        r.currentQuantity = quantity;
        r.threshold = threshold;
        return r;
    }
    static QList<qint64> ids(const QList<LowStockRow> &rows)
    {
        QList<qint64> result;
        for (const LowStockRow &r : rows)
            result << r.inventoryId;
        return result;
    }
};

void TestLowStockWatcher::firstLookOnlyLearns()
{
    LowStockWatcher watcher;
    QVERIFY(!watcher.isPrimed());
    QVERIFY(watcher.update({row(1, 3), row(2, 0)}).isEmpty());
    QVERIFY(watcher.isPrimed());
    // Nothing changed: nothing to report, even though the rows are low.
    QVERIFY(watcher.update({row(1, 3), row(2, 0)}).isEmpty());
}

void TestLowStockWatcher::reportsRowsThatBecameLow()
{
    LowStockWatcher watcher;
    watcher.update({row(1, 3)});
    // Row 2 fell to its threshold, row 3 below it; row 1 stays low (lower still) and is not repeated.
    const QList<LowStockRow> crossed = watcher.update({row(1, 1), row(2, 10), row(3, 4)});
    QCOMPARE(ids(crossed), (QList<qint64>{2, 3}));
    QCOMPARE(crossed.first().currentQuantity, 10);
    QCOMPARE(crossed.first().productName, QStringLiteral("Product 2"));
    QVERIFY(watcher.update({row(1, 1), row(2, 9), row(3, 4)}).isEmpty());
}

void TestLowStockWatcher::recoveredRowsCanCrossAgain()
{
    LowStockWatcher watcher;
    watcher.update({row(1, 3), row(2, 5)});
    QVERIFY(watcher.update({row(2, 5)}).isEmpty()); // row 1 restocked above its threshold
    QCOMPARE(ids(watcher.update({row(1, 8), row(2, 5)})), QList<qint64>{1});
    watcher.reset();
    QVERIFY(watcher.update({row(3, 0)}).isEmpty());
}

QTEST_GUILESS_MAIN(TestLowStockWatcher)
#include "tst_lowstockwatcher.moc"
