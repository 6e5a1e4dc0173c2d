#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# bench/demodata.sh — how long `storedesk-server demo-data` takes.
#
#     bench/demodata.sh            1,000,000 orders on a fresh SQLite file
#     bench/demodata.sh --full     … and 10,000,000 orders
#
# Builds nothing: the binary is $STOREDESK_SERVER, or build/app/storedesk-server under the
# repository root. Each SQLite run gets a fresh database file in a temporary folder, which is
# removed afterwards. With STOREDESK_BENCH_MYSQL_URL and/or STOREDESK_BENCH_PGSQL_URL set
# (mysql://user:pass@host:port/db, postgresql://…) 1,000,000 orders also go to those servers,
# with --reset — which REPLACES the store data in that database.
#
# One line per run: the duration the program reports for the load, then the wall time of the
# whole process (start-up, migration and closing the database included), e.g.
#     sqlite     1000000 sales   8.7 s  (wall 8.8 s)

set -euo pipefail

usage() {
    sed -n '4,17p' "$0" | sed 's/^# \{0,1\}//'
}

full=0
for arg in "$@"; do
    case "$arg" in
    --full) full=1 ;;
    -h | --help)
        usage
        exit 0
        ;;
    *)
        printf 'demodata.sh: unknown argument %s (try --help)\n' "$arg" >&2
        exit 2
        ;;
    esac
done

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
server="${STOREDESK_SERVER:-$root/build/app/storedesk-server}"
if [[ ! -x "$server" ]]; then
    printf 'demodata.sh: %s is not an executable (build it, or set STOREDESK_SERVER)\n' "$server" >&2
    exit 1
fi

tmp="$(mktemp -d "${TMPDIR:-/tmp}/storedesk-bench.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT

# run LABEL SALES URL [extra demo-data options…]
run() {
    local label="$1" sales="$2" url="$3"
    shift 3
    local start end out seconds wall
    start="$EPOCHREALTIME"
    if ! out="$("$server" --database "$url" demo-data --sales "$sales" "$@" 2>"$tmp/stderr")"; then
        printf '%-8s %9s sales  FAILED\n' "$label" "$sales"
        sed 's/^/    /' "$tmp/stderr" >&2
        return 1
    fi
    end="$EPOCHREALTIME"
    # "demo data written to …: … sales with N items in 8.70 s (seed 42)"
    seconds="$(sed -n 's/.* items in \([0-9.]*\) s .*/\1/p' <<<"$out")"
    wall="$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }')"
    printf '%-8s %9s sales %5.1f s  (wall %s s)\n' "$label" "$sales" "${seconds:-0}" "$wall"
}

status=0
counts=(1000000)
((full)) && counts+=(10000000)
for sales in "${counts[@]}"; do
    db="$tmp/demo-$sales.db"
    run sqlite "$sales" "sqlite:///$db" || status=1
    rm -f "$db" "$db-wal" "$db-shm" "$db-journal"
done
if [[ -n "${STOREDESK_BENCH_MYSQL_URL:-}" ]]; then
    run mysql 1000000 "$STOREDESK_BENCH_MYSQL_URL" --reset || status=1
fi
if [[ -n "${STOREDESK_BENCH_PGSQL_URL:-}" ]]; then
    run pgsql 1000000 "$STOREDESK_BENCH_PGSQL_URL" --reset || status=1
fi
exit "$status"
