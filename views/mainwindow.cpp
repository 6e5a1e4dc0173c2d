// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "apiserverpage.h"
#include "appsettings.h"
#include "analyticspage.h"
#include "customerspage.h"
#include "dashboardpage.h"
#include "demodatadialog.h"
#include "inventorypage.h"
#include "logging.h"
#include "productspage.h"
#include "salespage.h"
#include "settingsdialog.h"
#include "store.h"
#include "tableview.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QSystemTrayIcon>
#include <QTimer>

namespace {

constexpr int kBadgeRole = Qt::UserRole + 100;

/** Draws a sidebar entry with an optional count badge (kBadgeRole) at its right. */
class SidebarDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(std::max(size.height(), option.fontMetrics.height() + 18));
        return size;
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        const qint64 count = index.data(kBadgeRole).toLongLong();
        if (count <= 0)
            return;
        const QString text = QString::number(count);
        QFont font = option.font;
        font.setBold(true);
        font.setPointSizeF(font.pointSizeF() * 0.85);
        const QFontMetrics metrics(font);
        const int height = metrics.height() + 4;
        const int width = std::max(height, metrics.horizontalAdvance(text) + 12);
        const QRect badge(option.rect.right() - width - 10, option.rect.center().y() - height / 2, width, height);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0xd9, 0x2d, 0x20));
        painter->drawRoundedRect(badge, height / 2.0, height / 2.0);
        painter->setPen(Qt::white);
        painter->setFont(font);
        painter->drawText(badge, Qt::AlignCenter, text);
        painter->restore();
    }
};

} // namespace

MainWindow::MainWindow(Store &store, int startPage, QWidget *parent) : QMainWindow(parent), m_store(store)
{
    setWindowTitle(tr("StoreDesk"));
    setObjectName(QStringLiteral("mainWindow"));
    resize(1280, 800);

    m_sidebar = new QListWidget(this);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setAccessibleName(tr("Navigation"));
    m_sidebar->setItemDelegate(new SidebarDelegate(m_sidebar));
    m_sidebar->setFixedWidth(200);
    m_sidebar->setIconSize(QSize(20, 20));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setStyleSheet(QStringLiteral(
        "QListWidget#sidebar { background: #1f2937; color: #e5e7eb; padding-top: 8px; }"
        "QListWidget#sidebar::item { padding-left: 10px; border-left: 3px solid transparent; }"
        "QListWidget#sidebar::item:selected { background: #374151; color: white; border-left: 3px solid #60a5fa; }"));
    const QStyle::StandardPixmap icons[] = {QStyle::SP_FileDialogInfoView, QStyle::SP_FileDialogListView,
                                            QStyle::SP_FileDialogDetailedView, QStyle::SP_DriveHDIcon,
                                            QStyle::SP_FileDialogContentsView, QStyle::SP_DirHomeIcon,
                                            QStyle::SP_DriveNetIcon};
    const QStringList titles = sidebarTitles();
    for (int i = 0; i < PageCount; ++i) {
        auto *item = new QListWidgetItem(style()->standardIcon(icons[i]), titles.value(i), m_sidebar);
        item->setData(Qt::AccessibleTextRole, titles.value(i));
    }

    m_stack = new QStackedWidget(this);
    for (int i = 0; i < PageCount; ++i)
        m_stack->addWidget(new QWidget(m_stack)); // replaced by the page when first shown

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    auto *content = new QWidget(central);
    auto *contentLayout = new QHBoxLayout(content);
    contentLayout->setContentsMargins(10, 10, 10, 6);
    contentLayout->addWidget(m_stack);
    layout->addWidget(content, 1);
    setCentralWidget(central);

    m_databaseLabel = new QLabel(tr("Database: %1").arg(store.database().url().displayName()), this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_databaseLabel->setAccessibleName(tr("Database in use"));
    statusBar()->addPermanentWidget(m_databaseLabel);

    buildMenus();
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            showPage(row);
    });

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    const int page = startPage >= 0 ? startPage : settings.value(QStringLiteral("mainWindow/page"), int(SalesIndex)).toInt();
    m_sidebar->setCurrentRow(page >= 0 && page < PageCount ? page : int(SalesIndex));

    updateLowStockBadge();
    m_seen = store.database().changeStamp();
    auto *poll = new QTimer(this);
    // Sub-second: an API write shows on screen within a second. A poll is a counter read plus,
    // on SQLite, one pragma; only the visible page reloads, the others are marked stale.
    poll->setInterval(500);
    connect(poll, &QTimer::timeout, this, &MainWindow::pollChanges);
    poll->start();

    // Low-stock notices: a tray icon where the desktop has a tray.
    m_tray = new QSystemTrayIcon(windowIcon().isNull() ? style()->standardIcon(QStyle::SP_ComputerIcon) : windowIcon(), this);
    m_tray->setObjectName(QStringLiteral("trayIcon"));
    m_tray->setToolTip(tr("StoreDesk"));
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        showNormal();
        raise();
        activateWindow();
        showPage(InventoryIndex);
    });
    if (QSystemTrayIcon::isSystemTrayAvailable())
        m_tray->show();
}

