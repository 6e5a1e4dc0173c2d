#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# bench/load.sh — sustained load on the HTTP API (a read/write mix on a 1M-order store), then the
# same mix against a build with AddressSanitizer and UndefinedBehaviorSanitizer.
#
#     bench/load.sh [--seconds 60] [--connections 64] [--quick] [--asan | --no-asan]
#
# Load phase: builds storedesk-server in build-bench-load/, makes a SQLite demo store with
# 1,000,000 orders once (kept in build-bench-load/stores/ for the next run) and works on a copy:
# starts `storedesk-server serve` on 127.0.0.1 (rate limiting off), tops every inventory row up,
# then drives bench/load.lua's mix (about 80 % reads, 20 % writes) with wrk -t2, 10 s timeout:
# 10 s of warm-up, RSS (VmRSS), --seconds at --connections, RSS again. Prints req/s, p50/p90/p99,
# errors (socket errors and non-2xx answers by status; a 409 for insufficient stock is shown but
# is a legitimate answer), both RSS figures and their ratio, then stops the server and runs
# `storedesk-server check` on the store.
#
# ASan phase: the same mix for 15 s at 16 connections against storedesk-server from build-asan/
# (configured as by test.sh --sanitize) on a 20,000-order store; the server is stopped with SIGTERM
# so LeakSanitizer checks at exit, then `check` runs with the same build. Any AddressSanitizer,
# UndefinedBehaviorSanitizer or LeakSanitizer report in their stderr fails the phase.
#
#     --quick            100,000 orders, 5 s warm-up, 15 s of load; ASan phase 5 s on 5,000 orders
#     --asan / --no-asan only the ASan phase / only the load phase (default: both)
#
# Exit status 1 when there were errors, RSS after ÷ RSS after warm-up > 1.2, `check` failed or a
# sanitizer reported anything; 2 for bad arguments or a missing tool.

set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/common.sh
source "$root/scripts/common.sh"
# shellcheck source=bench/api_common.sh
source "$root/bench/api_common.sh"

seconds=60
connections=64
warmup=10
sales=1000000
asan_seconds=15
asan_connections=16
asan_sales=20000
run_load=1
run_asan=1
rss_limit=1.2
quick=0
given_seconds=""
while (($#)); do
    arg="$1"
    shift
    case "$arg" in
    --seconds) given_seconds="${1:-}" && shift ;;
    --connections) connections="${1:-}" && shift ;;
    --quick) quick=1 ;;
    --asan) run_load=0 run_asan=1 ;;
    --no-asan) run_load=1 run_asan=0 ;;
    -h | --help)
        sed -n '4,27p' "$0" | sed 's/^# \{0,1\}//'
        exit 0
        ;;
    *)
        echo "load.sh: unknown argument $arg (try --help)" >&2
        exit 2
        ;;
    esac
done
((quick)) && sales=100000 warmup=5 seconds=15 asan_seconds=5 asan_sales=5000
[[ -n "$given_seconds" ]] && seconds="$given_seconds"
[[ "$seconds" =~ ^[1-9][0-9]*$ && "$connections" =~ ^[1-9][0-9]*$ ]] ||
    { echo "load.sh: --seconds and --connections take positive whole numbers" >&2; exit 2; }
((connections >= 2)) || connections=2 # wrk needs a connection per thread
for tool in wrk curl jq sqlite3; do
    command -v "$tool" >/dev/null || { echo "load.sh: $tool is not installed (apt-get install $tool)" >&2; exit 2; }
done

