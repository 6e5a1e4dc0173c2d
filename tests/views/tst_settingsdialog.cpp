// SPDX-License-Identifier: MIT
#include "appsettings.h"
#include "configloader.h"
#include "guitesthelpers.h"
#include "mainwindow.h"
#include "settingsdialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

/** Settings…: database fields build the URL, "Test connection" pings it, saving feeds ConfigLoader. */
class TestSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { TestDatabases::addEngineRows(); }
    void init();
    void cleanup() { QSettings().clear(); }

    void buildsAndReadsDatabaseUrls();
    void testConnectionPingsTheDatabase();
    void savesWhatConfigLoaderReads();
    void menuOpensItAndStoreChangesAskForReopen();

private:
    QString m_engine;
};

void TestSettingsDialog::init()
{
    QFETCH_GLOBAL(QString, engine);
    m_engine = engine;
    QSettings().clear();
}

void TestSettingsDialog::buildsAndReadsDatabaseUrls()
{
    SettingsDialog dialog;
    auto *engine = dialog.findChild<QComboBox *>(QStringLiteral("databaseEngine"));
    QVERIFY(engine && !engine->accessibleName().isEmpty());
    dialog.setDatabaseUrl(QStringLiteral("sqlite:////tmp/shop.db"));
    QCOMPARE(engine->currentIndex(), int(SettingsDialog::SQLiteEngine));
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("databaseFile"))->text(), QStringLiteral("/tmp/shop.db"));
    QCOMPARE(dialog.databaseUrl(), QStringLiteral("sqlite:////tmp/shop.db"));

    dialog.setDatabaseUrl(QStringLiteral("mysql://shop:p%40ss@db.example:3307/store"));
    QCOMPARE(engine->currentIndex(), int(SettingsDialog::MySQLEngine));
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("databaseHost"))->text(), QStringLiteral("db.example"));
    QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("databasePort"))->value(), 3307);
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("databasePassword"))->text(), QStringLiteral("p@ss"));
    QCOMPARE(dialog.databaseUrl(), QStringLiteral("mysql://shop:p%40ss@db.example:3307/store"));

    engine->setCurrentIndex(SettingsDialog::PostgreSQLEngine);
    QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("databasePort"))->value(), 3307); // typed port kept
    dialog.findChild<QSpinBox *>(QStringLiteral("databasePort"))->setValue(5432);
    QCOMPARE(dialog.databaseUrl(), QStringLiteral("postgresql://shop:p%40ss@db.example:5432/store"));
}

void TestSettingsDialog::testConnectionPingsTheDatabase()
{
    auto store = TestDatabases::freshStore(m_engine);
    const QString url = m_engine == QStringLiteral("sqlite") ? QStringLiteral("sqlite:///") + store->database().url().path()
                                                               : qEnvironmentVariable(m_engine == QStringLiteral("mysql")
                                                                                          ? "STOREDESK_TEST_MYSQL_URL"
                                                                                          : "STOREDESK_TEST_PGSQL_URL");
    SettingsDialog dialog;
    dialog.setDatabaseUrl(url);
    QVERIFY2(dialog.testConnection(), qPrintable(dialog.testResult()));
    QVERIFY(dialog.testResult().startsWith(QStringLiteral("Connected to")));

    if (m_engine != QStringLiteral("sqlite")) {
        // (The local test servers may trust any password; a missing database fails everywhere.)
        dialog.findChild<QLineEdit *>(QStringLiteral("databaseName"))->setText(QStringLiteral("storedesk_no_such_database"));
        QVERIFY(!dialog.testConnection());
        QVERIFY(dialog.testResult().startsWith(QStringLiteral("Cannot connect")));
    } else {
        dialog.setDatabaseUrl(QStringLiteral("sqlite:////nonexistent-dir/sub/shop.db"));
        QVERIFY(!dialog.testConnection());
        QVERIFY(dialog.testResult().startsWith(QStringLiteral("Cannot connect")));
    }
}

