#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# bench/gui_sales.sh — the desktop Sales screen on a large store.
#
#     bench/gui_sales.sh [DB_FILE]
#
# Starts `storedesk --bench-sales` under Xvfb on a SQLite store with 1,000,000 orders (made with
# `storedesk-server demo-data --sales 1000000` when DB_FILE does not exist yet; default
# /tmp/storedesk-gui-bench/big.db, kept for the next run; SALES=N changes the size). The app opens
# the Sales screen, jumps to the last row, sorts by total, filters on one platform (each timed
# until the table has painted, target 300 ms), then scrolls to the middle and sorts by date again
# for information, and prints the peak RSS (target 150 MiB). Exit status 0 when the targets are met.
#
# Builds nothing: the binaries come from $BUILD_DIR/app (default: build/ under the repository root).

set -euo pipefail

bench_name=gui_sales.sh
# shellcheck source=bench/gui_bench_common.sh
source "$(dirname "${BASH_SOURCE[0]}")/gui_bench_common.sh"
echo "storedesk --bench-sales on $db ($(du -h "$db" | cut -f1))"
XDG_CONFIG_HOME="$settings" XDG_RUNTIME_DIR="$settings" \
    xvfb-run -a -s "-screen 0 1400x900x24" "$app" --database "sqlite:///$db" --bench-sales
