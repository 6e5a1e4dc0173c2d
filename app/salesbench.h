// SPDX-License-Identifier: MIT
#pragma once

class MainWindow;

/**
 * `storedesk --bench-sales`: opens the Sales screen, jumps to the last row, sorts by total and
 * applies a platform filter, each timed until the table has painted, and prints each duration
 * and the process's peak RSS. Returns the exit code (0 when every step met its target).
 */
namespace SalesBench {
int run(MainWindow &window);
}