void TestSettingsDialog::savesWhatConfigLoaderReads()
{
    SettingsDialog dialog;
    dialog.setDatabaseUrl(QStringLiteral("sqlite:////tmp/storedesk-settings-test.db"));
    dialog.findChild<QLineEdit *>(QStringLiteral("storeName"))->setText(QStringLiteral("Corner Shop"));
    dialog.findChild<QComboBox *>(QStringLiteral("currency"))->setCurrentText(QStringLiteral("eur"));
    auto *zone = dialog.findChild<QComboBox *>(QStringLiteral("timeZone"));
    QVERIFY(zone->count() > 100);
    zone->setCurrentIndex(zone->findData(QByteArray("Europe/Berlin")));
    dialog.findChild<QSpinBox *>(QStringLiteral("lowStockThreshold"))->setValue(7);
    auto *language = dialog.findChild<QComboBox *>(QStringLiteral("language"));
    language->setCurrentIndex(language->findData(QStringLiteral("de")));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.storeSettingsChanged());

    const AppSettings settings;
    QCOMPARE(settings.storeName(), QStringLiteral("Corner Shop"));
    QCOMPARE(settings.currency(), QStringLiteral("EUR"));
    QCOMPARE(settings.language(), QStringLiteral("de"));
    QCOMPARE(QSettings().value(QStringLiteral("store/currency")).toString(), QStringLiteral("EUR"));
    QCOMPARE(QSettings().value(QStringLiteral("database/url")).toString(), QStringLiteral("sqlite:////tmp/storedesk-settings-test.db"));

    // ConfigLoader's settings layer sees them (unless the environment says otherwise).
    const StoreConfig config = ConfigLoader::load({}, QString(), true);
    if (!qEnvironmentVariableIsSet("DATABASE_URL"))
        QCOMPARE(config.databaseUrl, QStringLiteral("sqlite:////tmp/storedesk-settings-test.db"));
    if (!qEnvironmentVariableIsSet("STORE_CURRENCY"))
        QCOMPARE(config.currency, QStringLiteral("EUR"));
    if (!qEnvironmentVariableIsSet("STORE_TIMEZONE"))
        QCOMPARE(config.storeTimeZone.id(), QByteArray("Europe/Berlin"));
    if (!qEnvironmentVariableIsSet("LOW_STOCK_THRESHOLD"))
        QCOMPARE(config.lowStockThreshold, 7);

    // Saving the same again changes nothing the store depends on.
    SettingsDialog again;
    QCOMPARE(again.findChild<QLineEdit *>(QStringLiteral("storeName"))->text(), QStringLiteral("Corner Shop"));
    again.accept();
    QVERIFY(!again.storeSettingsChanged());

    // A bad currency is refused.
    SettingsDialog bad;
    bad.findChild<QComboBox *>(QStringLiteral("currency"))->setCurrentText(QStringLiteral("EURO"));
    bad.accept();
    QVERIFY(bad.result() != int(QDialog::Accepted));
}

void TestSettingsDialog::menuOpensItAndStoreChangesAskForReopen()
{
    auto store = GuiTest::demoStore(m_engine, 10);
    MainWindow window(*store, MainWindow::ProductsIndex);
    QAction *action = window.menuBar()->findChild<QAction *>(QStringLiteral("settingsAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
    QSignalSpy reopen(&window, &MainWindow::reopenRequested);
    QTimer::singleShot(0, &window, [] {
        auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("storeName"))->setText(QStringLiteral("Corner Shop"));
        dialog->findChild<QSpinBox *>(QStringLiteral("lowStockThreshold"))->setValue(3);
        dialog->accept();
    });
    action->trigger();
    QCOMPARE(reopen.count(), 1);
    QVERIFY(window.windowTitle().contains(QStringLiteral("Corner Shop")));
}

STOREDESK_DB_TEST_MAIN_WIDGETS(TestSettingsDialog)
#include "tst_settingsdialog.moc"
