#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# bench/api.sh — throughput and latency of the HTTP API, next to a bare QHttpServer route.
#
#     bench/api.sh [seconds]      (default 10 s per route, wrk -t2 -c32, 127.0.0.1 only)
#
# Builds nothing: uses build/app/storedesk-server and build/bench/storedesk-bare-http (or
# $STOREDESK_SERVER / $STOREDESK_BARE). Creates a demo database in a temporary folder, starts the
# server with rate limiting off, and prints one line per route: requests/s, the ratio to the bare
# route, p50, p99, non-2xx and whether the issue's targets are met (exit status 1 if not).

set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
server="${STOREDESK_SERVER:-$root/build/app/storedesk-server}"
bare="${STOREDESK_BARE:-$root/build/bench/storedesk-bare-http}"
duration="${1:-10}"
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)"; exit 1; }
[[ -x "$server" && -x "$bare" ]] || { echo "build first: $server and $bare are needed"; exit 1; }

work="$(mktemp -d)"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

# shellcheck source=bench/api_common.sh
source "$root/bench/api_common.sh"

"$server" --database "sqlite:///$work/bench.db" demo-data >/dev/null
RATE_LIMIT_PER_MINUTE=0 QT_LOGGING_RULES="storedesk.api.info=false" \
    "$server" --database "sqlite:///$work/bench.db" serve --port 0 >"$work/server.log" 2>&1 &
pids+=($!)
"$bare" 0 >"$work/bare.log" 2>&1 &
pids+=($!)
api_port="$(bench_port_of "$work/server.log")"
bare_port="$(bench_port_of "$work/bare.log")"

cat >"$work/report.lua" <<'LUA'
done = function(summary, latency, requests)
  local non2xx = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT %.0f %.2f %.2f %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, non2xx))
end
LUA
cat >"$work/post-sale.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
counter = 0
request = function()
  counter = counter + 1
  -- Restocks and sells in turn, so the mix never runs out of stock.
  if counter % 2 == 0 then
    return wrk.format("POST", "/api/v1/inventory/1/adjust", nil, '{"delta": 1, "reason": "received"}')
  end
  return wrk.format("POST", "/api/v1/sales/", nil, '{"platform": "Website", "items": [{"product_id": 1, "quantity": 1}]}')
end
LUA
cat "$work/report.lua" >>"$work/post-sale.lua"
# Keep the sold product in stock for the whole run.
curl -s -X PUT -H 'Content-Type: application/json' -d '{"quantity": 1000000000, "change_reason": "bench stock"}' \
    "http://127.0.0.1:$api_port/api/v1/inventory/1" >/dev/null

fail=0
results=()
run() { # name url [script] [kind: bare|health|list|write]
    local name="$1" url="$2" script="${3:-$work/report.lua}" kind="${4:-list}" line
    line="$(wrk -t2 -c32 -d"${duration}s" --latency -s "$script" "$url" 2>/dev/null | grep '^RESULT')"
    read -r _ rps p50 p99 errors <<<"$line"
    results+=("$kind|$name|$rps|$p50|$p99|$errors")
}

echo "wrk -t2 -c32 -d${duration}s on 127.0.0.1 — demo database (200 orders), SQLite"
run "bare QHttpServer route" "http://127.0.0.1:$bare_port/bare" "" bare
run "GET /health" "http://127.0.0.1:$api_port/health" "" health
run "GET /api/v1/products/" "http://127.0.0.1:$api_port/api/v1/products/"
run "GET /api/v1/sales/?limit=100" "http://127.0.0.1:$api_port/api/v1/sales/?limit=100"
run "GET /api/v1/inventory/" "http://127.0.0.1:$api_port/api/v1/inventory/"
run "GET /api/v1/inventory/low-stock" "http://127.0.0.1:$api_port/api/v1/inventory/low-stock"
run "POST /api/v1/sales/ + adjust mix" "http://127.0.0.1:$api_port" "$work/post-sale.lua" write

bare_rps="${results[0]#*|*|}"
bare_rps="${bare_rps%%|*}"
printf '%-34s %9s %8s %9s %9s %8s   %s\n' route "req/s" "× bare" "p50 ms" "p99 ms" non-2xx verdict
for r in "${results[@]}"; do
    IFS='|' read -r kind name rps p50 p99 errors <<<"$r"
    ratio="$(awk -v a="$rps" -v b="$bare_rps" 'BEGIN { printf "%.2f", a / b }')"
    case "$kind" in
        health) want=0.80 ;;
        list) want=0.10 ;;
        *) want=0 ;;
    esac
    verdict="ok"
    if [[ "$kind" != bare ]]; then
        awk -v r="$ratio" -v w="$want" -v p="$p99" -v e="$errors" 'BEGIN { exit !(r >= w && p <= 20 && e == 0) }' || { verdict="MISSED (want ≥ ${want}× bare, p99 ≤ 20 ms, 0 non-2xx)"; fail=1; }
    else
        verdict="(yardstick)"
    fi
    printf '%-34s %9s %8s %9s %9s %8s   %s\n' "$name" "$rps" "$ratio" "$p50" "$p99" "$errors" "$verdict"
done
exit "$fail"
