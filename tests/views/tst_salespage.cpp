// SPDX-License-Identifier: MIT
#include "guitesthelpers.h"
#include "saleitemsmodel.h"
#include "salespage.h"
#include "salestablemodel.h"

#include <QComboBox>
#include <QLabel>
#include <QTableView>
#include <QTest>

/** The Sales page on the demo store: rows, filters, detail pane, status changes that restock. */
class TestSalesPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { TestDatabases::addEngineRows(); }
    void init();
    void cleanup() { m_store.reset(); }

    void showsEveryOrderNewestFirst();
    void filtersGiveTheServiceCounts();
    void detailPaneShowsTheOrderLines();
    void cancellingPutsStockBack();

private:
    int rowOfSale(SalesPage &page, qint64 saleId);
    std::unique_ptr<Store> m_store;
};

void TestSalesPage::init()
{
    QFETCH_GLOBAL(QString, engine);
    m_store = GuiTest::demoStore(engine);
}

int TestSalesPage::rowOfSale(SalesPage &page, qint64 saleId)
{
    for (int row = 0; row < page.model()->rowCount(); ++row) {
        if (page.model()->idAt(row) == saleId)
            return row;
    }
    return -1;
}

void TestSalesPage::showsEveryOrderNewestFirst()
{
    SalesPage page(*m_store);
    QCOMPARE(page.model()->rowCount(), 200);
    QCOMPARE(page.model()->idAt(0), m_store->sales().list().first().id);
    QCOMPARE(page.model()->sortColumn(), int(SalesTableModel::OrderDate));
    QCOMPARE(page.findChild<QLabel *>(QStringLiteral("orderCount"))->text(), QStringLiteral("200 order(s)"));
}

void TestSalesPage::filtersGiveTheServiceCounts()
{
    SalesPage page(*m_store);
    page.platformFilter()->setCurrentIndex(page.platformFilter()->findData(QStringLiteral("Amazon")));
    SaleFilter amazon;
    amazon.platform = QStringLiteral("Amazon");
    QCOMPARE(qint64(page.model()->rowCount()), m_store->sales().count(amazon));
    QVERIFY(page.model()->rowCount() > 0 && page.model()->rowCount() < 200);

    page.statusFilter()->setCurrentIndex(page.statusFilter()->findData(QStringLiteral("completed")));
    amazon.status = SaleStatus::Completed;
    QCOMPARE(qint64(page.model()->rowCount()), m_store->sales().count(amazon));

    page.platformFilter()->setCurrentIndex(0);
    page.statusFilter()->setCurrentIndex(0);
    const QDate from(2026, 1, 1), to(2026, 3, 31);
    page.setDateRange(from, to);
    SaleFilter quarter;
    quarter.startDate = from;
    quarter.endDate = to;
    QCOMPARE(qint64(page.model()->rowCount()), m_store->sales().count(quarter));
    QVERIFY(page.model()->rowCount() > 0);
}

void TestSalesPage::detailPaneShowsTheOrderLines()
{
    SalesPage page(*m_store);
    page.mainTable()->selectRow(3);
    page.mainTable()->setCurrentIndex(page.model()->index(3, SalesTableModel::OrderNumber));
    const Sale sale = m_store->sales().get(page.model()->idAt(3));
    QCOMPARE(page.shownSaleId(), sale.id);
    QCOMPARE(page.itemsModel()->rowCount(), int(sale.items.size()));
    QCOMPARE(page.itemsModel()->value(0, QStringLiteral("quantity")).toLongLong(), sale.items.first().quantity);
    QVERIFY2(page.detailTotal()->text().contains(sale.totalAmount.toString()), qPrintable(page.detailTotal()->text()));
}

void TestSalesPage::cancellingPutsStockBack()
{
    // A fresh, active order on known stock.
    const Product product = m_store->products().list().first();
    const qint64 row = m_store->inventory().forProduct(product.id).first().id;
    m_store->inventory().adjust(row, 10, QStringLiteral("received"));
    const qint64 before = m_store->inventory().get(row).quantity;
    SaleInput input;
    input.platform = QStringLiteral("Website");
    input.items << SaleItemInput{product.id, 3, std::nullopt, {}};
    const Sale sale = m_store->sales().create(input);
    QCOMPARE(m_store->inventory().get(row).quantity, before - 3);

    SalesPage page(*m_store);
    const int tableRow = rowOfSale(page, sale.id);
    QVERIFY(tableRow >= 0);
    page.mainTable()->selectRow(tableRow);
    page.mainTable()->setCurrentIndex(page.model()->index(tableRow, SalesTableModel::OrderNumber));
    QVERIFY(page.changeStatus(SaleStatus::Cancelled, false));
    QCOMPARE(m_store->sales().get(sale.id).status, SaleStatus::Cancelled);
    QCOMPARE(m_store->inventory().get(row).quantity, before);
    const int shown = rowOfSale(page, sale.id);
    QCOMPARE(page.model()->index(shown, SalesTableModel::Status).data().toString(), QStringLiteral("cancelled"));
    // The table shows the status in words through the proxy; the stored spelling stays in EditRole.
    const QModelIndex cell = page.mainTable()->model()->index(shown, SalesTableModel::Status);
    QCOMPARE(cell.data().toString(), QStringLiteral("Cancelled"));
    QCOMPARE(cell.data(Qt::EditRole).toString(), QStringLiteral("cancelled"));
}

STOREDESK_DB_TEST_MAIN_WIDGETS(TestSalesPage)
#include "tst_salespage.moc"
