// SPDX-License-Identifier: MIT
#include "guitesthelpers.h"
#include "inventoryhistorymodel.h"
#include "inventorypage.h"
#include "inventorytablemodel.h"
#ifdef STOREDESK_HAVE_CHARTS
#include "stockchart.h"
#endif

#include <QCheckBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

/** The Inventory page on the demo store: rows, low-stock filter and badge count, history pane and chart. */
class TestInventoryPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { TestDatabases::addEngineRows(); }
    void init();
    void cleanup() { m_store.reset(); }

    void showsEveryStockRow();
    void lowStockOnlyMatchesTheService();
    void historyPaneFollowsTheSelection();

private:
    std::unique_ptr<Store> m_store;
};

void TestInventoryPage::init()
{
    QFETCH_GLOBAL(QString, engine);
    m_store = GuiTest::demoStore(engine);
}

void TestInventoryPage::showsEveryStockRow()
{
    InventoryPage page(*m_store);
    QCOMPARE(page.model()->rowCount(), 40);
    page.searchEdit()->setText(m_store->products().list().first().sku);
    QTRY_COMPARE(page.model()->rowCount(), 1);
}

void TestInventoryPage::lowStockOnlyMatchesTheService()
{
    InventoryPage page(*m_store);
    QSignalSpy badge(&page, &InventoryPage::lowStockCountChanged);
    InventoryFilter low;
    low.lowStockOnly = true;
    const qint64 expected = m_store->inventory().count(low);
    QVERIFY(expected > 0 && expected < 40);
    page.lowStockOnly()->setChecked(true);
    QCOMPARE(qint64(page.model()->rowCount()), expected);
    QVERIFY(!badge.isEmpty());
    QCOMPARE(badge.last().first().toLongLong(), expected);
}

void TestInventoryPage::historyPaneFollowsTheSelection()
{
    InventoryPage page(*m_store);
    const qint64 id = page.model()->idAt(5);
    m_store->inventory().adjust(id, 4, QStringLiteral("received"));
    m_store->inventory().adjust(id, -1, QStringLiteral("damaged"));
    page.refresh();
    page.selectInventory(id);
    QCOMPARE(page.historyModel()->inventoryId(), id);
    QCOMPARE(page.historyModel()->rowCount(), 3);
    QCOMPARE(page.historyModel()->value(0, QStringLiteral("change_reason")).toString(), QStringLiteral("damaged"));
#ifdef STOREDESK_HAVE_CHARTS
    QVERIFY(page.chart());
    // Three changes as steps (1 + 2 + 2 points) and the current level now.
    QCOMPARE(page.chart()->pointCount(), 6);
#endif
}

STOREDESK_DB_TEST_MAIN_WIDGETS(TestInventoryPage)
#include "tst_inventorypage.moc"
