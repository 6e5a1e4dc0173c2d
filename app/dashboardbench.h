// SPDX-License-Identifier: MIT
#pragma once

class MainWindow;

/**
 * `storedesk --bench-dashboard`: how long the program took from process start until the
 * dashboard (cards, charts, tables) had painted, then each date preset and compare-to switch
 * timed until the page has painted again, and the process's peak RSS. Prints the figures;
 * returns the exit code (0 when every target is met: start ≤ 1000 ms, switch ≤ 100 ms, RSS ≤ 150 MiB).
 */
namespace DashboardBench {
int run(MainWindow &window);
}
