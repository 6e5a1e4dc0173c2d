// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

/**
 * The `storedesk-server` command line: `serve` (default), `migrate`, `demo-data`,
 * `export-sample-data`, `check`, `version`. Returns the process exit code: 0 success, 1 failure,
 * 2 bad usage or configuration, 3 database unreachable, 4 schema newer than the program.
 */
int runServerCommand(const QStringList &arguments);
