// SPDX-License-Identifier: MIT
#pragma once

class MainWindow;

/**
 * `storedesk --bench-api-load [--seconds N]`: the GUI thread's responsiveness while the embedded
 * API is under load. Starts the API server (through the API panel) on 127.0.0.1, any free port,
 * prints `port <n>`, then shows the Dashboard (last 30 days) for @p seconds while a 5 ms timer
 * measures the GUI thread's largest stall and the dashboard's refreshes are counted. Prints the
 * figures; returns the exit code (0 when the largest stall is ≤ 100 ms and the dashboard updated).
 * Runs its own event loop; call from within QApplication::exec().
 */
namespace ApiLoadBench {
int run(MainWindow &window, int seconds);
}
