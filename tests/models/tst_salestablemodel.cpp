// SPDX-License-Identifier: MIT
#include "guitesthelpers.h"
#include "modelroles.h"
#include "salestablemodel.h"
#include "salestatusproxymodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

#include <algorithm>

/** The windowed orders model: counts, SQL sorting and filtering over all rows, bounded memory. */
class TestSalesTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { TestDatabases::addEngineRows(); }
    void init();
    void cleanup() { m_store.reset(); }

    void countsEveryOrderAndPassesTheTester();
    void sortsByTotalOverAllRows();
    void readsLateWindowsFromTheEnd();
    void filtersByPlatformStatusAndCustomer();
    void filtersByStoreLocalDates();
    void keepsOnlyAFewWindows();
    void statusProxyShowsWordsAndSortsInSql();

private:
    std::unique_ptr<Store> m_store;
    QList<Sale> m_all; ///< every order, newest first (from the service)
};

void TestSalesTableModel::init()
{
    QFETCH_GLOBAL(QString, engine);
    m_store = GuiTest::demoStore(engine, 700);
    SaleFilter all;
    all.page.limit = 1000;
    m_all = m_store->sales().list(all);
    QCOMPARE(m_all.size(), 700);
}

void TestSalesTableModel::countsEveryOrderAndPassesTheTester()
{
    SalesTableModel model(m_store->database(), QTimeZone::utc());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 700);
    QCOMPARE(model.columnCount(), int(SalesTableModel::ColumnCount));
    // Newest first by default, like the service.
    for (int row : {0, 1, 199, 200, 350, 699}) {
        const Sale &expected = m_all.at(row);
        QCOMPARE(model.idAt(row), expected.id);
        QCOMPARE(model.index(row, SalesTableModel::OrderNumber).data().toString(), expected.orderNumber);
        QCOMPARE(model.index(row, SalesTableModel::Total).data(ModelRoles::CentsRole).toLongLong(), expected.totalAmount.cents());
        QCOMPARE(model.index(row, SalesTableModel::Total).data().toString(), expected.totalAmount.toString());
    }
    QCOMPARE(SalesTableModel::fieldIndex(QStringLiteral("total_amount")), int(SalesTableModel::Total));
    QCOMPARE(SalesTableModel::fieldName(SalesTableModel::Platform), QStringLiteral("platform"));
}

void TestSalesTableModel::sortsByTotalOverAllRows()
{
    SalesTableModel model(m_store->database(), QTimeZone::utc());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<Sale> byTotal = m_all;
    std::sort(byTotal.begin(), byTotal.end(), [](const Sale &a, const Sale &b) {
        return a.totalAmount == b.totalAmount ? a.id > b.id : a.totalAmount > b.totalAmount;
    });
    // Touch only the first window before sorting: the order must come from the database, not fetched rows.
    QVERIFY(model.idAt(0) > 0);
    model.sort(SalesTableModel::Total, Qt::DescendingOrder);
    QCOMPARE(model.rowCount(), 700);
    for (int row : {0, 1, 250, 500, 699})
        QCOMPARE(model.idAt(row), byTotal.at(row).id);
    model.sort(SalesTableModel::Total, Qt::AscendingOrder);
    QCOMPARE(model.idAt(0), byTotal.constLast().id);
    QCOMPARE(model.idAt(699), byTotal.constFirst().id);
}

void TestSalesTableModel::readsLateWindowsFromTheEnd()
{
    SalesTableModel model(m_store->database(), QTimeZone::utc());
    model.sort(SalesTableModel::OrderNumber, Qt::AscendingOrder);
    QList<Sale> byNumber = m_all;
    std::sort(byNumber.begin(), byNumber.end(), [](const Sale &a, const Sale &b) { return a.orderNumber < b.orderNumber; });
    // Every row of the last, partial window and of a window just past the middle.
    for (int row = 600; row < 700; ++row)
        QCOMPARE(model.idAt(row), byNumber.at(row).id);
    for (int row = 350; row < 400; ++row)
        QCOMPARE(model.idAt(row), byNumber.at(row).id);
    QCOMPARE(model.idAt(700), qint64(0));
}

