// SPDX-License-Identifier: MIT
#pragma once

#include "database.h"
#include "lowstockwatcher.h"

#include <QMainWindow>

#include <array>

class ScreenPage;
class QLabel;
class QListWidget;
class QStackedWidget;
class QSystemTrayIcon;
class Store;

/**
 * The desktop window: a navigation sidebar (Dashboard, Analytics, Products, Inventory with a
 * low-stock badge, Sales, Customers), the pages in a stack (each built when first shown), menus
 * with shortcuts, and a status bar naming the database. Geometry, splitters and the last page
 * are remembered. Other programs' writes (the API, another desk) are picked up by polling the
 * database's change stamp.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum PageIndex { DashboardIndex, AnalyticsIndex, ProductsIndex, InventoryIndex, SalesIndex, CustomersIndex, ApiServerIndex, PageCount };

    /** Opens on @p startPage, or the page shown last time when it is -1. */
    explicit MainWindow(Store &store, int startPage = -1, QWidget *parent = nullptr);
    ~MainWindow() override;

    /** Shows page @p index (building it if needed) and returns it. */
    ScreenPage *showPage(int index);
    ScreenPage *currentPage() const;
    int currentIndex() const;
    /** The badge on the Inventory entry (low-stock rows). */
    qint64 lowStockBadge() const { return m_lowStock; }
    QListWidget *sidebar() const { return m_sidebar; }
    QLabel *databaseLabel() const { return m_databaseLabel; }

    /** When the store holds no data, offers to create the demo store. */
    void offerDemoData();
    /** Opens Settings…; applies the language at once and asks for a reopen when store settings changed. */
    void openSettings();
    /** The last low-stock notification shown ("" if none yet). */
    QString lastLowStockNotice() const { return m_lastNotice; }
    QSystemTrayIcon *trayIcon() const { return m_tray; }

signals:
    /** Store settings (database, currency, time zone, threshold) changed: reopen the store and the window. */
    void reopenRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildMenus();
    /** The sidebar entries' texts, in PageIndex order. */
    QStringList sidebarTitles() const;
    void retranslateUi();
    void updateWindowTitle();
    void notifyLowStock();
    void setLowStockBadge(qint64 count);
    void updateLowStockBadge();
    void pageDataChanged(ScreenPage *source);
    void pollChanges();
    void generateDemoData(bool reset);
    void about();

    Store &m_store;
    QListWidget *m_sidebar;
    QStackedWidget *m_stack;
    std::array<ScreenPage *, PageCount> m_pages{};
    std::array<bool, PageCount> m_stale{};
    QLabel *m_databaseLabel;
    qint64 m_lowStock = -1;
    Database::ChangeStamp m_seen;
    QSystemTrayIcon *m_tray = nullptr;
    LowStockWatcher m_lowStockWatcher;
    QString m_lastNotice;
    bool m_retranslatePending = false;
};
