#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# bench/gui_dashboard.sh — the desktop Dashboard on a large store.
#
#     bench/gui_dashboard.sh [DB_FILE]
#
# Starts `storedesk --bench-dashboard` under Xvfb on a SQLite store with 1,000,000 orders (made with
# `storedesk-server demo-data --sales 1000000` when DB_FILE does not exist yet; default
# /tmp/storedesk-gui-bench/big.db, shared with gui_sales.sh and kept; SALES=N changes the size).
# The app prints the time from process start until the dashboard (KPI cards, trend, donut, tables)
# has painted (target 1000 ms), each date preset and compare-to switch timed until painted (target
# 100 ms), and the peak RSS (target 150 MiB). RUNS=N repeats the cold start N times (default 3).
# Exit status 0 when every run met the targets.
#
# Builds nothing: the binaries come from $BUILD_DIR/app (default: build/ under the repository root).

set -euo pipefail

bench_name=gui_dashboard.sh
runs="${RUNS:-3}"
# shellcheck source=bench/gui_bench_common.sh
source "$(dirname "${BASH_SOURCE[0]}")/gui_bench_common.sh"
echo "storedesk --bench-dashboard on $db ($(du -h "$db" | cut -f1)), $runs runs"
status=0
for ((run = 1; run <= runs; run++)); do
    echo "--- run $run"
    XDG_CONFIG_HOME="$settings" XDG_RUNTIME_DIR="$settings" \
        xvfb-run -a -s "-screen 0 1400x900x24" "$app" --database "sqlite:///$db" --bench-dashboard || status=1
done
exit $status
