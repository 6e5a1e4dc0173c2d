# shellcheck shell=bash
# SPDX-License-Identifier: MIT
#
# bench/gui_bench_common.sh — set-up shared by the desktop benches on a large store; source it
# with the script's name in $bench_name and its DB_FILE argument in $1. Sets app, server, db and
# settings (a throwaway settings folder, removed on exit, so a run neither reads nor changes the
# user's window state), after making the store when DB_FILE does not exist yet (SALES orders,
# default 1,000,000; default file /tmp/storedesk-gui-bench/big.db, kept for the next run).
# Builds nothing: the binaries come from $BUILD_DIR/app (default: build/ under the repository root).

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${BUILD_DIR:-$root/build}"
app="$build/app/storedesk"
server="$build/app/storedesk-server"
db="${1:-/tmp/storedesk-gui-bench/big.db}"
sales="${SALES:-1000000}"

for binary in "$app" "$server"; do
    [[ -x "$binary" ]] || { echo "$bench_name: $binary is not built (set BUILD_DIR?)" >&2; exit 2; }
done
command -v xvfb-run >/dev/null || { echo "$bench_name: xvfb-run is missing (Debian package xvfb)" >&2; exit 2; }
[[ "$db" == /* ]] || db="$PWD/$db"

if [[ ! -e "$db" ]]; then
    mkdir -p "$(dirname "$db")"
    echo "making $db with $sales orders…"
    if ! "$server" --database "sqlite:///$db" demo-data --sales "$sales" >/dev/null; then
        rm -f "$db" "$db-wal" "$db-shm"
        echo "$bench_name: demo-data failed" >&2
        exit 1
    fi
fi

settings="$(mktemp -d)"
trap 'rm -rf "$settings"' EXIT
