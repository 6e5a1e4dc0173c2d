#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# bench/gui_api_load.sh — the desktop app stays responsive while its embedded API is under load.
#
#     bench/gui_api_load.sh [seconds]      (default 10 s of wrk -t2 -c32 on 127.0.0.1)
#
# Makes a demo SQLite database in a temporary folder, starts `storedesk --bench-api-load` under
# Xvfb (the API server started from the API panel on a free port, the Dashboard shown, rate
# limiting off), gives product 1 plenty of stock, then loads the API with wrk: a mix of
# GET /api/v1/products/, GET /api/v1/dashboard/summary?period=30d and POST /api/v1/sales/ (one unit).
# The app measures the GUI thread's largest stall with a 5 ms timer (target ≤ 100 ms) and counts
# the dashboard's refreshes (the sales must show up). Prints wrk's req/s and p99 next to the app's
# figures; exit status 1 if a target was missed.
#
# Builds nothing: the binaries come from $BUILD_DIR/app (default: build/ under the repository root).

set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${BUILD_DIR:-$root/build}"
app="$build/app/storedesk"
server="$build/app/storedesk-server"
duration="${1:-10}"

for binary in "$app" "$server"; do
    [[ -x "$binary" ]] || { echo "gui_api_load.sh: $binary is not built (set BUILD_DIR?)" >&2; exit 2; }
done
command -v xvfb-run >/dev/null || { echo "gui_api_load.sh: xvfb-run is missing (Debian package xvfb)" >&2; exit 2; }
command -v wrk >/dev/null || { echo "gui_api_load.sh: wrk is missing (Debian package wrk)" >&2; exit 2; }
command -v curl >/dev/null || { echo "gui_api_load.sh: curl is missing" >&2; exit 2; }

work="$(mktemp -d)"
app_pid=""
cleanup() {
    [[ -n "$app_pid" ]] && kill "$app_pid" 2>/dev/null || true
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

"$server" --database "sqlite:///$work/bench.db" demo-data >/dev/null
mkdir -p "$work/settings"

# The app measures a little longer than wrk runs, so the probe covers the whole load.
RATE_LIMIT_PER_MINUTE=0 QT_LOGGING_RULES="storedesk.api.info=false" \
    XDG_CONFIG_HOME="$work/settings" XDG_RUNTIME_DIR="$work/settings" \
    xvfb-run -a -s "-screen 0 1400x900x24" "$app" --database "sqlite:///$work/bench.db" \
    --bench-api-load --seconds $((duration + 2)) >"$work/app.log" 2>"$work/app.err" &
app_pid=$!

port=""
for _ in $(seq 1 150); do
    port="$(sed -n 's/^port \([0-9][0-9]*\)$/\1/p' "$work/app.log" | head -1)"
    [[ -n "$port" ]] && break
    kill -0 "$app_pid" 2>/dev/null || break
    sleep 0.1
done
if [[ -z "$port" || "$port" == 0 ]]; then
    echo "gui_api_load.sh: the app did not report its API port" >&2
    cat "$work/app.log" "$work/app.err" >&2
    exit 1
fi

# Keep the sold product in stock for the whole run.
curl -s -f -X PUT -H 'Content-Type: application/json' -d '{"quantity": 1000000000, "change_reason": "bench stock"}' \
    "http://127.0.0.1:$port/api/v1/inventory/1" >/dev/null

cat >"$work/mix.lua" <<'LUA'
counter = 0
request = function()
  counter = counter + 1
  local k = counter % 3
  if k == 0 then
    return wrk.format("GET", "/api/v1/products/")
  elseif k == 1 then
    return wrk.format("GET", "/api/v1/dashboard/summary?period=30d")
  end
  return wrk.format("POST", "/api/v1/sales/", {["Content-Type"] = "application/json"},
    '{"platform": "Website", "items": [{"product_id": 1, "quantity": 1}]}')
end
done = function(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT %.0f %.2f %.2f %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, errors))
end
LUA

echo "wrk -t2 -c32 -d${duration}s on the embedded API of storedesk (Xvfb, demo database, SQLite):"
echo "  mix: GET /api/v1/products/, GET /api/v1/dashboard/summary?period=30d, POST /api/v1/sales/ (1 unit)"
line="$(wrk -t2 -c32 -d"${duration}s" --latency -s "$work/mix.lua" "http://127.0.0.1:$port" 2>/dev/null | grep '^RESULT' || true)"
read -r _ rps p50 p99 errors <<<"${line:-RESULT ? ? ? ?}"
echo "  wrk: ${rps} req/s, p50 ${p50} ms, p99 ${p99} ms, ${errors} errors/non-2xx"

status=0
wait "$app_pid" || status=$?
app_pid=""
grep -v '^port ' "$work/app.log" | sed 's/^/  app: /'
if [[ "$status" -ne 0 ]]; then
    [[ -s "$work/app.err" ]] && tail -5 "$work/app.err" >&2
    echo "gui_api_load.sh: the app reported a miss (exit $status)" >&2
    exit 1
fi
[[ "$errors" == 0 ]] || { echo "gui_api_load.sh: wrk saw errors" >&2; exit 1; }
exit 0
