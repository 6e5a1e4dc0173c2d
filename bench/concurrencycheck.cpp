// SPDX-License-Identifier: MIT
// Many writers at once through the services, then the store's invariants:
//
//   storedesk-concurrency-check --database URL [--clients 8] [--writes 10000] [--seed 1]
//
// Fills the database with the demo store (replacing its data), then runs --clients threads that
// share one Store — as the desktop app's screens and the API's thread do — making --writes writes
// in all: orders (1–3 lines, any platform), stock adjustments, cancellations, refunds,
// reinstatements and platform moves. Then it checks, and prints:
//   - every stock row's quantity equals the sum of its history rows' changes;
//   - every order's total equals the sum of its lines;
//   - every analytics rollup row equals a recomputation from the orders;
//   - no writer saw anything but success or a business refusal (insufficient stock);
// and exits 1 if any check fails.

#include "configloader.h"
#include "database.h"
#include "integritycheck.h"
#include "store.h"
#include "writemix.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>

#include <atomic>
#include <cstdio>
#include <mutex>
#include <thread>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("database"), QStringLiteral("Database URL."), QStringLiteral("url")});
    parser.addOption({QStringLiteral("clients"), QStringLiteral("Concurrent writers (default 8)."), QStringLiteral("n"), QStringLiteral("8")});
    parser.addOption({QStringLiteral("writes"), QStringLiteral("Writes in all (default 10000)."), QStringLiteral("n"), QStringLiteral("10000")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Random seed (default 1)."), QStringLiteral("n"), QStringLiteral("1")});
    parser.process(app);
    QTextStream err(stderr);
    try {
        QHash<QString, QString> flags;
        if (parser.isSet(QStringLiteral("database")))
            flags.insert(QStringLiteral("DATABASE_URL"), parser.value(QStringLiteral("database")));
        Store store(ConfigLoader::load(flags, QString(), false));
        WriteMix::prepare(store);
        WriteMix mix(store);

        const int clients = parser.value(QStringLiteral("clients")).toInt();
        const qint64 writes = parser.value(QStringLiteral("writes")).toLongLong();
        const quint32 seed = parser.value(QStringLiteral("seed")).toUInt();
        std::atomic<qint64> next{0}, ok{0}, refused{0}, failed{0};
        std::mutex failuresLock;
        QStringList failures;

        QElapsedTimer timer;
        timer.start();
        std::vector<std::thread> threads;
        for (int t = 0; t < clients; ++t) {
            threads.emplace_back([&, t] {
                QRandomGenerator rng(seed * 1000 + quint32(t));
                while (next.fetch_add(1) < writes) {
                    QString error;
                    switch (mix.write(rng, QStringLiteral("concurrency check"), &error)) {
                    case WriteMix::Outcome::Done:
                        ++ok;
                        break;
                    case WriteMix::Outcome::Refused:
                        ++refused;
                        break;
                    case WriteMix::Outcome::Failed: {
                        ++failed;
                        std::lock_guard lock(failuresLock);
                        if (failures.size() < 10)
                            failures << error;
                        break;
                    }
                    }
                }
                store.database().closeThreadConnection();
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        const double seconds = double(timer.elapsed()) / 1000.0;

        const IntegrityReport report = IntegrityCheck::run(store);
        std::printf("%d clients, %lld writes in %.1f s (%.0f/s): %lld done, %lld refused (insufficient stock), %lld failed\n",
                    clients, qlonglong(writes), seconds, double(writes) / seconds, qlonglong(ok.load()), qlonglong(refused.load()),
                    qlonglong(failed.load()));
        for (const QString &line : report.lines())
            std::printf("  %s\n", qPrintable(line));
        for (const QString &f : std::as_const(failures))
            err << "failure: " << f << Qt::endl;
        return report.ok() && failed == 0 ? 0 : 1;
    } catch (const StoreError &e) {
        err << e.message() << Qt::endl;
        return 1;
    }
}
