// SPDX-License-Identifier: MIT
#include "apiloadbench.h"

#include "apiserverpage.h"
#include "dashboardpage.h"
#include "mainwindow.h"

#include <QEventLoop>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QSpinBox>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

namespace ApiLoadBench {

int run(MainWindow &window, int seconds)
{
    QTextStream out(stdout);
    constexpr int kTickMs = 5;
    constexpr double kStallTargetMs = 100;

    // The server, started the way the API panel's Start button does, on any free local port.
    auto *api = qobject_cast<ApiServerPage *>(window.showPage(MainWindow::ApiServerIndex));
    if (!api) {
        out << "no API server page" << Qt::endl;
        return 2;
    }
    if (auto *host = api->findChild<QLineEdit *>(QStringLiteral("apiHost")))
        host->setText(QStringLiteral("127.0.0.1"));
    if (auto *port = api->findChild<QSpinBox *>(QStringLiteral("apiPort")))
        port->setValue(0);
    if (!api->startServer()) {
        out << "the API server did not start" << Qt::endl;
        return 2;
    }

    auto *page = qobject_cast<DashboardPage *>(window.showPage(MainWindow::DashboardIndex));
    if (!page) {
        out << "no dashboard page" << Qt::endl;
        return 2;
    }
    page->setPreset(DashboardPage::Last30Days);
    const qint64 ordersBefore = page->summary().current.orders;
    int refreshes = 0;
    const auto counter = QObject::connect(page, &DashboardPage::figuresChanged, page, [&] { ++refreshes; });

    out << "port " << api->port() << Qt::endl; // the load script waits for this line
    out.flush();

    // The probe: a precise 5 ms timer on the GUI thread; a gap between ticks beyond 5 ms is a stall.
    QEventLoop loop;
    QElapsedTimer clock;
    qint64 ticks = 0;
    qint64 lastNs = 0;
    qint64 maxStallNs = 0;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(kTickMs);
    QObject::connect(&probe, &QTimer::timeout, &loop, [&] {
        const qint64 now = clock.nsecsElapsed();
        maxStallNs = std::max(maxStallNs, now - lastNs - qint64(kTickMs) * 1000000);
        lastNs = now;
        ++ticks;
    });
    QTimer::singleShot(std::max(1, seconds) * 1000, &loop, &QEventLoop::quit);
    clock.start();
    probe.start();
    loop.exec();
    probe.stop();
    QObject::disconnect(counter);
    api->stopServer();

    const double stallMs = double(maxStallNs) / 1e6;
    const qint64 ordersAfter = page->summary().current.orders;
    const bool updated = refreshes > 0 && ordersAfter != ordersBefore;
    out << QStringLiteral("max GUI stall %1 ms; ticks %2; dashboard refreshes %3; orders shown before %4 after %5")
               .arg(stallMs, 0, 'f', 1)
               .arg(ticks)
               .arg(refreshes)
               .arg(ordersBefore)
               .arg(ordersAfter)
        << Qt::endl;
    const bool ok = stallMs <= kStallTargetMs && updated;
    out << (ok ? "RESULT: all targets met" : "RESULT: a target was missed")
        << QStringLiteral(" (max stall <= %1 ms, dashboard updated)").arg(kStallTargetMs) << Qt::endl;
    return ok ? 0 : 1;
}

} // namespace ApiLoadBench
