// SPDX-License-Identifier: MIT
#include "apiloadbench.h"
#include "appsettings.h"
#include "configloader.h"
#include "dashboardbench.h"
#include "mainwindow.h"
#include "salesbench.h"
#include "screenshots.h"
#include "store.h"
#include "storeerror.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QImageReader>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("StoreDesk"));
    QApplication::setApplicationName(QStringLiteral("StoreDesk"));
    QApplication::setApplicationVersion(QStringLiteral(STOREDESK_VERSION));
    QApplication::setApplicationDisplayName(QStringLiteral("StoreDesk"));

    // The icon from the installed icon theme, else the compiled-in SVG where Qt can draw SVG.
    QIcon icon = QIcon::fromTheme(QStringLiteral("storedesk"));
    if (icon.isNull() && QImageReader::supportedImageFormats().contains("svg"))
        icon = QIcon(QStringLiteral(":/storedesk/storedesk.svg"));
    if (!icon.isNull())
        QApplication::setWindowIcon(icon);

    // The saved language (Settings…), else the system's: StoreDesk's and Qt's own translators.
    AppSettings::applyLanguage(AppSettings().language());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "StoreDesk: store administration for e-commerce managers."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("database"), QApplication::translate("main", "Database URL (overrides DATABASE_URL)."), QStringLiteral("url")});
    parser.addOption({QStringLiteral("env-file"), QApplication::translate("main", "Read KEY=value settings from this file."),
                      QStringLiteral("path"), QStringLiteral(".env")});
    parser.addOption({QStringLiteral("bench-sales"),
                      QApplication::translate("main", "Time the Sales screen (open, last row, sort, filter), print the figures and exit.")});
    parser.addOption({QStringLiteral("bench-dashboard"),
                      QApplication::translate("main", "Time the dashboard (cold start, preset switches), print the figures and exit.")});
    parser.addOption({QStringLiteral("bench-api-load"),
                      QApplication::translate("main", "Serve the API on 127.0.0.1 (port printed), measure GUI stalls under load, print the figures and exit.")});
    parser.addOption({QStringLiteral("seconds"), QApplication::translate("main", "How long --bench-api-load measures."),
                      QStringLiteral("n"), QStringLiteral("12")});
    parser.addOption({QStringLiteral("screenshots"), QApplication::translate("main", "Save a PNG of every screen into this folder and exit."),
                      QStringLiteral("dir")});
    parser.process(app);

    QHash<QString, QString> flags;
    if (parser.isSet(QStringLiteral("database")))
        flags.insert(QStringLiteral("DATABASE_URL"), parser.value(QStringLiteral("database")));
    std::unique_ptr<Store> store;
    try {
        store = std::make_unique<Store>(ConfigLoader::load(flags, parser.value(QStringLiteral("env-file"))));
    } catch (const StoreError &e) {
        std::fprintf(stderr, "storedesk: %s\n", qPrintable(e.message()));
        if (!parser.isSet(QStringLiteral("bench-sales")) && !parser.isSet(QStringLiteral("bench-api-load"))
            && !parser.isSet(QStringLiteral("screenshots")))
            QMessageBox::critical(nullptr, QApplication::translate("main", "StoreDesk"),
                                  QApplication::translate("main", "Cannot open the database:\n%1").arg(e.message()));
        return e.kind() == StoreError::Kind::Unavailable ? 3 : e.kind() == StoreError::Kind::Schema ? 4 : 2;
    }

    if (parser.isSet(QStringLiteral("bench-dashboard"))) {
        MainWindow window(*store, int(MainWindow::DashboardIndex));
        window.resize(1360, 820);
        window.show();
        int code = 0;
        QTimer::singleShot(0, &window, [&] {
            code = DashboardBench::run(window);
            QApplication::exit(code);
        });
        QApplication::exec();
        return code;
    }
    if (parser.isSet(QStringLiteral("bench-api-load"))) {
        MainWindow window(*store, int(MainWindow::DashboardIndex));
        window.resize(1360, 820);
        window.show();
        int code = 0;
        QTimer::singleShot(0, &window, [&] {
            code = ApiLoadBench::run(window, parser.value(QStringLiteral("seconds")).toInt());
            QApplication::exit(code);
        });
        QApplication::exec();
        return code;
    }
    const bool bench = parser.isSet(QStringLiteral("bench-sales"));
    const bool shots = parser.isSet(QStringLiteral("screenshots"));
    auto owned = std::make_unique<MainWindow>(*store, bench ? int(MainWindow::DashboardIndex) : -1);
    MainWindow &window = *owned;
    if (bench || shots)
        window.resize(1360, 820);
    window.show();
    if (bench) {
        int code = 0;
        QTimer::singleShot(0, &window, [&] {
            code = SalesBench::run(window);
            QApplication::exit(code);
        });
        QApplication::exec();
        return code;
    }
    if (shots) {
        int code = 0;
        QTimer::singleShot(200, &window, [&] {
            code = Screenshots::run(window, *store, parser.value(QStringLiteral("screenshots")));
            QApplication::exit(code);
        });
        QApplication::exec();
        return code;
    }
    // Settings… may change what the store is opened with: reopen it and rebuild the window,
    // keeping the current store if the new settings cannot be opened.
    constexpr int kReopen = 0x5D0E;
    QObject::connect(&window, &MainWindow::reopenRequested, &window, [] { QApplication::exit(kReopen); });
    QTimer::singleShot(0, &window, &MainWindow::offerDemoData);
    int code = QApplication::exec();
    while (code == kReopen) {
        QApplication::setQuitOnLastWindowClosed(false);
        owned->close(); // remembers geometry and the page
        owned.reset();  // before the store it shows goes
        try {
            store = std::make_unique<Store>(ConfigLoader::load(flags, parser.value(QStringLiteral("env-file"))));
        } catch (const StoreError &e) {
            QMessageBox::warning(nullptr, QApplication::translate("main", "StoreDesk"),
                                 QApplication::translate("main", "Cannot open the database with the new settings; "
                                                                 "keeping the current one.\n%1").arg(e.message()));
        }
        owned = std::make_unique<MainWindow>(*store);
        QObject::connect(owned.get(), &MainWindow::reopenRequested, owned.get(), [] { QApplication::exit(kReopen); });
        owned->show();
        QApplication::setQuitOnLastWindowClosed(true);
        code = QApplication::exec();
    }
    return code;
}
