#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# bench/analytics.sh — the analytics routes over HTTP against the same questions asked as naive
# SQL over the raw order lines, on demo databases of 1M and 10M orders.
#
#     bench/analytics.sh            1,000,000 and 10,000,000 orders on SQLite
#     bench/analytics.sh --quick    1,000,000 only
#     bench/analytics.sh --sizes 10000000   the given SQLite sizes only (comma-separated; none: servers only)
#
# For each database: builds it with `storedesk-server demo-data` (STORE_TIMEZONE=UTC, so the naive
# SQL can bucket with date()), starts `storedesk-server serve` on 127.0.0.1, and for each route
# times 50 requests (p50/p95; GETs carry a unique ignored parameter so the response cache never
# answers), runs the equivalent naive SQL with the sqlite3 shell (best of 3), checks that both give
# identical figures, and prints the ratio naive ÷ p50. Requests go over one keep-alive connection
# (curl with many URLs), so the figures are the server's, not process start-ups. Then it times
# what keeping the rollups current costs per recorded order (storedesk-rollup-bench).
#
# With STOREDESK_BENCH_MYSQL_URL and/or STOREDESK_BENCH_PGSQL_URL set (mysql://user:pass@host/db,
# postgresql://…), 1M orders also go to those servers — with --reset, REPLACING the store data
# there — and the routes are timed on them too.
#
# Builds nothing: uses build/app/storedesk-server and build/bench/storedesk-rollup-bench.
# Exit status 1 when a target is missed or figures differ.

set -euo pipefail

quick=0
sizes=""
while (($#)); do
    arg="$1"
    shift
    case "$arg" in
    --quick) quick=1 ;;
    --sizes)
        sizes="${1:-}"
        shift
        ;;
    -h | --help)
        sed -n '4,23p' "$0" | sed 's/^# \{0,1\}//'
        exit 0
        ;;
    *)
        echo "analytics.sh: unknown argument $arg (try --help)" >&2
        exit 2
        ;;
    esac
done

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
server="${STOREDESK_SERVER:-$root/build/app/storedesk-server}"
rollup_bench="${STOREDESK_ROLLUP_BENCH:-$root/build/bench/storedesk-rollup-bench}"
for tool in curl jq sqlite3; do
    command -v "$tool" >/dev/null || { echo "analytics.sh: $tool is not installed (apt-get install $tool)" >&2; exit 1; }
done
[[ -x "$server" && -x "$rollup_bench" ]] || { echo "analytics.sh: build first ($server, $rollup_bench)" >&2; exit 1; }