bench_build="$SD_ROOT/build-bench-load"
server="$bench_build/app/storedesk-server"
asan_server="$SD_ASAN_BUILD_DIR/app/storedesk-server"
work="$bench_build/run"
server_pid=""
cleanup() {
    if [[ -n "$server_pid" ]]; then
        kill -TERM "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

# Builds run at the lowest priority: the machine's cores are shared.
echo "building storedesk-server ($bench_build)"
nice -n 19 bash -c 'source "$1/scripts/common.sh" && sd_build "$2" storedesk-server' _ "$root" "$bench_build"
if ((run_asan)); then
    echo "building storedesk-server with ASan+UBSan ($SD_ASAN_BUILD_DIR)"
    nice -n 19 bash -c 'source "$1/scripts/common.sh" && sd_configure_sanitized && SD_CMAKE_ARGS="" sd_build "$SD_ASAN_BUILD_DIR" storedesk-server' _ "$root"
fi
rm -rf "$work"
mkdir -p "$work" "$bench_build/stores"
cd "$work" # no .env from the caller's folder

store_for() { # orders → path of the cached demo store with that many orders (made when missing)
    local file="$bench_build/stores/sales-$1.db"
    if [[ ! -f "$file" ]]; then
        echo "making a demo store with $1 orders ($file)" >&2
        rm -f "$file.tmp" "$file.tmp-wal" "$file.tmp-shm"
        "$server" --database "sqlite:///$file.tmp" demo-data --sales "$1" >/dev/null
        [[ ! -s "$file.tmp-wal" ]] || { echo "load.sh: demo-data left a write-ahead log behind" >&2; exit 1; }
        rm -f "$file.tmp-wal" "$file.tmp-shm"
        mv "$file.tmp" "$file"
    fi
    echo "$file"
}

start_server() { # binary store log → server_pid, port
    env -u STOREDESK_API_TOKEN -u DATABASE_URL RATE_LIMIT_PER_MINUTE=0 QT_LOGGING_RULES="storedesk.api.info=false" \
        "$1" --database "sqlite:///$2" serve --host 127.0.0.1 --port 0 >"$3" 2>&1 &
    server_pid=$!
    port="$(bench_port_of "$3")"
}

stop_server() { # SIGTERM, wait; returns the server's exit status
    local rc=0
    kill -TERM "$server_pid"
    wait "$server_pid" || rc=$?
    server_pid=""
    return "$rc"
}

prepare() { # store → lua_args: the ids the mix picks from; every inventory row gets plenty of stock
    local api="http://127.0.0.1:$port/api/v1" products inventory customers max_sale id
    max_sale="$(sqlite3 "$1" 'SELECT MAX(id) FROM sales')"
    products="$(curl -fsS "$api/products/?limit=1000" | jq -r '[.[].id] | join(",")')"
    inventory="$(curl -fsS "$api/inventory/?limit=1000" | jq -r '[.[].id] | join(",")')"
    customers="$(curl -fsS "$api/customers/?limit=1000" | jq -r '[.[].id] | join(",")')"
    for id in ${inventory//,/ }; do
        curl -fsS -o /dev/null -X PUT -H 'Content-Type: application/json' \
            -d '{"quantity": 1000000, "change_reason": "load bench stock"}' "$api/inventory/$id"
    done
    lua_args=("$products" "$inventory" "$customers" "$max_sale")
}

run_wrk() { # seconds connections output-file
    wrk -t2 -c"$2" -d"$1s" --timeout 10s -s "$root/bench/load.lua" "http://127.0.0.1:$port" -- "${lua_args[@]}" >"$3" 2>&1 ||
        { echo "load.sh: wrk failed: $(cat "$3")" >&2; return 1; }
    grep -q '^RESULT ' "$3" || { echo "load.sh: no RESULT line from wrk: $(cat "$3")" >&2; return 1; }
}

summarise() { # wrk output → requests rps p50 p90 p99 max errors expected409 error_detail mix
    local out="$1" connect read write timeout statuses
    read -r _ requests rps p50 p90 p99 max connect read write timeout < <(grep '^RESULT ' "$out")
    errors=$((connect + read + write + timeout))
    expected409=0
    statuses=""
    local code count
    while read -r _ code count; do
        if [[ "$code" == 409-stock ]]; then
            expected409="$count"
        else
            errors=$((errors + count))
            statuses+=" $code×$count"
        fi
    done < <(grep '^STATUS ' "$out" | sort -k2)
    error_detail="socket: connect $connect, read $read, write $write, timeout $timeout; non-2xx:${statuses:- none}"
    mix="$(sed -n 's/^KIND //p' "$out" | awk -F'|' '
        { n[$1] = $2; total += $2; if ($1 ~ /^(POST sale|POST stock adjust|PUT sale status)$/) w += $2 }
        END { printf "%.1f %% reads, %.1f %% writes (sales %.1f %%, stock adjustments %.1f %%, status changes %.1f %%)",
              100 * (total - w) / total, 100 * w / total, 100 * n["POST sale"] / total,
              100 * n["POST stock adjust"] / total, 100 * n["PUT sale status"] / total }')"
}

show_server_log() { # anything the server said besides starting and stopping
    local other
    other="$(grep -vE 'listening on http|API stopped' "$1" || true)"
    [[ -z "$other" ]] || { printf '%-14s %s line(s), first ones:\n' "server log" "$(wc -l <<<"$other")"; head -5 <<<"$other" | sed 's/^/    | /'; }
}

rss_kib() { awk '/^VmRSS:/ { print $2 }' "/proc/$server_pid/status"; }
mib() { awk -v k="$1" 'BEGIN { printf "%.1f MiB", k / 1024 }'; }
thousands() { awk -v n="$1" 'BEGIN { s = sprintf("%d", n); while (s ~ /[0-9]{4}/) sub(/[0-9]{3}($|,)/, ",&", s); print s }'; }

exit_status=0

if ((run_load)); then
    store="$(store_for "$sales")"
    db="$work/load.db"
    cp "$store" "$db"
    start_server "$server" "$db" "$work/server.log"
    prepare "$db"
    echo
    echo "== load: $seconds s at $connections connections (wrk -t2, 127.0.0.1), SQLite store with $(thousands "$sales") orders"
    run_wrk "$warmup" "$connections" "$work/warmup.txt"
    summarise "$work/warmup.txt"
    warmup_errors="$errors"
    warmup_detail="$error_detail"
    rss_warm="$(rss_kib)"
    run_wrk "$seconds" "$connections" "$work/load.txt"
    rss_after="$(rss_kib)"
    summarise "$work/load.txt"
    ratio="$(awk -v a="$rss_after" -v b="$rss_warm" 'BEGIN { printf "%.2f", a / b }')"
    server_rc=0
    stop_server || server_rc=$?
    check_rc=0
    "$server" --database "sqlite:///$db" check >"$work/check.log" 2>&1 || check_rc=$?

    printf '%-14s %s requests, %s req/s\n' requests "$(thousands "$requests")" "$rps"
    printf '%-14s p50 %s ms, p90 %s ms, p99 %s ms, max %s ms\n' latency "$p50" "$p90" "$p99" "$max"
    printf '%-14s %s (%s)\n' errors "$errors" "$error_detail"
    printf '%-14s %s (insufficient stock: a legitimate answer, not an error)\n' "409 stock" "$expected409"
    printf '%-14s %s\n' mix "$mix"
    printf '%-14s after warm-up %s, after the run %s: ratio %s (limit %s)\n' RSS \
        "$(mib "$rss_warm")" "$(mib "$rss_after")" "$ratio" "$rss_limit"
    printf '%-14s %s\n' check "$( ((check_rc == 0)) && echo "ok: $(grep -c ': ok' "$work/check.log") invariants hold" || echo "FAILED")"
    ((check_rc == 0)) || sed 's/^/    | /' "$work/check.log"
    show_server_log "$work/server.log"
    verdict=()
    ((warmup_errors == 0)) || verdict+=("$warmup_errors errors during warm-up ($warmup_detail)")
    ((errors == 0)) || verdict+=("$errors errors")
    awk -v r="$ratio" -v l="$rss_limit" 'BEGIN { exit !(r <= l) }' || verdict+=("RSS grew by more than ${rss_limit}×")
    ((check_rc == 0)) || verdict+=("check failed")
    ((server_rc == 0)) || verdict+=("server exit status $server_rc")
    if ((${#verdict[@]})); then
        printf '%-14s MISSED: %s\n' verdict "$(IFS=';'; echo "${verdict[*]}" | sed 's/;/; /g')"
        exit_status=1
    else
        printf '%-14s ok\n' verdict
    fi
fi

if ((run_asan)); then
    store="$(store_for "$asan_sales")"
    db="$work/asan.db"
    rm -f "$db"
    cp "$store" "$db"
    # Reports to stderr (the logs below); stop at the first one; leak check at exit.
    sd_sanitizer_env
    start_server "$asan_server" "$db" "$work/asan-server.log"
    prepare "$db"
    echo
    echo "== ASan+UBSan: $asan_seconds s at $asan_connections connections, SQLite store with $(thousands "$asan_sales") orders ($asan_server)"
    run_wrk "$asan_seconds" "$asan_connections" "$work/asan.txt"
    summarise "$work/asan.txt"
    server_rc=0
    stop_server || server_rc=$?
    check_rc=0
    "$asan_server" --database "sqlite:///$db" check >"$work/asan-check.log" 2>&1 || check_rc=$?
    pattern='ERROR: AddressSanitizer|runtime error:|ERROR: LeakSanitizer'
    reports="$(cat "$work/asan-server.log" "$work/asan-check.log" | grep -cE "$pattern" || true)"

    printf '%-14s %s requests, %s req/s\n' requests "$(thousands "$requests")" "$rps"
    printf '%-14s p50 %s ms, p99 %s ms\n' latency "$p50" "$p99"
    printf '%-14s %s (%s)\n' errors "$errors" "$error_detail"
    printf '%-14s %s\n' sanitizers "$reports reports (server, then check); server exit status $server_rc, check exit status $check_rc"
    if ((reports > 0)); then
        grep -hE -A30 "$pattern" "$work/asan-server.log" "$work/asan-check.log" | head -120 | sed 's/^/    | /'
    fi
    if ((reports > 0 || errors > 0 || server_rc != 0 || check_rc != 0)); then
        printf '%-14s MISSED\n' verdict
        ((check_rc == 0)) || sed 's/^/    | /' "$work/asan-check.log" | tail -20
        exit_status=1
    else
        printf '%-14s ok\n' verdict
    fi
fi
exit "$exit_status"