void TestSalesTableModel::filtersByPlatformStatusAndCustomer()
{
    SalesTableModel model(m_store->database(), QTimeZone::utc());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto expect = [&](const std::function<bool(const Sale &)> &keep) {
        return int(std::count_if(m_all.cbegin(), m_all.cend(), keep));
    };
    model.setPlatform(QStringLiteral("Amazon"));
    model.applyFilter();
    const int amazon = expect([](const Sale &s) { return s.platform == u"Amazon"; });
    QVERIFY(amazon > 0 && amazon < 700);
    QCOMPARE(model.rowCount(), amazon);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, SalesTableModel::Platform).data().toString(), QStringLiteral("Amazon"));

    model.setStatus(SaleStatus::Cancelled);
    model.applyFilter();
    QCOMPARE(model.rowCount(), expect([](const Sale &s) { return s.platform == u"Amazon" && s.status == SaleStatus::Cancelled; }));

    model.setPlatform(QString());
    model.setStatus(std::nullopt);
    const qint64 customer = m_all.first().customerId.value_or(0);
    QVERIFY(customer > 0);
    model.setCustomerId(customer);
    model.applyFilter();
    QCOMPARE(model.rowCount(), expect([&](const Sale &s) { return s.customerId == customer; }));
    model.setCustomerId(std::nullopt);
    model.applyFilter();
    QCOMPARE(model.rowCount(), 700);
}

void TestSalesTableModel::filtersByStoreLocalDates()
{
    // A store in UTC+10: a day starts at 14:00 UTC the day before.
    const QTimeZone zone(10 * 3600);
    SalesTableModel model(m_store->database(), zone);
    const QDate from(2026, 3, 1), to(2026, 3, 31);
    model.setDateRange(from, to);
    model.applyFilter();
    const int expected = int(std::count_if(m_all.cbegin(), m_all.cend(), [&](const Sale &s) {
        const QDate local = s.orderDate.toTimeZone(zone).date();
        return local >= from && local <= to;
    }));
    QVERIFY(expected > 0);
    QCOMPARE(model.rowCount(), expected);
}

void TestSalesTableModel::keepsOnlyAFewWindows()
{
    SalesTableModel model(m_store->database(), QTimeZone::utc());
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.idAt(row) > 0);
    QVERIFY(model.cachedPages() <= SalesTableModel::kMaxPages);
    QCOMPARE(model.cachedPages(), (700 + SalesTableModel::kPageSize - 1) / SalesTableModel::kPageSize);
}

void TestSalesTableModel::statusProxyShowsWordsAndSortsInSql()
{
    SalesTableModel model(m_store->database(), QTimeZone::utc());
    SaleStatusProxyModel proxy(SalesTableModel::Status);
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(proxy.rowCount(), 700);
    const Sale &newest = m_all.first();
    QCOMPARE(proxy.index(0, SalesTableModel::Status).data(Qt::EditRole).toString(), SaleStatuses::toString(newest.status));
    QCOMPARE(proxy.index(0, SalesTableModel::Status).data().toString(),
             SaleStatusProxyModel::label(SaleStatuses::toString(newest.status)));
    QCOMPARE(proxy.index(0, SalesTableModel::OrderNumber).data().toString(), newest.orderNumber);
    // Sorting the proxy sorts the SQL model beneath.
    proxy.sort(SalesTableModel::Status, Qt::AscendingOrder);
    QCOMPARE(model.sortColumn(), int(SalesTableModel::Status));
    QCOMPARE(proxy.index(0, SalesTableModel::Status).data(Qt::EditRole).toString(), QStringLiteral("cancelled"));
    QCOMPARE(proxy.index(0, SalesTableModel::Status).data().toString(), QStringLiteral("Cancelled"));
}

STOREDESK_DB_TEST_MAIN_WIDGETS(TestSalesTableModel)
#include "tst_salestablemodel.moc"
