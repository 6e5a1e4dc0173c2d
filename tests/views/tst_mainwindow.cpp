// SPDX-License-Identifier: MIT
#include "dashboardpage.h"
#include "guitesthelpers.h"
#include "mainwindow.h"
#include "salespage.h"
#include "salestablemodel.h"

#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QTest>

/** The main window: sidebar with the dashboard placeholder, low-stock badge, database label, remembered page. */
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { TestDatabases::addEngineRows(); }
    void init();
    void cleanup() { m_store.reset(); }

    void sidebarBadgeAndStatusBar();
    void pagesAreBuiltOnDemandAndRemembered();
    void seesWritesMadeElsewhere();

private:
    std::unique_ptr<Store> m_store;
};

void TestMainWindow::init()
{
    QFETCH_GLOBAL(QString, engine);
    m_store = GuiTest::demoStore(engine);
    QSettings().clear();
}

void TestMainWindow::sidebarBadgeAndStatusBar()
{
    MainWindow window(*m_store, MainWindow::DashboardIndex);
    QCOMPARE(window.sidebar()->count(), int(MainWindow::PageCount));
    QCOMPARE(window.sidebar()->item(MainWindow::DashboardIndex)->text(), QStringLiteral("Dashboard"));
    QCOMPARE(window.sidebar()->item(MainWindow::AnalyticsIndex)->text(), QStringLiteral("Analytics"));
    QVERIFY(qobject_cast<DashboardPage *>(window.currentPage()));
    InventoryFilter low;
    low.lowStockOnly = true;
    QCOMPARE(window.lowStockBadge(), m_store->inventory().count(low));
    QVERIFY(window.lowStockBadge() > 0);
    QVERIFY(window.databaseLabel()->text().contains(m_store->database().url().displayName()));
}

void TestMainWindow::pagesAreBuiltOnDemandAndRemembered()
{
    {
        MainWindow window(*m_store, MainWindow::DashboardIndex);
        auto *sales = qobject_cast<SalesPage *>(window.showPage(MainWindow::SalesIndex));
        QVERIFY(sales);
        QCOMPARE(sales->model()->rowCount(), 200);
        QCOMPARE(window.currentIndex(), int(MainWindow::SalesIndex));
        QCOMPARE(window.sidebar()->currentRow(), int(MainWindow::SalesIndex));
        window.close();
    }
    MainWindow again(*m_store);
    QCOMPARE(again.currentIndex(), int(MainWindow::SalesIndex));
}

void TestMainWindow::seesWritesMadeElsewhere()
{
    MainWindow window(*m_store, MainWindow::SalesIndex);
    auto *sales = qobject_cast<SalesPage *>(window.currentPage());
    QCOMPARE(sales->model()->rowCount(), 200);
    // As the API would: a write through the services, not through this window.
    const Product product = m_store->products().list().first();
    m_store->inventory().adjust(m_store->inventory().forProduct(product.id).first().id, 5, QStringLiteral("received"));
    SaleInput input;
    input.platform = QStringLiteral("Website");
    input.items << SaleItemInput{product.id, 1, std::nullopt, {}};
    m_store->sales().create(input);
    QTRY_COMPARE_WITH_TIMEOUT(sales->model()->rowCount(), 201, 8000);
}

STOREDESK_DB_TEST_MAIN_WIDGETS(TestMainWindow)
#include "tst_mainwindow.moc"