MainWindow::~MainWindow() = default;

QStringList MainWindow::sidebarTitles() const
{
    // In PageIndex order.
    return {tr("Dashboard"), tr("Analytics"), tr("Products"), tr("Inventory"), tr("Sales"), tr("Customers"), tr("API server")};
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *exportCsv = file->addAction(tr("&Export table as CSV…"), this, [this] {
        if (ScreenPage *page = currentPage(); page && page->mainTable())
            static_cast<TableView *>(page->mainTable())->exportCsv(page->title().toLower());
    });
    exportCsv->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *create = edit->addAction(tr("&New…"), this, [this] {
        if (ScreenPage *page = currentPage())
            page->newItem();
    });
    create->setShortcut(QKeySequence::New);
    QAction *change = edit->addAction(tr("&Edit / adjust…"), this, [this] {
        if (ScreenPage *page = currentPage())
            page->editItem();
    });
    change->setShortcut(QKeySequence(Qt::Key_F2));
    QAction *remove = edit->addAction(tr("&Delete"), this, [this] {
        if (ScreenPage *page = currentPage())
            page->deleteItem();
    });
    remove->setShortcut(QKeySequence::Delete);
    edit->addSeparator();
    QAction *copy = edit->addAction(tr("&Copy selected rows"), this, [this] {
        if (ScreenPage *page = currentPage(); page && page->mainTable())
            static_cast<TableView *>(page->mainTable())->copySelection();
    });
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut); // the tables handle Ctrl+C themselves; this entry is for the menu
    QAction *find = edit->addAction(tr("&Find"), this, [this] {
        if (ScreenPage *page = currentPage()) {
            if (auto *search = page->findChild<QLineEdit *>(); search)
                search->setFocus();
        }
    });
    find->setShortcut(QKeySequence::Find);

    QMenu *view = menuBar()->addMenu(tr("&Go"));
    for (int i = 0; i < PageCount; ++i) {
        QAction *go = view->addAction(m_sidebar->item(i)->text(), this, [this, i] { m_sidebar->setCurrentRow(i); });
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    view->addSeparator();
    QAction *refresh = view->addAction(tr("&Refresh"), this, [this] {
        if (ScreenPage *page = currentPage())
            page->refresh();
        updateLowStockBadge();
    });
    refresh->setShortcut(QKeySequence::Refresh);

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(tr("&Generate demo data…"), this, [this] { generateDemoData(true); });
    tools->addSeparator();
    QAction *preferences = tools->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    preferences->setObjectName(QStringLiteral("settingsAction"));
    preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setMenuRole(QAction::PreferencesRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About StoreDesk"), this, &MainWindow::about);
}

ScreenPage *MainWindow::showPage(int index)
{
    if (index < 0 || index >= PageCount)
        return nullptr;
    if (!m_pages[index]) {
        ScreenPage *page = nullptr;
        switch (index) {
        case DashboardIndex: page = new DashboardPage(m_store, m_stack); break;
        case AnalyticsIndex: page = new AnalyticsPage(m_store, m_stack); break;
        case ProductsIndex: page = new ProductsPage(m_store, m_stack); break;
        case InventoryIndex: {
            auto *inventory = new InventoryPage(m_store, m_stack);
            connect(inventory, &InventoryPage::lowStockCountChanged, this, &MainWindow::setLowStockBadge);
            page = inventory;
            break;
        }
        case SalesIndex: page = new SalesPage(m_store, m_stack); break;
        case CustomersIndex: page = new CustomersPage(m_store, m_stack); break;
        case ApiServerIndex: page = new ApiServerPage(m_store, m_stack); break;
        default: return nullptr;
        }
        connect(page, &ScreenPage::statusMessage, this, [this](const QString &text) { statusBar()->showMessage(text, 5000); });
        connect(page, &ScreenPage::dataChanged, this, [this, page] { pageDataChanged(page); });
        QWidget *old = m_stack->widget(index);
        m_stack->insertWidget(index, page);
        m_stack->removeWidget(old);
        old->deleteLater();
        m_pages[index] = page;
        m_stale[index] = false;
        // Splitter positions are remembered per page.
        QSettings settings;
        const QList<QSplitter *> splitters = page->findChildren<QSplitter *>();
        for (QSplitter *splitter : splitters) {
            if (!splitter->objectName().isEmpty())
                splitter->restoreState(settings.value(QStringLiteral("splitters/") + splitter->objectName()).toByteArray());
        }
    } else if (m_stale[index]) {
        m_pages[index]->refresh();
        m_stale[index] = false;
    }
    m_stack->setCurrentIndex(index);
    if (m_sidebar->currentRow() != index) {
        const QSignalBlocker block(m_sidebar);
        m_sidebar->setCurrentRow(index);
    }
    updateWindowTitle();
    return m_pages[index];
}

ScreenPage *MainWindow::currentPage() const
{
    const int index = m_stack->currentIndex();
    return index >= 0 && index < PageCount ? m_pages[index] : nullptr;
}

int MainWindow::currentIndex() const
{
    return m_stack->currentIndex();
}

void MainWindow::setLowStockBadge(qint64 count)
{
    m_lowStock = count;
    QListWidgetItem *item = m_sidebar->item(InventoryIndex);
    item->setData(kBadgeRole, count);
    item->setToolTip(count > 0 ? tr("%n stock row(s) at or below their reorder level", nullptr, int(count)) : QString());
    item->setData(Qt::AccessibleTextRole,
                  count > 0 ? tr("Inventory, %n low-stock row(s)", nullptr, int(count)) : tr("Inventory"));
}

void MainWindow::updateLowStockBadge()
{
    try {
        InventoryFilter low;
        low.lowStockOnly = true;
        setLowStockBadge(m_store.inventory().count(low));
        notifyLowStock();
    } catch (const StoreError &e) {
        qCWarning(lcUi) << "low-stock count:" << e.message();
        statusBar()->showMessage(e.message(), 5000);
    }
}

void MainWindow::pageDataChanged(ScreenPage *source)
{
    for (int i = 0; i < PageCount; ++i) {
        if (m_pages[i] && m_pages[i] != source)
            m_stale[i] = true;
    }
    updateLowStockBadge();
    m_seen = m_store.database().changeStamp();
}

void MainWindow::pollChanges()
{
    // Writes by the API server or another desk: refresh what is on screen, mark the rest stale.
    const Database::ChangeStamp now = m_store.database().changeStamp();
    if (now == m_seen)
        return;
    m_seen = now;
    for (int i = 0; i < PageCount; ++i) {
        if (!m_pages[i])
            continue;
        if (i == m_stack->currentIndex() && QApplication::activeModalWidget() == nullptr)
            m_pages[i]->refresh();
        else
            m_stale[i] = true;
    }
    updateLowStockBadge();
}

void MainWindow::offerDemoData()
{
    try {
        if (m_store.categories().count() > 0 || m_store.products().count() > 0)
            return;
    } catch (const StoreError &e) {
        statusBar()->showMessage(e.message());
        return;
    }
    if (QMessageBox::question(this, tr("Welcome to StoreDesk"),
                              tr("This database is empty. Create a demo store to explore StoreDesk "
                                 "(8 categories, 40 products, customers and a year of orders)?"))
        == QMessageBox::Yes)
        generateDemoData(false);
}

void MainWindow::generateDemoData(bool reset)
{
    if (reset
        && QMessageBox::warning(this, tr("Generate demo data"),
                                tr("This replaces every category, product, stock row, customer and order in %1 with demo data. Continue?")
                                    .arg(m_store.database().url().displayName()),
                                QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes)
        return;
    DemoDataOptions options;
    options.reset = reset;
    QString message;
    const DemoDataDialog::Result result = DemoDataDialog::run(m_store, options, this, &message);
    if (result == DemoDataDialog::Result::Failed) {
        qCWarning(lcUi) << "demo data:" << message;
        QMessageBox::warning(this, tr("Generate demo data"), message);
    }
    statusBar()->showMessage(message, 8000);
    for (int i = 0; i < PageCount; ++i) {
        if (m_pages[i])
            m_stale[i] = true;
    }
    if (ScreenPage *page = currentPage()) {
        page->refresh();
        m_stale[currentIndex()] = false;
    }
    updateLowStockBadge();
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About StoreDesk"),
                       tr("<h3>StoreDesk %1</h3><p>Store administration for e-commerce managers: catalogue, stock, "
                          "orders and customers, on SQLite, MySQL/MariaDB or PostgreSQL.</p><p>Qt %2</p>")
                           .arg(QStringLiteral(STOREDESK_VERSION), QString::fromLatin1(qVersion())));
}

void MainWindow::notifyLowStock()
{
    // Rows that have just dropped to or below their threshold (the first look only learns).
    const QList<LowStockRow> crossed = m_lowStockWatcher.update(m_store.inventory().lowStock());
    if (crossed.isEmpty())
        return;
    QStringList lines;
    for (const LowStockRow &row : crossed) {
        lines << tr("%1 at %2: %3 left").arg(row.productName, row.location.isEmpty() ? tr("(no location)") : row.location)
                     .arg(row.currentQuantity);
    }
    if (lines.size() > 4) {
        const qsizetype more = lines.size() - 3;
        lines = lines.mid(0, 3);
        lines << tr("and %n more", nullptr, int(more));
    }
    m_lastNotice = lines.join(u'\n');
    qCInfo(lcUi) << "low stock:" << m_lastNotice;
    if (m_tray->isVisible())
        m_tray->showMessage(tr("Low stock"), m_lastNotice, QSystemTrayIcon::Warning, 10000);
    else
        statusBar()->showMessage(tr("Low stock: %1").arg(lines.join(QStringLiteral("; "))), 10000);
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    AppSettings::applyLanguage(dialog.language());
    updateWindowTitle();
    if (dialog.storeSettingsChanged()) {
        statusBar()->showMessage(tr("Reopening the store with the new settings…"));
        emit reopenRequested();
    }
}

void MainWindow::updateWindowTitle()
{
    const ScreenPage *page = currentPage();
    const QString storeName = AppSettings().storeName();
    if (!page)
        setWindowTitle(storeName.isEmpty() ? tr("StoreDesk") : tr("%1 — StoreDesk").arg(storeName));
    else if (storeName.isEmpty())
        setWindowTitle(tr("%1 — StoreDesk").arg(page->title()));
    else
        setWindowTitle(tr("%1 — %2 — StoreDesk").arg(page->title(), storeName));
}

void MainWindow::changeEvent(QEvent *event)
{
    // One language switch installs and removes several translators: retranslate once, after them.
    if (event->type() == QEvent::LanguageChange && !m_retranslatePending) {
        m_retranslatePending = true;
        QTimer::singleShot(0, this, &MainWindow::retranslateUi);
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    m_retranslatePending = false;
    // The data screens are rebuilt in the new language (their models' headers, filters and
    // status texts included): the visible one now, the others when next shown. The dashboard,
    // analytics and API server pages retranslate in place (the API server keeps running).
    const int current = currentIndex();
    for (int i : {int(ProductsIndex), int(InventoryIndex), int(SalesIndex), int(CustomersIndex)}) {
        if (!m_pages[i])
            continue;
        ScreenPage *page = m_pages[i];
        m_pages[i] = nullptr;
        m_stack->insertWidget(i, new QWidget(m_stack));
        m_stack->removeWidget(page);
        page->deleteLater();
    }
    showPage(current);
    m_sidebar->setAccessibleName(tr("Navigation"));
    const QStringList titles = sidebarTitles();
    for (int i = 0; i < PageCount && i < titles.size(); ++i) {
        m_sidebar->item(i)->setText(titles[i]);
        m_sidebar->item(i)->setData(Qt::AccessibleTextRole, titles[i]);
    }
    // The menus are rebuilt with the new language's texts (the Go menu names the sidebar entries).
    const QList<QAction *> menus = menuBar()->actions();
    menuBar()->clear();
    for (QAction *action : menus)
        delete action->menu();
    buildMenus();
    setLowStockBadge(m_lowStock);
    m_databaseLabel->setText(tr("Database: %1").arg(m_store.database().url().displayName()));
    m_databaseLabel->setAccessibleName(tr("Database in use"));
    m_tray->setToolTip(tr("StoreDesk"));
    updateWindowTitle();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    settings.setValue(QStringLiteral("mainWindow/page"), m_stack->currentIndex());
    for (ScreenPage *page : m_pages) {
        if (!page)
            continue;
        const QList<QSplitter *> splitters = page->findChildren<QSplitter *>();
        for (QSplitter *splitter : splitters) {
            if (!splitter->objectName().isEmpty())
                settings.setValue(QStringLiteral("splitters/") + splitter->objectName(), splitter->saveState());
        }
    }
    event->accept();
}
