// SPDX-License-Identifier: MIT
#include "dashboardbench.h"

#include "dashboardpage.h"
#include "mainwindow.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <unistd.h>

#include <algorithm>

namespace {

/** A field of /proc/self/status in MiB ("VmRSS", "VmHWM"). */
double procMiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

/** Milliseconds since this process started (from /proc: clock-tick resolution, 10 ms); -1 if unknown. */
qint64 msSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    QFile uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    // Fields after the command name (which may hold spaces) start after the last ')'.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20)
        return -1;
    const double startTicks = fields.at(19).toDouble(); // field 22 of stat(5)
    const double now = uptime.readAll().split(' ').value(0).toDouble();
    const double ticks = double(sysconf(_SC_CLK_TCK));
    return qint64((now - startTicks / ticks) * 1000.0);
}

/** Runs pending events and paints the window synchronously, as the user would see it. */
void paint(QWidget &window)
{
    QApplication::processEvents();
    window.repaint();
    QApplication::processEvents();
}

} // namespace

namespace DashboardBench {

int run(MainWindow &window)
{
    QTextStream out(stdout);
    constexpr qint64 kStartMs = 1000;
    constexpr qint64 kSwitchMs = 100;
    constexpr double kTargetMiB = 150;

    auto *page = qobject_cast<DashboardPage *>(window.showPage(MainWindow::DashboardIndex));
    if (!page) {
        out << "no dashboard page" << Qt::endl;
        return 2;
    }
    paint(window);
    const qint64 start = msSinceProcessStart();
    bool ok = start >= 0 && start <= kStartMs;
    out << QStringLiteral("cold start to a painted dashboard: %1 ms (target <= %2 ms); %3, %4 orders, revenue %5")
               .arg(start)
               .arg(kStartMs)
               .arg(page->presetBox()->currentText())
               .arg(page->summary().current.orders)
               .arg(page->kpiValue(DashboardPage::RevenueKpi))
        << Qt::endl;

    qint64 worst = 0;
    auto step = [&](const QString &name, const auto &action) {
        QElapsedTimer timer;
        timer.start();
        action();
        paint(window);
        const qint64 ms = timer.elapsed();
        worst = std::max(worst, ms);
        out << QStringLiteral("  %1: %2 ms, %3 orders, revenue %4")
                   .arg(name, -28)
                   .arg(ms, 4)
                   .arg(page->summary().current.orders)
                   .arg(page->kpiValue(DashboardPage::RevenueKpi))
            << Qt::endl;
    };
    out << "switching preset (until painted):" << Qt::endl;
    for (int round = 0; round < 2; ++round) {
        for (int preset = DashboardPage::Today; preset < DashboardPage::Custom; ++preset) {
            step(page->presetBox()->itemText(preset), [&] { page->presetBox()->setCurrentIndex(preset); });
        }
    }
    step(QStringLiteral("compare with previous year"), [&] { page->compareBox()->setCurrentIndex(DashboardPage::PreviousYear); });
    step(QStringLiteral("compare with previous period"), [&] { page->compareBox()->setCurrentIndex(DashboardPage::PreviousPeriod); });
    step(QStringLiteral("refresh (F5)"), [&] { page->refresh(); });
    ok = ok && worst <= kSwitchMs;
    out << QStringLiteral("slowest switch: %1 ms (target <= %2 ms)").arg(worst).arg(kSwitchMs) << Qt::endl;
    const double hwm = procMiB("VmHWM");
    out << QStringLiteral("peak RSS: %1 MiB (target <= %2 MiB)").arg(hwm, 0, 'f', 1).arg(kTargetMiB) << Qt::endl;
    ok = ok && hwm <= kTargetMiB;
    out << (ok ? "RESULT: all targets met" : "RESULT: a target was missed") << Qt::endl;
    return ok ? 0 : 1;
}

} // namespace DashboardBench
