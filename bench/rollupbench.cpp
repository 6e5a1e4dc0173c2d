// SPDX-License-Identifier: MIT
// What keeping the analytics rollups current costs per recorded order, on a real database:
//
//   storedesk-rollup-bench --database sqlite:////tmp/big.db [--orders 2000]
//
// Records --orders orders (1–4 lines, random products and platforms) through SalesService, timing
// each whole create; then, for each of those orders, times SalesRollup::record removing and adding
// it back inside one transaction (the data ends as it was). Prints
//   "create <ms> ms/order  rollup <ms> ms/order (<share> % of create)".
// Run it on a copy: it adds orders to the store.

#include "configloader.h"
#include "database.h"
#include "salesrollup.h"
#include "store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("database"), QStringLiteral("Database URL."), QStringLiteral("url")});
    parser.addOption({QStringLiteral("orders"), QStringLiteral("Orders to record (default 2000)."), QStringLiteral("n"), QStringLiteral("2000")});
    parser.process(app);
    QTextStream err(stderr);
    try {
        QHash<QString, QString> flags;
        if (parser.isSet(QStringLiteral("database")))
            flags.insert(QStringLiteral("DATABASE_URL"), parser.value(QStringLiteral("database")));
        Store store(ConfigLoader::load(flags, QString(), false));
        const qint64 orders = parser.value(QStringLiteral("orders")).toLongLong();
        const QList<Product> products = store.products().list(ProductFilter{});
        if (products.isEmpty()) {
            err << "the store has no products (run demo-data first)" << Qt::endl;
            return 1;
        }
        // Plenty of stock everywhere, so no order is refused.
        InventoryFilter all;
        all.page.limit = 1000;
        for (const InventoryItem &row : store.inventory().list(all))
            store.inventory().adjust(row.id, 1'000'000'000, QStringLiteral("rollup bench stock"));
        QRandomGenerator rng(7);
        const QStringList &platforms = SalesService::knownPlatforms();
        QList<Sale> recorded;
        QElapsedTimer timer;
        timer.start();
        for (qint64 i = 0; i < orders; ++i) {
            SaleInput input;
            input.platform = platforms.at(rng.bounded(int(platforms.size())));
            input.status = QStringLiteral("completed");
            const int lines = 1 + rng.bounded(4);
            for (int l = 0; l < lines; ++l)
                input.items << SaleItemInput{products.at(rng.bounded(int(products.size()))).id, 1 + rng.bounded(3), std::nullopt, Money()};
            recorded << store.sales().create(input);
        }
        const double createMs = double(timer.nsecsElapsed()) / 1e6 / double(orders);

        qint64 rollupNs = 0;
        for (const Sale &sale : std::as_const(recorded)) {
            store.database().write([&](Connection &conn) {
                QElapsedTimer t;
                t.start();
                store.rollup().record(conn, sale, -1);
                store.rollup().record(conn, sale, +1);
                rollupNs += t.nsecsElapsed();
            });
        }
        const double rollupMs = double(rollupNs) / 1e6 / 2.0 / double(orders);
        std::printf("create %.3f ms/order  rollup %.3f ms/order (%.0f %% of create)\n", createMs, rollupMs,
                    100.0 * rollupMs / createMs);
    } catch (const StoreError &e) {
        err << e.message() << Qt::endl;
        return 1;
    }
    return 0;
}
