// SPDX-License-Identifier: MIT
// Times DemoDataService::generate with a fixed `until`, so that two builds write comparable rows
// (storedesk-server demo-data always uses "now"). Used to check that a faster writer still writes
// the same rows for a seed:
//
//   storedesk-demodata-bench --database sqlite:////tmp/a.db --sales 200000 --until 2026-06-15T12:00:00Z
//
// Prints one line: "<sales> sales <items> items <seconds> s".

#include "configloader.h"
#include "demodataservice.h"
#include "store.h"
#include "timeutil.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("database"), QStringLiteral("Database URL."), QStringLiteral("url")});
    parser.addOption({QStringLiteral("sales"), QStringLiteral("Orders (default 1000000)."), QStringLiteral("n"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("customers"), QStringLiteral("Customers (default 20)."), QStringLiteral("n"), QStringLiteral("20")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Seed (default 42)."), QStringLiteral("n"), QStringLiteral("42")});
    parser.addOption({QStringLiteral("until"), QStringLiteral("End of the order year, ISO 8601 (default 2026-06-15T12:00:00Z)."),
                      QStringLiteral("time"), QStringLiteral("2026-06-15T12:00:00Z")});
    parser.addOption({QStringLiteral("reset"), QStringLiteral("Replace existing data.")});
    parser.addOption({QStringLiteral("cancel-at"), QStringLiteral("Cancel when this many orders are done (tests rollback)."),
                      QStringLiteral("n"), QStringLiteral("-1")});
    parser.process(app);

    QTextStream err(stderr);
    try {
        QHash<QString, QString> flags;
        if (parser.isSet(QStringLiteral("database")))
            flags.insert(QStringLiteral("DATABASE_URL"), parser.value(QStringLiteral("database")));
        Store store(ConfigLoader::load(flags, QString(), false));
        DemoDataOptions options;
        options.sales = parser.value(QStringLiteral("sales")).toLongLong();
        options.customers = parser.value(QStringLiteral("customers")).toLongLong();
        options.seed = parser.value(QStringLiteral("seed")).toULongLong();
        options.reset = parser.isSet(QStringLiteral("reset"));
        options.until = TimeUtil::parseIso(parser.value(QStringLiteral("until")), QTimeZone::utc());
        if (!options.until.isValid()) {
            err << "bad --until" << Qt::endl;
            return 2;
        }
        const qint64 cancelAt = parser.value(QStringLiteral("cancel-at")).toLongLong();
        QElapsedTimer timer;
        timer.start();
        const DemoDataSummary summary = DemoDataService(store.database(), store.config())
                                            .generate(options, [&](qint64 done, qint64) { return cancelAt < 0 || done < cancelAt; });
        std::printf("%lld sales %lld items %.2f s\n", qlonglong(summary.sales), qlonglong(summary.saleItems),
                    double(timer.elapsed()) / 1000.0);
    } catch (const StoreError &e) {
        err << e.message() << Qt::endl;
        return 1;
    }
    return 0;
}