export STORE_TIMEZONE=UTC RATE_LIMIT_PER_MINUTE=0 QT_LOGGING_RULES="storedesk.api.info=false"
work="$(mktemp -d "${TMPDIR:-/tmp}/storedesk-analytics.XXXXXX")"
server_pid=""
cleanup() {
    [[ -n "$server_pid" ]] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

today="$(date -u +%F)"
day() { date -u -d "$today $1" +%F; }
year="${today:0:4}"
year_start="$year-01-01"
prev_year_start="$((year - 1))-01-01"
prev_year_end="$(day '-1 year')"

# The routes: name, method, path, body (GET: none).
routes=(
    "revenue by day, 1 year|POST|/api/v1/analytics/revenue|{\"start_date\":\"$(day '-364 days')\",\"end_date\":\"$today\",\"group_by\":\"day\"}"
    "revenue by month, 3 years|POST|/api/v1/analytics/revenue|{\"start_date\":\"$(day '-3 years +1 day')\",\"end_date\":\"$today\",\"group_by\":\"month\"}"
    "compare prev. year, by category|POST|/api/v1/analytics/revenue/compare|{\"current_start\":\"$year_start\",\"current_end\":\"$today\",\"compare_to\":\"previous_year\",\"breakdown\":\"category\"}"
    "dashboard 30d|GET|/api/v1/dashboard/summary?period=30d|"
    "dashboard year|GET|/api/v1/dashboard/summary?period=year|"
)

# The same questions as naive SQL over sales ⋈ sale_items (UTC days), and jq programs that turn
# the route's answer into the same lines.
active="s.status NOT IN ('cancelled', 'refunded')"
rev="i.quantity * i.unit_price - i.discount"
lines="FROM sales s JOIN sale_items i ON i.sale_id = s.id"
between() { echo "s.order_date >= '$1 00:00:00' AND s.order_date < '$(date -u -d "$2 +1 day" +%F) 00:00:00'"; }
dashboard_sql() { # start end: totals now and before, top products, platforms, daily trend
    local start="$1" end="$2" days prev_start prev_end
    days=$((($(date -u -d "$end" +%s) - $(date -u -d "$start" +%s)) / 86400 + 1))
    prev_start="$(date -u -d "$start -$days days" +%F)"
    prev_end="$(date -u -d "$start -1 day" +%F)"
    cat <<SQL
SELECT 'T', COUNT(DISTINCT s.id), SUM(i.quantity), SUM($rev) $lines WHERE $active AND $(between "$start" "$end");
SELECT 'P', product_id, units, revenue FROM (SELECT i.product_id, SUM(i.quantity) units, SUM($rev) revenue $lines
  WHERE $active AND $(between "$start" "$end") GROUP BY i.product_id ORDER BY units DESC, revenue DESC, i.product_id LIMIT 10);
SELECT 'C', s.platform, COUNT(DISTINCT s.id), SUM($rev) $lines WHERE $active AND $(between "$start" "$end") GROUP BY s.platform ORDER BY 4 DESC, 3 DESC, 2;
SELECT COUNT(DISTINCT s.id), SUM(i.quantity), SUM($rev) $lines WHERE $active AND $(between "$prev_start" "$prev_end");
SELECT date(s.order_date), SUM($rev) $lines WHERE $active AND $(between "$start" "$end") GROUP BY 1;
SQL
}
naive_sql=(
    "SELECT date(s.order_date), COUNT(DISTINCT s.id), SUM(i.quantity), SUM($rev) $lines WHERE $active AND $(between "$(day '-364 days')" "$today") GROUP BY 1 ORDER BY 1;"
    "SELECT strftime('%Y-%m-01', s.order_date), COUNT(DISTINCT s.id), SUM(i.quantity), SUM($rev) $lines WHERE $active AND $(between "$(day '-3 years +1 day')" "$today") GROUP BY 1 ORDER BY 1;"
    "SELECT 'T', SUM(CASE WHEN $(between "$year_start" "$today") THEN $rev ELSE 0 END), SUM(CASE WHEN $(between "$prev_year_start" "$prev_year_end") THEN $rev ELSE 0 END) $lines WHERE $active;
SELECT p.category_id, SUM(CASE WHEN $(between "$year_start" "$today") THEN $rev ELSE 0 END), SUM(CASE WHEN $(between "$prev_year_start" "$prev_year_end") THEN $rev ELSE 0 END) $lines JOIN products p ON p.id = i.product_id WHERE $active AND (($(between "$year_start" "$today")) OR ($(between "$prev_year_start" "$prev_year_end"))) GROUP BY p.category_id ORDER BY 1;"
    "$(dashboard_sql "$(day '-29 days')" "$today")"
    "$(dashboard_sql "$year_start" "$today")"
)
cents='(. * 100 | round)'
dash_jq="\"T|\\(.total_orders)|\\(.units_sold)|\\(.total_revenue | $cents)\", (.top_products[] | \"P|\\(.product_id)|\\(.units)|\\(.revenue | $cents)\"), (.platform_distribution[] | \"C|\\(.platform)|\\(.orders)|\\(.revenue | $cents)\")"
series_jq=".series[] | select(.orders > 0) | \"\\(.period)|\\(.orders)|\\(.units)|\\(.revenue | $cents)\""
jq_filters=(
    "$series_jq"
    "$series_jq"
    "\"T|\\(.current_period.total_revenue | $cents)|\\(.previous_period.total_revenue | $cents)\", (.breakdown | sort_by(.key | tonumber)[] | \"\\(.key)|\\(.current | $cents)|\\(.previous | $cents)\")"
    "$dash_jq"
    "$dash_jq"
)
# Only the lines the route answers are compared (the naive dashboard SQL also fetches what the
# route uses for deltas and the trend).
naive_keep=('.*' '.*' '.*' '^[TPC][|]' '^[TPC][|]')

start_server() { # url → sets port, server_pid
    "$server" --database "$1" serve --port 0 >"$work/server.log" 2>&1 &
    server_pid=$!
    port=""
    for _ in $(seq 1 300); do
        port="$(grep -oE 'http://127\.0\.0\.1:[0-9]+' "$work/server.log" 2>/dev/null | head -1 | sed 's/.*://')" || true
        [[ -n "$port" ]] && return 0
        sleep 0.1
    done
    echo "server did not start: $(cat "$work/server.log")" >&2
    return 1
}
stop_server() {
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    server_pid=""
}

requests() { # method path body n → n requests over one keep-alive connection: seconds each in
    # $work/time, the last answer in $work/body (GETs carry a unique parameter: never cached)
    local method="$1" path="$2" body="$3" n="$4" sep="?" args=()
    [[ "$path" == *\?* ]] && sep="&"
    for i in $(seq 1 "$n"); do
        [[ "$method" == GET ]] && args+=(-o /dev/null "http://127.0.0.1:$port$path${sep}_=$i-$RANDOM") \
            || args+=(-o /dev/null "http://127.0.0.1:$port$path")
    done
    args[$((${#args[@]} - 2))]="$work/body"
    if [[ "$method" == GET ]]; then
        curl -sS -w '%{time_total}\n' "${args[@]}" >"$work/time"
    else
        curl -sS -w '%{time_total}\n' -X POST -H 'Content-Type: application/json' -d "$body" "${args[@]}" >"$work/time"
    fi
}
percentile() { # p file-of-seconds → ms
    sort -n "$2" | awk -v p="$1" '{ v[NR] = $1 } END { i = int(NR * p / 100 + 0.999); if (i < 1) i = 1; printf "%.2f", v[i] * 1000 }'
}
naive_ms() { # db sql → best of 3, ms (Run Time lines of the sqlite3 shell summed per run)
    local best=""
    for _ in 1 2 3; do
        local ms
        ms="$(printf '.timer on\n%s\n' "$2" | sqlite3 "$1" | awk '/^Run Time: real/ { s += $4 } END { printf "%.1f", s * 1000 }')"
        if [[ -z "$best" ]] || awk -v a="$ms" -v b="$best" 'BEGIN { exit !(a < b) }'; then best="$ms"; fi
    done
    echo "$best"
}

status=0
bench_db() { # label sales url [sqlite file]
    local label="$1" sales="$2" url="$3" file="${4:-}" reset=()
    [[ -z "$file" ]] && reset=(--reset)
    local out
    out="$("$server" --database "$url" demo-data --sales "$sales" "${reset[@]}")"
    echo
    echo "== $label, $sales orders: ${out#*: }"
    start_server "$url"
    printf '%-34s %8s %8s %10s %8s  %s\n' route "p50 ms" "p95 ms" "naive ms" "ratio" "figures / verdict"
    for r in "${!routes[@]}"; do
        IFS='|' read -r name method path body <<<"${routes[$r]}"
        requests "$method" "$path" "$body" 5 # warm-up
        requests "$method" "$path" "$body" 50
        local p50 p95 limit verdict="ok" naive="-" ratio="-" figures="-"
        p50="$(percentile 50 "$work/time")"
        p95="$(percentile 95 "$work/time")"
        [[ "$name" == dashboard* ]] && limit=15 || limit=5
        [[ -z "$file" ]] && limit=25
        awk -v a="$p50" -v b="$limit" 'BEGIN { exit !(a <= b) }' || verdict="MISSED p50 ≤ $limit ms"
        if [[ -n "$file" ]]; then
            naive="$(naive_ms "$file" "${naive_sql[$r]}")"
            ratio="$(awk -v a="$naive" -v b="$p50" 'BEGIN { printf "%.0fx", a / b }')"
            local want=30
            ((sales >= 10000000)) && want=200
            awk -v a="$naive" -v b="$p50" -v w="$want" 'BEGIN { exit !(a / b >= w) }' || verdict="MISSED ≥ ${want}x naive"
            jq -r "${jq_filters[$r]}" "$work/body" | sort >"$work/route.txt"
            sqlite3 "$file" "${naive_sql[$r]}" | grep -E "${naive_keep[$r]}" | sort >"$work/naive.txt"
            if cmp -s "$work/route.txt" "$work/naive.txt"; then
                figures="identical ($(wc -l <"$work/route.txt") lines)"
            else
                figures="DIFFERENT"
                verdict="MISSED identical figures"
                diff "$work/route.txt" "$work/naive.txt" | head -5 >&2 || true
            fi
        fi
        [[ "$verdict" != ok ]] && status=1
        printf '%-34s %8s %8s %10s %8s  %s, %s\n' "$name" "$p50" "$p95" "$naive" "$ratio" "$figures" "$verdict"
    done
    stop_server
    if [[ -n "$file" ]]; then
        cp "$file" "$work/rollup.db"
        rm -f "$work/rollup.db-wal" "$work/rollup.db-shm"
        printf '%-34s %s\n' "rollup upkeep (2,000 orders)" "$("$rollup_bench" --database "sqlite:///$work/rollup.db" --orders 2000)"
        rm -f "$work"/rollup.db*
    fi
}

counts=(1000000)
((quick)) || counts+=(10000000)
[[ -n "$sizes" ]] && IFS=',' read -r -a counts <<<"$sizes"
[[ "$sizes" == none ]] && counts=() # only the servers named in the environment
for sales in "${counts[@]+"${counts[@]}"}"; do
    db="$work/demo-$sales.db"
    bench_db "SQLite" "$sales" "sqlite:///$db" "$db"
    rm -f "$db" "$db-wal" "$db-shm"
done
[[ -n "${STOREDESK_BENCH_MYSQL_URL:-}" ]] && bench_db "MariaDB/MySQL" 1000000 "$STOREDESK_BENCH_MYSQL_URL"
[[ -n "${STOREDESK_BENCH_PGSQL_URL:-}" ]] && bench_db "PostgreSQL" 1000000 "$STOREDESK_BENCH_PGSQL_URL"
exit "$status"
