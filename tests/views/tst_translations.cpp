// SPDX-License-Identifier: MIT
#include "apiserverpage.h"
#include "appsettings.h"
#include "guitesthelpers.h"
#include "mainwindow.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLibraryInfo>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QTest>
#include <QTranslator>

/** The German translation is complete, and switching language at run time changes what is shown. */
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { TestDatabases::addEngineRows(); }
    void init();
    void cleanup();

    void germanIsCompiledInAndComplete();
    void switchesToGermanAndBack();

private:
    static QStringList menuTitles(MainWindow &window);
    std::unique_ptr<Store> m_store;
};

void TestTranslations::init()
{
    QFETCH_GLOBAL(QString, engine);
    m_store = GuiTest::demoStore(engine, 20);
    QSettings().clear();
}

void TestTranslations::cleanup()
{
    AppSettings::applyLanguage(QStringLiteral("en"));
    m_store.reset();
}

QStringList TestTranslations::menuTitles(MainWindow &window)
{
    QStringList titles;
    const QList<QAction *> actions = window.menuBar()->actions();
    for (const QAction *action : actions)
        titles << action->text();
    return titles;
}

void TestTranslations::germanIsCompiledInAndComplete()
{
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/storedesk_de.qm")));
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/storedesk_de.qm")));
    QCOMPARE(translator.language(), QStringLiteral("de_DE"));
    QCOMPARE(translator.translate("MainWindow", "&File"), QStringLiteral("&Datei"));
    // The source file has no unfinished or vanished entries.
    QFile ts(QFINDTESTDATA("../../translations/storedesk_de.ts"));
    QVERIFY(ts.open(QIODevice::ReadOnly));
    const QByteArray text = ts.readAll();
    QVERIFY(text.count("<message") > 300);
    QCOMPARE(text.count("type=\"unfinished\""), 0);
    QCOMPARE(text.count("type=\"vanished\""), 0);
    QCOMPARE(text.count("<translation></translation>"), 0);
}

void TestTranslations::switchesToGermanAndBack()
{
    MainWindow window(*m_store, MainWindow::ProductsIndex);
    window.show();
    QCOMPARE(menuTitles(window).first(), QStringLiteral("&File"));
    QCOMPARE(window.sidebar()->item(MainWindow::ProductsIndex)->text(), QStringLiteral("Products"));
    auto newProductButton = [&window]() -> QPushButton * {
        const QList<QPushButton *> buttons = window.currentPage()->findChildren<QPushButton *>();
        for (QPushButton *b : buttons) {
            if (b->text() == QStringLiteral("New product…") || b->text() == QStringLiteral("Neues Produkt…"))
                return b;
        }
        return nullptr;
    };
    QVERIFY(newProductButton());
    QCOMPARE(newProductButton()->text(), QStringLiteral("New product…"));
    auto *api = qobject_cast<ApiServerPage *>(window.showPage(MainWindow::ApiServerIndex));
    auto *start = api->findChild<QPushButton *>(QStringLiteral("apiStart"));
    QCOMPARE(start->text(), QStringLiteral("&Start server"));
    window.showPage(MainWindow::ProductsIndex);

    QCOMPARE(AppSettings::applyLanguage(QStringLiteral("de")), QStringLiteral("de"));
    QTRY_COMPARE(menuTitles(window).first(), QStringLiteral("&Datei"));
    QCOMPARE(menuTitles(window).last(), QStringLiteral("&Hilfe"));
    QCOMPARE(window.sidebar()->item(MainWindow::ProductsIndex)->text(), QStringLiteral("Produkte"));
    QCOMPARE(window.sidebar()->item(MainWindow::ApiServerIndex)->text(), QStringLiteral("API-Server"));
    QTRY_VERIFY(newProductButton());
    QCOMPARE(newProductButton()->text(), QStringLiteral("Neues Produkt…"));
    QCOMPARE(start->text(), QStringLiteral("Server &starten"));
    QVERIFY(window.windowTitle().startsWith(QStringLiteral("Produkte")));
    // Qt's own strings follow when Qt's German catalogue is installed on this system.
    if (QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm"))) {
        QDialogButtonBox box(QDialogButtonBox::Cancel);
        QVERIFY(box.button(QDialogButtonBox::Cancel)->text().contains(QStringLiteral("Abbrechen")));
    }

    AppSettings::applyLanguage(QStringLiteral("en"));
    QTRY_COMPARE(menuTitles(window).first(), QStringLiteral("&File"));
    QCOMPARE(window.sidebar()->item(MainWindow::ProductsIndex)->text(), QStringLiteral("Products"));
    QTRY_VERIFY(newProductButton());
    QCOMPARE(newProductButton()->text(), QStringLiteral("New product…"));
    QCOMPARE(start->text(), QStringLiteral("&Start server"));
}

STOREDESK_DB_TEST_MAIN_WIDGETS(TestTranslations)
#include "tst_translations.moc"
