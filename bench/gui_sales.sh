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

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${BUILD_DIR:-$root/build}"
app="$build/app/storedesk"
server="$build/app/storedesk-server"
db="${1:-/tmp/storedesk-gui-bench/big.db}"
sales="${SALES:-1000000}"

for binary in "$app" "$server"; do
    [[ -x "$binary" ]] || { echo "gui_sales.sh: $binary is not built (set BUILD_DIR?)" >&2; exit 2; }
done
command -v xvfb-run >/dev/null || { echo "gui_sales.sh: xvfb-run is missing (Debian package xvfb)" >&2; exit 2; }
[[ "$db" == /* ]] || db="$PWD/$db"

if [[ ! -e "$db" ]]; then
    mkdir -p "$(dirname "$db")"
    echo "making $db with $sales orders…"
    if ! "$server" --database "sqlite:///$db" demo-data --sales "$sales" >/dev/null; then
        rm -f "$db" "$db-wal" "$db-shm"
        echo "gui_sales.sh: demo-data failed" >&2
        exit 1
    fi
fi

# A throwaway settings folder, so the run neither reads nor changes the user's window state.
settings="$(mktemp -d)"
trap 'rm -rf "$settings"' EXIT
echo "storedesk --bench-sales on $db ($(du -h "$db" | cut -f1))"
XDG_CONFIG_HOME="$settings" XDG_RUNTIME_DIR="$settings" \
    xvfb-run -a -s "-screen 0 1400x900x24" "$app" --database "sqlite:///$db" --bench-sales
