#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# Two storedesk-server processes on one SQLite file (two desks on one machine), both under wrk
# write load at once: orders and stock adjustments. SQLite lets one writer in at a time; the
# other must wait inside the server (busy timeout and retries), never answer "database is locked".
# Checks: every answer is 2xx, no socket errors, every acknowledged order and adjustment is in
# the file, and `storedesk-server check` passes.
#
#     tests/api/sqlite_two_servers.sh path/to/storedesk-server [seconds]

set -uo pipefail
# shellcheck source=tests/common/tap.sh
source "$(dirname "${BASH_SOURCE[0]}")/../common/tap.sh"

tap_require "path/to/storedesk-server [seconds]" 2 curl sqlite3 wrk -- "$@"
SECONDS_EACH="${2:-6}"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/storedesk-two-servers.XXXXXX")
PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; done
    rm -rf "$WORK"
}
trap cleanup EXIT
DB="$WORK/store.db"
unset DATABASE_URL STOREDESK_API_TOKEN STOREDESK_TLS_CERT STOREDESK_TLS_KEY
export RATE_LIMIT_PER_MINUTE=0 STORE_TIMEZONE=UTC QT_LOGGING_RULES="storedesk.api.info=false"
"$BIN" --database "sqlite:///$DB" demo-data >/dev/null || { echo "not ok - demo-data failed"; exit 1; }
products=$(sqlite3 "$DB" "SELECT COUNT(*) FROM products")
rows=$(sqlite3 "$DB" "SELECT MAX(id) FROM inventory")
PORTS=()
for n in 1 2; do
    "$BIN" --database "sqlite:///$DB" serve --port 0 >"$WORK/server$n.log" 2>&1 &
    PIDS+=($!)
    port=""
    for _ in $(seq 1 100); do
        port="$(grep -soE 'http://127\.0\.0\.1:[0-9]+' "$WORK/server$n.log" | head -1 | sed 's/.*://')"
        [[ -n "$port" ]] && break
        sleep 0.1
    done
    [[ -n "$port" ]] || { echo "not ok - server $n did not start: $(cat "$WORK/server$n.log")"; exit 1; }
    PORTS+=("$port")
done
# Plenty of stock on every row, so every order can go through.
for id in $(seq 1 "$rows"); do
    curl -s -o /dev/null -X POST -H 'Content-Type: application/json' --data '{"delta":100000,"reason":"two servers stock"}' \
        "http://127.0.0.1:${PORTS[0]}/api/v1/inventory/$id/adjust"
done
before_orders=$(sqlite3 "$DB" "SELECT COUNT(*) FROM sales")
before_history=$(sqlite3 "$DB" "SELECT COUNT(*) FROM inventory_history")

{ cat "$WRK_STATUS_LUA"; cat <<LUA; } >"$WORK/writes.lua"
function request()
    n = (n or 0) + 1
    if n % 2 == 0 then
        return wrk.format("POST", "/api/v1/sales/", {["Content-Type"] = "application/json"},
            '{"platform":"amazon","items":[{"product_id":' .. math.random(1, $products) .. ',"quantity":1}]}')
    end
    return wrk.format("POST", "/api/v1/inventory/" .. math.random(1, $rows) .. "/adjust",
        {["Content-Type"] = "application/json"}, '{"delta":1,"reason":"two servers"}')
end
LUA
wrk -t1 -c8 --timeout 30s -d"${SECONDS_EACH}s" -s "$WORK/writes.lua" "http://127.0.0.1:${PORTS[0]}" >"$WORK/wrk1.txt" 2>&1 &
w1=$!
wrk -t1 -c8 --timeout 30s -d"${SECONDS_EACH}s" -s "$WORK/writes.lua" "http://127.0.0.1:${PORTS[1]}" >"$WORK/wrk2.txt" 2>&1
wait "$w1"

count() { awk -v s="$2" '$1 == "STATUS" && $2 == s { n += $3 } END { print n + 0 }' "$1"; }
other() { awk '$1 == "STATUS" && $2 != 200 && $2 != 201 { n += $3 } END { print n + 0 }' "$1"; }
created=$(($(count "$WORK/wrk1.txt" 201) + $(count "$WORK/wrk2.txt" 201)))
adjusted=$(($(count "$WORK/wrk1.txt" 200) + $(count "$WORK/wrk2.txt" 200)))
bad=$(($(other "$WORK/wrk1.txt") + $(other "$WORK/wrk2.txt")))
errors=$(($(awk '$1 == "ERRORS" { print $2 }' "$WORK/wrk1.txt") + $(awk '$1 == "ERRORS" { print $2 }' "$WORK/wrk2.txt")))
echo "# two servers, ${SECONDS_EACH} s: $created orders and $adjusted adjustments acknowledged, $bad other answers, $errors socket errors"
check "both servers took writes" test "$created" -gt 100 -a "$adjusted" -gt 100
check "every answer was 2xx (no 'database is locked' or 5xx reached a client)" is "$bad" 0
check "no socket errors" is "$errors" 0
check "no 'locked' in either server's output" bash -c '! grep -qi "locked" "$1" "$2"' _ "$WORK/server1.log" "$WORK/server2.log"
for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; done
PIDS=()
# wrk drops the answers still in flight when its time is up (at most one per connection, 16 in
# all): those orders were written but not counted as acknowledged.
orders=$(sqlite3 "$DB" "SELECT COUNT(*) FROM sales")
check "every acknowledged order is in the file ($orders ≥ $before_orders + $created, ≤ 16 more in flight)" \
    test "$orders" -ge "$((before_orders + created))" -a "$orders" -le "$((before_orders + created + 16))"
check "every acknowledged adjustment and sale has its history rows" \
    test "$(sqlite3 "$DB" "SELECT COUNT(*) FROM inventory_history")" -ge "$((before_history + adjusted + created))"
check "storedesk-server check passes" "$BIN" --database "sqlite:///$DB" check
tap_summary
