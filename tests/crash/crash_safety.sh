#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# Crash safety of a SQLite store: nothing acknowledged is lost, nothing partial is left.
#
# Part A: storedesk-server serves a small demo store while several parallel clients write to it
# (new orders of 1-3 lines on several platforms, stock adjustments, cancel/refund/reinstate,
# platform moves), and is killed with SIGKILL at a random moment, then started again — round after
# round. Every write answered 2xx is written down with what the answer said; after the restarts
# every acknowledged order is there with its order number, total and lines, every acknowledged
# adjustment's history row is there, every order's status and platform are the last acknowledged
# ones (or what a request still in flight at the kill asked for: it may or may not have landed,
# but if it did it is complete), no rejected write left anything, `storedesk-server check` passes,
# SQLite's integrity_check passes, and the restarted server serves exactly what the file holds.
#
# Part B: `demo-data --reset` over a store with data is killed at moments spread over its run;
# afterwards the store is either exactly the old data or exactly the complete new data, `check`
# passes and the server serves it. Part C: `migrate` of a fresh file is killed; migrating again
# finishes the schema.
#
#     tests/crash/crash_safety.sh path/to/storedesk-server
#
# Environment (all optional): SD_CRASH_ROUNDS (server kills, default 24), SD_CRASH_CLIENTS
# (parallel writers, default 4), SD_CRASH_VERIFY_EVERY (verify after every Nth restart, default 1),
# SD_CRASH_DEMO_KILLS (kills of demo-data that must land mid-run, default 6, in at most three times
# as many runs), SD_CRASH_DEMO_SALES (orders demo-data writes, default 120000),
# SD_CRASH_MIGRATE_KILLS (default 5), SD_CRASH_SEED (the random choices; printed), SD_CRASH_KEEP=1
# (keep the work folder).
#
# TAP-like output ("ok - …" / "not ok - …"), figures, a summary; exit status 1 if anything failed.

set -euo pipefail
# shellcheck source=tests/common/tap.sh
source "$(dirname "${BASH_SOURCE[0]}")/../common/tap.sh"

tap_require "path/to/storedesk-server" 1 curl sqlite3 jq -- "$@"

ROUNDS=${SD_CRASH_ROUNDS:-24}
CLIENTS=${SD_CRASH_CLIENTS:-4}
VERIFY_EVERY=${SD_CRASH_VERIFY_EVERY:-1}
DEMO_KILLS=${SD_CRASH_DEMO_KILLS:-6}
DEMO_SALES=${SD_CRASH_DEMO_SALES:-120000}
MIGRATE_KILLS=${SD_CRASH_MIGRATE_KILLS:-5}
SEED=${SD_CRASH_SEED:-$(( $(date +%s) % 32768 ))}
RANDOM=$SEED
export LC_ALL=C

WORK=$(mktemp -d "${TMPDIR:-/tmp}/storedesk-crash.XXXXXX")
SERVER_PID=""
CHILD_PIDS=()
cleanup() {
    local pid
    for pid in $SERVER_PID "${CHILD_PIDS[@]}"; do
        kill -9 "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    if [[ ${SD_CRASH_KEEP:-0} == 1 || $FAILED -gt 0 ]]; then
        echo "# work folder kept: $WORK"
    else
        rm -rf "$WORK"
    fi
}
trap cleanup EXIT
# Every run starts from the same settings, whatever the caller's shell or a .env holds.
cd "$WORK"
unset DATABASE_URL STOREDESK_API_TOKEN API_V1_STR STOREDESK_HOST STOREDESK_PORT STOREDESK_TLS_CERT STOREDESK_TLS_KEY
export RATE_LIMIT_PER_MINUTE=0 STORE_TIMEZONE=UTC QT_LOGGING_RULES="storedesk.api.info=false"

elapsed_ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
millis_to_seconds() { printf '%d.%03d' $(($1 / 1000)) $(($1 % 1000)); }

# kill_after MS LOG COMMAND… — runs COMMAND in the background (output to LOG), kill -9s it after
# MS milliseconds and waits for it: KILL_STATUS is its exit status (137 when the kill landed).
kill_after() {
    local delay_ms="$1" log="$2" pid
    shift 2
    "$@" >"$log" 2>&1 &
    pid=$!
    CHILD_PIDS=("$pid")
    sleep "$(millis_to_seconds "$delay_ms")"
    kill -9 "$pid" 2>/dev/null || true
    KILL_STATUS=0
    wait "$pid" 2>/dev/null || KILL_STATUS=$?
    CHILD_PIDS=()
}

# start_server DB LABEL → SERVER_PID, API, BASE once /health answers 200; returns 1 if it does not.
start_server() {
    local db="$1" log="$WORK/server-$2.log" port="" status=""
    "$BIN" --database "sqlite:///$db" serve --port 0 >"$log" 2>&1 &
    SERVER_PID=$!
    for _ in $(seq 1 300); do
        port=$(grep -soE 'http://127\.0\.0\.1:[0-9]+' "$log" | head -1 | sed 's/.*://') || true
        [[ -n "$port" ]] && break
        kill -0 "$SERVER_PID" 2>/dev/null || break
        sleep 0.05
    done
    if [[ -z "$port" ]]; then
        echo "# the server did not start: $(cat "$log")"
        return 1
    fi
    BASE="http://127.0.0.1:$port"
    API="$BASE/api/v1"
    for _ in $(seq 1 100); do
        status=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$BASE/health") || true
        [[ "$status" == 200 ]] && return 0
        sleep 0.05
    done
    echo "# /health answered $status: $(cat "$log")"
    return 1
}
kill_server() { # SIGNAL
    [[ -n "$SERVER_PID" ]] || return 0
    kill "-$1" "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=""
}

# =================================================================================================
# Part A: the API server killed under concurrent writes
# =================================================================================================
echo "# seed $SEED (SD_CRASH_SEED=$SEED repeats the random choices, not the timing); $ROUNDS kills, $CLIENTS parallel clients"
DB="$WORK/store.db"
LEDGER="$WORK/ledger.db"
mkdir -p "$WORK/ledger" "$WORK/own" "$WORK/tmp" "$WORK/answers"
PLATFORMS=(Amazon eBay Website Shopify)
STATUSES=(cancelled refunded completed processing shipped delivered cancelled refunded)

"$BIN" --database "sqlite:///$DB" demo-data --sales 200 --customers 20 >/dev/null || { echo "not ok - demo-data failed"; exit 1; }
DEMO_ORDERS=$(sqlite3 "$DB" "SELECT COUNT(*) || ' ' || SUM(total_amount) FROM sales")

# Plenty of stock, so most writes succeed: +100,000 on every main row, and rows reserved for
# Amazon and eBay, so orders on those platforms and platform moves use other rows than 'main'.
start_server "$DB" setup || { echo "not ok - the server did not start on the demo store"; exit 1; }
INV_IDS=()
setup_ok=1
for id in $(sqlite3 "$DB" "SELECT id FROM inventory ORDER BY id"); do
    code=$(curl -s -o "$WORK/tmp/setup.json" -w '%{http_code}' -H 'Content-Type: application/json' \
        --data-binary "{\"delta\":100000,\"reason\":\"CR-0-0-$id\"}" "$API/inventory/$id/adjust") || true
    if [[ "$code" == 200 ]]; then
        printf 'CR-0-0-%s\t0\t0\t0\t200\t0\t%s\t100000\n' "$id" "$id" >>"$WORK/ledger/adj-setup.tsv"
        jq -r '["adj", .history.change_reason, .history.id, .history.previous_quantity, .history.new_quantity,
                .history.inventory_id, .history.change_reason, ""] | @tsv' "$WORK/tmp/setup.json" >>"$WORK/ledger/answers-setup.tsv"
    else
        setup_ok=0
    fi
    INV_IDS+=("$id")
done
for p in $(seq 1 16); do
    channel=Amazon
    if ((p > 8)); then channel=eBay; fi
    code=$(curl -s -o "$WORK/tmp/setup.json" -w '%{http_code}' -H 'Content-Type: application/json' \
        --data-binary "{\"product_id\":$p,\"quantity\":50000,\"channel\":\"$channel\"}" "$API/inventory/") || true
    if [[ "$code" == 201 ]]; then
        INV_IDS+=("$(jq -r .id "$WORK/tmp/setup.json")")
    else
        setup_ok=0
    fi
done
check "set-up: stock added through the API (${#INV_IDS[@]} stock rows)" is "$setup_ok" 1
kill_server 9

# One writer: requests one after another until one gets no answer (the server was killed). Every
# request goes to the ledger with its HTTP status (000: no answer) and curl's exit status (7: it
# never connected); the answers to accepted writes are kept and read in one go after the kill.
# Only curl runs per request, so most of the time a request is being served when the kill comes.
client() { # ROUND CLIENT
    local r=$1 c=$2 n=0 key pick code rc answer platform status lines used items sent p q d i j t delta inv sale field value
    local sales_log="$WORK/ledger/sales-c$c.tsv" adj_log="$WORK/ledger/adj-c$c.tsv" puts_log="$WORK/ledger/puts-c$c.tsv"
    local mine=() accepted=() products=() quantities=() discounts=()
    [[ -s "$WORK/own/c$c" ]] && mapfile -t mine <"$WORK/own/c$c"
    RANDOM=$(((SEED * 31 + r * 977 + c * 131) % 32768))
    while :; do
        n=$((n + 1))
        key="CR-$r-$c-$n"
        pick=$((RANDOM % 100))
        rc=0
        if ((pick < 45 || (pick >= 65 && ${#mine[@]} == 0))); then
            # A new order: 1-3 distinct products in id order, some with a discount; now and then
            # one far beyond the stock (409: nothing may be written).
            platform=${PLATFORMS[RANDOM % ${#PLATFORMS[@]}]}
            status=${STATUSES[2 + RANDOM % 4]}
            lines=$((1 + RANDOM % 3))
            used=" "
            products=()
            for ((i = 0; i < lines; i++)); do
                p=$((1 + RANDOM % 40))
                while [[ "$used" == *" $p "* ]]; do p=$((1 + RANDOM % 40)); done
                used+="$p "
                products+=("$p")
            done
            for ((i = 1; i < lines; i++)); do
                for ((j = i; j > 0 && products[j - 1] > products[j]; j--)); do
                    t=${products[j]}
                    products[j]=${products[j - 1]}
                    products[j - 1]=$t
                done
            done
            items=""
            sent=""
            for p in "${products[@]}"; do
                q=$((1 + RANDOM % 3))
                if ((RANDOM % 40 == 0)); then q=1000000; fi
                d=0
                if ((RANDOM % 4 == 0)); then d=$((50 + RANDOM % 100)); fi
                printf -v items '%s%s{"product_id":%d,"quantity":%d,"discount":%d.%02d}' "$items" "${items:+,}" "$p" "$q" $((d / 100)) $((d % 100))
                sent+="${sent:+,}$p:$q:$d"
            done
            answer=$(curl -s -o "$WORK/answers/$key.json" -w '%{http_code} %header{location}' --max-time 30 \
                -H 'Content-Type: application/json' \
                --data-binary "{\"platform\":\"$platform\",\"status\":\"$status\",\"order_number\":\"$key\",\"items\":[$items]}" \
                "$API/sales/") || rc=$?
            code=${answer%% *}
            if [[ "$code" == 201 ]]; then
                accepted+=("$WORK/answers/$key.json")
                mine+=("${answer##*/}")
                echo "${answer##*/}" >>"$WORK/own/c$c"
            fi
            printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$key" "$r" "$c" "$n" "${code:-000}" "$rc" "$platform" "$status" "$sent" >>"$sales_log"
        elif ((pick < 65)); then
            # A stock adjustment, now and then one that would go below zero (409).
            inv=${INV_IDS[RANDOM % ${#INV_IDS[@]}]}
            delta=$((RANDOM % 26 - 10))
            if ((delta == 0)); then delta=7; fi
            if ((RANDOM % 30 == 0)); then delta=-5000000; fi
            code=$(curl -s -o "$WORK/answers/$key.json" -w '%{http_code}' --max-time 30 -H 'Content-Type: application/json' \
                --data-binary "{\"delta\":$delta,\"reason\":\"$key\"}" "$API/inventory/$inv/adjust") || rc=$?
            if [[ "$code" == 200 ]]; then accepted+=("$WORK/answers/$key.json"); fi
            printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$key" "$r" "$c" "$n" "${code:-000}" "$rc" "$inv" "$delta" >>"$adj_log"
        else
            # A change to one of this client's own orders (only this client changes them, so its
            # acknowledged changes are in the order the server applied them): status or platform.
            sale=${mine[RANDOM % ${#mine[@]}]}
            if ((pick < 88)); then
                field=status
                value=${STATUSES[RANDOM % ${#STATUSES[@]}]}
            else
                field=platform
                value=${PLATFORMS[RANDOM % ${#PLATFORMS[@]}]}
            fi
            code=$(curl -s -o "$WORK/answers/$key.json" -w '%{http_code}' --max-time 30 -X PUT -H 'Content-Type: application/json' \
                --data-binary "{\"$field\":\"$value\"}" "$API/sales/$sale") || rc=$?
            if [[ "$code" == 200 ]]; then accepted+=("$WORK/answers/$key.json"); fi
            printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$key" "$r" "$c" "$n" "${code:-000}" "$rc" "$sale" "$field" "$value" >>"$puts_log"
        fi
        [[ -n "$code" && "$code" != 000 ]] || break
    done
    # What the accepted answers said: an order (created or changed) or an adjustment.
    if ((${#accepted[@]} > 0)); then
        jq -r '(input_filename | sub(".*/"; "") | sub("\\.json$"; "")) as $key
            | if has("sale_items") then
                  ["sale", $key, .id, (.total_amount * 100 | round), (.sale_items | sort_by(.product_id)
                   | map("\(.product_id):\(.quantity):\(.unit_price * 100 | round):\(.discount * 100 | round)") | join(",")),
                   .platform, .status, .order_number]
              else
                  ["adj", $key, .history.id, .history.previous_quantity, .history.new_quantity, .history.inventory_id,
                   .history.change_reason, ""]
              end | @tsv' "${accepted[@]}" >>"$WORK/ledger/answers-c$c.tsv" || echo "# unreadable answers in round $r, client $c"
    fi
}

# The ledger as tables: the requests, joined with what their answers said.
build_ledger() {
    rm -f "$LEDGER"
    cat /dev/null "$WORK"/ledger/sales-*.tsv >"$WORK/tmp/sales.tsv" 2>/dev/null || true
    cat /dev/null "$WORK"/ledger/adj-*.tsv >"$WORK/tmp/adj.tsv" 2>/dev/null || true
    cat /dev/null "$WORK"/ledger/puts-*.tsv >"$WORK/tmp/puts.tsv" 2>/dev/null || true
    cat /dev/null "$WORK"/ledger/answers-*.tsv >"$WORK/tmp/answers.tsv" 2>/dev/null || true
    sqlite3 -bail "$LEDGER" <<EOF
CREATE TABLE sales_req(key TEXT, r INT, c INT, n INT, code TEXT, rc INT, platform TEXT, status TEXT, sent TEXT);
CREATE TABLE adj_req(key TEXT, r INT, c INT, n INT, code TEXT, rc INT, inventory_id INT, delta INT);
CREATE TABLE puts_req(key TEXT, r INT, c INT, n INT, code TEXT, rc INT, sale_id INT, field TEXT, value TEXT);
CREATE TABLE answers(kind TEXT, key TEXT PRIMARY KEY, a, b, c, d, e, f);
.mode tabs
.import $WORK/tmp/sales.tsv sales_req
.import $WORK/tmp/adj.tsv adj_req
.import $WORK/tmp/puts.tsv puts_req
.import $WORK/tmp/answers.tsv answers
CREATE TABLE sales AS SELECT q.*, CAST(a.a AS INTEGER) AS id, CAST(a.b AS INTEGER) AS total, a.c AS items, a.d AS ack_platform, a.e AS ack_status, a.f AS ack_number
    FROM sales_req q LEFT JOIN answers a ON a.key = q.key AND a.kind = 'sale';
CREATE TABLE adj AS SELECT q.*, CAST(a.a AS INTEGER) AS hist_id, CAST(a.b AS INTEGER) AS prev, CAST(a.c AS INTEGER) AS new
    FROM adj_req q LEFT JOIN answers a ON a.key = q.key AND a.kind = 'adj' AND CAST(a.d AS INTEGER) = q.inventory_id AND a.e = q.key;
CREATE TABLE puts AS SELECT q.*, CASE q.field WHEN 'status' THEN a.e ELSE a.d END AS ack_value
    FROM puts_req q LEFT JOIN answers a ON a.key = q.key AND a.kind = 'sale' AND CAST(a.a AS INTEGER) = q.sale_id;
EOF
}

# The store's orders written by this test, in the ledger's form.
STORE_SALES_SQL="SELECT s.id, s.order_number, s.total_amount, s.platform, s.status,
    COALESCE((SELECT group_concat(x, ',') FROM (SELECT product_id || ':' || quantity || ':' || unit_price || ':' || discount AS x
                                                FROM sale_items WHERE sale_id = s.id ORDER BY product_id)), '') AS items,
    COALESCE((SELECT group_concat(x, ',') FROM (SELECT product_id || ':' || quantity || ':' || discount AS x
                                                FROM sale_items WHERE sale_id = s.id ORDER BY product_id)), '') AS sent
    FROM main.sales s WHERE s.order_number LIKE 'CR-%'"

# The ledger and the store side by side (temporary tables only: the store is not written).
# Each field of each acknowledged order has events (the creation, then PUTs) in the order its
# client sent them; allowed now: the last acknowledged value, or one a later unanswered PUT asked for.
VERIFY_TABLES_SQL="
ATTACH '$LEDGER' AS l;
CREATE TEMP TABLE store_sales AS $STORE_SALES_SQL;
CREATE INDEX temp.ix_store_sales ON store_sales (order_number);
CREATE TEMP TABLE events AS
    SELECT id AS sale_id, 'status' AS field, ack_status AS value, r * 1000000 + n AS k, code FROM l.sales WHERE code = '201'
    UNION ALL SELECT id, 'platform', ack_platform, r * 1000000 + n, code FROM l.sales WHERE code = '201'
    UNION ALL SELECT sale_id, field, CASE code WHEN '200' THEN ack_value ELSE value END, r * 1000000 + n, code
              FROM l.puts WHERE code IN ('200', '000');
CREATE TEMP TABLE last AS SELECT sale_id, field, MAX(k) AS k FROM events WHERE code <> '000' GROUP BY sale_id, field;
CREATE TEMP TABLE allowed AS SELECT e.sale_id, e.field, e.value FROM events e JOIN last x USING (sale_id, field)
    WHERE (e.code <> '000' AND e.k = x.k) OR (e.code = '000' AND e.k > x.k);
CREATE TEMP TABLE wrong_fields AS SELECT x.sale_id, x.field, CASE x.field WHEN 'status' THEN s.status ELSE s.platform END AS now
    FROM last x LEFT JOIN main.sales s ON s.id = x.sale_id
    WHERE s.id IS NULL OR (CASE x.field WHEN 'status' THEN s.status ELSE s.platform END)
          NOT IN (SELECT value FROM allowed a WHERE a.sale_id = x.sale_id AND a.field = x.field);
"

# Every acknowledged write against the store file; sets the V_* figures. Returns 1 if anything is off.
verify_store() { # LABEL
    local label="$1" figures
    build_ledger
    figures=$(sqlite3 -bail "$DB" <<EOF
$VERIFY_TABLES_SQL
SELECT
  (SELECT COUNT(*) FROM l.sales WHERE code = '201'),
  (SELECT COUNT(*) FROM l.sales a WHERE code = '201' AND NOT EXISTS (SELECT 1 FROM store_sales s WHERE s.id = a.id AND s.order_number = a.key)),
  (SELECT COUNT(*) FROM l.sales a JOIN store_sales s ON s.id = a.id AND s.order_number = a.key
    WHERE a.code = '201' AND (s.total_amount <> a.total OR s.items IS NOT a.items OR a.ack_number IS NOT a.key)),
  (SELECT COUNT(*) FROM l.sales WHERE code = '000' AND rc <> 7),
  (SELECT COUNT(*) FROM l.sales a JOIN store_sales s ON s.order_number = a.key WHERE a.code = '000'),
  (SELECT COUNT(*) FROM l.sales a JOIN store_sales s ON s.order_number = a.key
    WHERE a.code = '000' AND (s.sent <> a.sent OR s.platform <> a.platform OR s.status <> a.status)),
  (SELECT COUNT(*) FROM store_sales s WHERE NOT EXISTS (SELECT 1 FROM l.sales a WHERE a.key = s.order_number AND a.code IN ('201', '000'))),
  (SELECT COUNT(*) FROM l.sales WHERE code NOT IN ('201', '000')),
  (SELECT COUNT(*) FROM l.adj WHERE code = '200'),
  (SELECT COUNT(*) FROM l.adj a WHERE code = '200' AND NOT EXISTS (SELECT 1 FROM main.inventory_history h
    WHERE h.id = a.hist_id AND h.inventory_id = a.inventory_id AND h.previous_quantity = a.prev
      AND h.new_quantity = a.new AND h.new_quantity - h.previous_quantity = a.delta AND h.change_reason = a.key)),
  (SELECT COUNT(*) FROM l.adj WHERE code = '000' AND rc <> 7),
  (SELECT COUNT(*) FROM l.adj a JOIN main.inventory_history h ON h.change_reason = a.key WHERE a.code = '000'),
  (SELECT COUNT(*) FROM main.inventory_history h WHERE h.change_reason LIKE 'CR-%' AND NOT EXISTS (SELECT 1 FROM l.adj a
    WHERE a.key = h.change_reason AND a.code IN ('200', '000') AND a.inventory_id = h.inventory_id
      AND a.delta = h.new_quantity - h.previous_quantity)),
  (SELECT COUNT(*) FROM (SELECT change_reason FROM main.inventory_history WHERE change_reason LIKE 'CR-%'
    GROUP BY change_reason HAVING COUNT(*) > 1)),
  (SELECT COUNT(*) FROM l.adj WHERE code NOT IN ('200', '000')),
  (SELECT COUNT(*) FROM l.puts WHERE code = '200'),
  (SELECT COUNT(*) FROM l.puts p WHERE code = '200' AND EXISTS (SELECT 1 FROM wrong_fields w WHERE w.sale_id = p.sale_id AND w.field = p.field)),
  (SELECT COUNT(*) FROM l.puts WHERE code = '200' AND ack_value IS NOT value),
  (SELECT COUNT(*) FROM l.puts WHERE code = '000' AND rc <> 7),
  (SELECT COUNT(*) FROM l.puts WHERE code NOT IN ('200', '000')),
  (SELECT COUNT(*) || '/' || COALESCE(SUM(total_amount), 0) FROM main.sales WHERE order_number NOT LIKE 'CR-%'),
  (SELECT COUNT(*) FROM (SELECT code FROM l.sales_req UNION ALL SELECT code FROM l.adj_req UNION ALL SELECT code FROM l.puts_req)
    WHERE code NOT LIKE '2%' AND code NOT IN ('000', '409')),
  (SELECT COUNT(*) FROM wrong_fields),
  (SELECT COUNT(*) FROM l.sales a JOIN store_sales s ON s.id = a.id AND s.order_number = a.key
    WHERE a.code = '201' AND s.total_amount = a.total AND s.items = a.items AND a.ack_number = a.key
      AND NOT EXISTS (SELECT 1 FROM wrong_fields w WHERE w.sale_id = a.id));
EOF
    ) || { echo "# sqlite3 could not read the store: $figures"; return 1; }
    V_READ=1
    read -r V_SALES V_SALES_LOST V_SALES_PARTIAL V_SALES_INFLIGHT V_SALES_LANDED V_SALES_LANDED_BAD V_SALES_PHANTOM \
        V_SALES_REJECTED V_ADJ V_ADJ_LOST V_ADJ_INFLIGHT V_ADJ_LANDED V_ADJ_PHANTOM V_ADJ_TWICE V_ADJ_REJECTED \
        V_PUTS V_PUTS_WRONG V_PUTS_ACK_DIFF V_PUTS_INFLIGHT V_PUTS_REJECTED V_DEMO V_UNEXPECTED V_FIELDS_WRONG V_SALES_OK <<<"$(tr '|' ' ' <<<"$figures")"
    V_ACKED=$((V_SALES + V_ADJ + V_PUTS))
    V_VERIFIED=$((V_SALES_OK + V_ADJ - V_ADJ_LOST + V_PUTS - V_PUTS_WRONG))
    V_BAD=$((V_SALES_LOST + V_SALES_PARTIAL + V_SALES_LANDED_BAD + V_SALES_PHANTOM + V_ADJ_LOST + V_ADJ_PHANTOM + V_ADJ_TWICE \
        + V_FIELDS_WRONG + V_PUTS_ACK_DIFF))
    V_DEMO_OK=1
    [[ "$V_DEMO" == "${DEMO_ORDERS/ //}" ]] || V_DEMO_OK=0
    if ((V_BAD > 0 || V_DEMO_OK == 0)); then
        echo "# $label: lost orders $V_SALES_LOST, partial/changed orders $V_SALES_PARTIAL, in-flight orders landed wrong $V_SALES_LANDED_BAD,"
        echo "#   orders nobody acknowledged or asked for $V_SALES_PHANTOM, lost adjustments $V_ADJ_LOST, unexplained history rows $V_ADJ_PHANTOM,"
        echo "#   adjustments applied twice $V_ADJ_TWICE, wrong status/platform $V_FIELDS_WRONG, answers that differ from the request $V_PUTS_ACK_DIFF,"
        echo "#   demo orders (count/total) $V_DEMO, expected ${DEMO_ORDERS/ //}"
        sqlite3 "$DB" <<EOF || true
$VERIFY_TABLES_SQL
SELECT '#   acked order ' || a.key || ' id ' || a.id || ': acked ' || a.total || ' [' || a.items || '], store '
       || COALESCE(s.total_amount, '-') || ' [' || COALESCE(s.items, 'missing') || ']'
  FROM l.sales a LEFT JOIN store_sales s ON s.id = a.id AND s.order_number = a.key
 WHERE a.code = '201' AND (s.id IS NULL OR s.total_amount <> a.total OR s.items IS NOT a.items) LIMIT 5;
SELECT '#   order ' || w.sale_id || ' has ' || w.field || ' ' || COALESCE(w.now, '(no order)') || ', acknowledged: '
       || (SELECT group_concat(value, ' or ') FROM allowed a WHERE a.sale_id = w.sale_id AND a.field = w.field)
  FROM wrong_fields w LIMIT 5;
SELECT '#   acked adjustment ' || a.key || ' (history ' || a.hist_id || ') is missing' FROM l.adj a WHERE a.code = '200'
   AND NOT EXISTS (SELECT 1 FROM main.inventory_history h WHERE h.id = a.hist_id AND h.change_reason = a.key) LIMIT 5;
SELECT '#   order ' || s.order_number || ' is in the store, but nobody asked for it or it was refused' FROM store_sales s
 WHERE NOT EXISTS (SELECT 1 FROM l.sales a WHERE a.key = s.order_number AND a.code IN ('201', '000')) LIMIT 5;
EOF
        return 1
    fi
    return 0
}

# `check`, SQLite's own integrity and foreign key checks.
verify_invariants() { # DB LABEL
    local db="$1" label="$2" out integrity fk
    if ! out=$("$BIN" --database "sqlite:///$db" check 2>&1); then
        echo "$out" | sed 's/^/# /'
        return 1
    fi
    integrity=$(sqlite3 "$db" "PRAGMA integrity_check") || integrity="sqlite3 failed"
    fk=$(sqlite3 "$db" "PRAGMA foreign_key_check" | head -5) || fk="sqlite3 failed"
    if [[ "$integrity" != ok || -n "$fk" ]]; then
        echo "# $label: integrity_check: $integrity; foreign_key_check: ${fk:-none}"
        return 1
    fi
}

for figure in V_SALES V_SALES_LOST V_SALES_PARTIAL V_SALES_INFLIGHT V_SALES_LANDED V_SALES_LANDED_BAD V_SALES_PHANTOM \
    V_SALES_REJECTED V_ADJ V_ADJ_LOST V_ADJ_INFLIGHT V_ADJ_LANDED V_ADJ_PHANTOM V_ADJ_TWICE V_ADJ_REJECTED V_PUTS \
    V_PUTS_WRONG V_PUTS_ACK_DIFF V_PUTS_INFLIGHT V_PUTS_REJECTED V_UNEXPECTED V_FIELDS_WRONG V_SALES_OK V_ACKED V_VERIFIED \
    V_DEMO_OK V_READ; do
    printf -v "$figure" 0
done
KILLS=0
RESTARTS=0
VERIFICATIONS=0
VERIFY_FAILURES=0
started=$(date +%s%N)
for round in $(seq 1 "$ROUNDS"); do
    if ! start_server "$DB" "round$round"; then
        check "the server starts again after kill $KILLS" false
        break
    fi
    ((round > 1)) && RESTARTS=$((RESTARTS + 1))
    if ((round > 1 && (round - 1) % VERIFY_EVERY == 0)); then
        VERIFICATIONS=$((VERIFICATIONS + 1))
        if ! verify_store "after kill $KILLS" || ! verify_invariants "$DB" "after kill $KILLS"; then
            VERIFY_FAILURES=$((VERIFY_FAILURES + 1))
            check "after kill $KILLS and a restart, every acknowledged write is there, nothing partial, invariants hold" false
        fi
    fi
    CHILD_PIDS=()
    for c in $(seq 1 "$CLIENTS"); do
        client "$round" "$c" &
        CHILD_PIDS+=($!)
    done
    # 0.05-1.5 s of writes, then SIGKILL: some kills land in the middle of a transaction.
    delay_ms=$((50 + RANDOM % 1451))
    sleep "$(millis_to_seconds "$delay_ms")"
    kill_server 9
    KILLS=$((KILLS + 1))
    for pid in "${CHILD_PIDS[@]}"; do wait "$pid" || true; done
    CHILD_PIDS=()
done
check "the server was killed $KILLS times under concurrent writes and started again every time" is "$KILLS" "$ROUNDS"

# The end: started once more after the last kill, everything verified, and what the server
# serves is what the file holds.
if start_server "$DB" final; then
    RESTARTS=$((RESTARTS + 1))
    VERIFICATIONS=$((VERIFICATIONS + 1))
    V_READ=0
    verify_store "after the last kill" || true
    check "after the last kill: the store file and the ledger can be compared" is "$V_READ" 1
    check "after the last kill: every acknowledged order is there with its order number, total and lines ($V_SALES orders)" \
        is "$((V_SALES_LOST + V_SALES_PARTIAL))" 0
    check "after the last kill: every acknowledged adjustment's history row is there ($V_ADJ adjustments)" is "$V_ADJ_LOST" 0
    check "after the last kill: every order has its last acknowledged status and platform ($V_PUTS changes)" is "$((V_FIELDS_WRONG + V_PUTS_ACK_DIFF))" 0
    check "requests in flight at a kill landed completely or not at all ($V_SALES_LANDED of $V_SALES_INFLIGHT orders, $V_ADJ_LANDED of $V_ADJ_INFLIGHT adjustments)" \
        is "$V_SALES_LANDED_BAD" 0
    check "no order or history row that no client asked for or that was refused ($V_SALES_REJECTED orders, $V_ADJ_REJECTED adjustments, $V_PUTS_REJECTED changes refused)" \
        is "$((V_SALES_PHANTOM + V_ADJ_PHANTOM + V_ADJ_TWICE))" 0
    check "every request got 2xx, 409 (not enough stock) or no answer (the kill): $V_UNEXPECTED other answers" is "$V_UNEXPECTED" 0
    check "the demo store's own orders are untouched" is "$V_DEMO_OK" 1
    check "after each restart between rounds ($((VERIFICATIONS - 1)) verified) everything acknowledged so far was there and the invariants held" \
        is "$VERIFY_FAILURES" 0

    # The server's view: every order of this test and every stock level, over HTTP.
    api_total=$(curl -s -D - -o /dev/null "$API/sales/?limit=1" | tr -d '\r' | sed -n 's/^[Xx]-[Tt]otal-[Cc]ount: //p')
    : >"$WORK/tmp/api-sales.tsv"
    for ((skip = 0; skip < ${api_total:-0}; skip += 1000)); do
        curl -s "$API/sales/?sort=id&skip=$skip&limit=1000" | jq -r '.[] | select(.order_number | startswith("CR-"))
            | [.id, .order_number, (.total_amount * 100 | round), .platform, .status, (.sale_items | sort_by(.product_id)
               | map("\(.product_id):\(.quantity):\(.unit_price * 100 | round):\(.discount * 100 | round)") | join(","))] | @tsv' \
            >>"$WORK/tmp/api-sales.tsv" || true
    done
    sort "$WORK/tmp/api-sales.tsv" -o "$WORK/tmp/api-sales.tsv"
    sqlite3 -separator $'\t' "$DB" "SELECT id, order_number, total_amount, platform, status, items FROM ($STORE_SALES_SQL)" \
        | sort >"$WORK/tmp/db-sales.tsv"
    check "the restarted server serves every order the file holds, as the file holds it ($(wc -l <"$WORK/tmp/db-sales.tsv") orders, X-Total-Count $api_total)" \
        bash -c '[[ -s "$1" ]] && cmp -s "$1" "$2" && [[ "$3" == "$(sqlite3 "$4" "SELECT COUNT(*) FROM sales")" ]]' _ \
        "$WORK/tmp/db-sales.tsv" "$WORK/tmp/api-sales.tsv" "$api_total" "$DB"
    curl -s "$API/inventory/?limit=1000" | jq -r '.[] | [.id, .quantity] | @tsv' | sort >"$WORK/tmp/api-stock.tsv" || true
    sqlite3 -separator $'\t' "$DB" "SELECT id, quantity FROM inventory" | sort >"$WORK/tmp/db-stock.tsv"
    check "the restarted server serves every stock level the file holds" cmp -s "$WORK/tmp/db-stock.tsv" "$WORK/tmp/api-stock.tsv"
    kill_server TERM
    check "after the last kill: storedesk-server check, integrity_check and foreign_key_check pass" verify_invariants "$DB" final
else
    check "the server starts again after the last kill" false
fi
PART_A_MS=$(elapsed_ms "$started")
echo "# Part A: $ROUNDS rounds, $KILLS kills (SIGKILL), $RESTARTS restarts, $VERIFICATIONS verifications"
echo "#   writes acknowledged: ${V_ACKED:-0} (${V_SALES:-0} orders, ${V_ADJ:-0} adjustments, ${V_PUTS:-0} status/platform changes)"
echo "#   writes verified: ${V_VERIFIED:-0}; lost: $(( ${V_SALES_LOST:-0} + ${V_ADJ_LOST:-0} )); partial or wrong: $(( ${V_SALES_PARTIAL:-0} + ${V_SALES_LANDED_BAD:-0} + ${V_FIELDS_WRONG:-0} + ${V_PUTS_ACK_DIFF:-0} ))"
echo "#   in flight at a kill: $(( ${V_SALES_INFLIGHT:-0} + ${V_ADJ_INFLIGHT:-0} + ${V_PUTS_INFLIGHT:-0} )) (landed completely: $(( ${V_SALES_LANDED:-0} + ${V_ADJ_LANDED:-0} )) of the orders and adjustments)"
echo "#   refused as asked (409): $(( ${V_SALES_REJECTED:-0} + ${V_ADJ_REJECTED:-0} + ${V_PUTS_REJECTED:-0} )); $(millis_to_seconds "$PART_A_MS") s"

# =================================================================================================
# Part B: demo-data killed while it replaces a store's data
# =================================================================================================
# Counts and sums of every table (no timestamps: a run's dates follow the clock).
fingerprint() { # DB
    sqlite3 "$1" "SELECT (SELECT COUNT(*) || '/' || SUM(length(name)) FROM categories) || ' '
        || (SELECT COUNT(*) || '/' || COALESCE(SUM(price), 0) FROM products) || ' '
        || (SELECT COUNT(*) || '/' || COALESCE(SUM(quantity), 0) FROM inventory) || ' '
        || (SELECT COUNT(*) || '/' || COALESCE(SUM(new_quantity - previous_quantity), 0) FROM inventory_history) || ' '
        || (SELECT COUNT(*) FROM customers) || ' '
        || (SELECT COUNT(*) || '/' || COALESCE(SUM(total_amount), 0) || '/' || COALESCE(SUM(status IN ('cancelled', 'refunded')), 0) FROM sales) || ' '
        || (SELECT COUNT(*) || '/' || COALESCE(SUM(quantity), 0) || '/' || COALESCE(SUM(discount), 0) FROM sale_items) || ' '
        || (SELECT COALESCE(SUM(orders), 0) || '/' || COALESCE(SUM(revenue), 0) FROM sales_daily) || ' '
        || (SELECT MAX(version) FROM schema_migrations)"
}
sales_count() { cut -d' ' -f6 <<<"$1" | cut -d/ -f1; }
# Whether the server started on DB serves exactly COUNT orders; stops it again.
served_count() { # DB LABEL COUNT
    local total
    start_server "$1" "$2" || return 1
    total=$(curl -s -D - -o /dev/null "$API/sales/?limit=1" | tr -d '\r' | sed -n 's/^[Xx]-[Tt]otal-[Cc]ount: //p')
    kill_server TERM
    [[ "$total" == "$3" ]]
}

started=$(date +%s%N)
OLD="$WORK/old.db"
DEMO="$WORK/demo.db"
sqlite3 "$DB" ".backup '$OLD'"
OLD_FP=$(fingerprint "$OLD")
# The complete new data, and how long writing it takes.
cp "$OLD" "$DEMO"
t0=$(date +%s%N)
"$BIN" --database "sqlite:///$DEMO" demo-data --reset --sales "$DEMO_SALES" >/dev/null
DEMO_MS=$(elapsed_ms "$t0")
NEW_FP=$(fingerprint "$DEMO")
echo "# Part B: demo-data --reset --sales $DEMO_SALES over the store of part A takes $(millis_to_seconds "$DEMO_MS") s"
echo "#   old data: $OLD_FP"
echo "#   new data: $NEW_FP"
check "a complete demo-data run replaces the data (old and new fingerprints differ)" bash -c '[[ "$1" != "$2" ]]' _ "$OLD_FP" "$NEW_FP"

DEMO_KILLED=0
DEMO_OLD=0
DEMO_NEW=0
DEMO_RUNS=0
# Runs until DEMO_KILLS kills have landed mid-run (at most three times as many runs): a run that
# finishes before its kill is verified all the same, and the next ones aim earlier, since a busy
# machine makes the measured duration a poor guide.
for i in $(seq 0 $((DEMO_KILLS * 3 - 1))); do
    ((DEMO_KILLED < DEMO_KILLS)) || break
    DEMO_RUNS=$((DEMO_RUNS + 1))
    rm -f "$DEMO" "$DEMO"-*
    cp "$OLD" "$DEMO"
    # The kills are spread over the run and a little past it: start-up, clearing, catalogue,
    # orders, rollups, commit, the switch back to WAL. Every other run has the API server open on
    # the file, so the load runs in WAL mode instead of with a rollback journal.
    if ((DEMO_KILLED == 0)); then
        delay_ms=$((10 + RANDOM % 190))
    else
        delay_ms=$((DEMO_MS * (DEMO_KILLED * 100 + RANDOM % 100) * 115 / (DEMO_KILLS * 10000)))
    fi
    mode="rollback journal"
    if ((i % 2 == 1)); then
        mode="WAL, server open"
        start_server "$DEMO" "demo$i" || { check "the server starts on the old store" false; continue; }
    fi
    kill_after "$delay_ms" "$WORK/demo$i.log" "$BIN" --database "sqlite:///$DEMO" demo-data --reset --sales "$DEMO_SALES"
    status=$KILL_STATUS
    if ((status == 137)); then
        outcome="killed at $(millis_to_seconds "$delay_ms") s ($((delay_ms * 100 / DEMO_MS)) % of a run, $mode)"
        DEMO_KILLED=$((DEMO_KILLED + 1))
    else
        outcome="finished (exit $status) before the kill at $(millis_to_seconds "$delay_ms") s ($mode)"
        DEMO_MS=$((DEMO_MS * 85 / 100))
    fi
    # Who opens the file first after the kill: the server that had it open all along, or a
    # server started afterwards (both must see whole data); then `check`, then sqlite3.
    served_total=""
    if [[ -n "$SERVER_PID" ]]; then
        served_total=$(curl -s -D - -o /dev/null "$API/sales/?limit=1" | tr -d '\r' | sed -n 's/^[Xx]-[Tt]otal-[Cc]ount: //p') || true
        kill_server TERM
    elif start_server "$DEMO" "demo$i-after"; then
        served_total=$(curl -s -D - -o /dev/null "$API/sales/?limit=1" | tr -d '\r' | sed -n 's/^[Xx]-[Tt]otal-[Cc]ount: //p') || true
        kill_server TERM
    fi
    invariants=ok
    verify_invariants "$DEMO" "demo-data $i" || invariants=broken
    leftover=$(ls "$DEMO"-journal 2>/dev/null || true)
    fp=$(fingerprint "$DEMO")
    if [[ "$fp" == "$OLD_FP" ]]; then
        which=old
        DEMO_OLD=$((DEMO_OLD + 1))
    elif [[ "$fp" == "$NEW_FP" ]]; then
        which=new
        DEMO_NEW=$((DEMO_NEW + 1))
    else
        which="a mix: $fp"
    fi
    served=broken
    [[ "$served_total" == "$(sales_count "$fp")" ]] && served_count "$DEMO" "demo$i-again" "$(sales_count "$fp")" && served=ok
    check "demo-data $outcome: the store holds the $which data" \
        bash -c '[[ $1 == new || ($1 == old && $2 == 137) ]]' _ "$which" "$status"
    check "  … check, integrity_check and foreign_key_check pass; no rollback journal left" \
        bash -c '[[ $1 == ok && -z $2 ]]' _ "$invariants" "$leftover"
    check "  … the server serves its $(sales_count "$fp") orders (${served_total:-no answer} served), also after a restart" is "$served" ok
done
check "demo-data was killed mid-run $DEMO_KILLED times in $DEMO_RUNS runs (at least $DEMO_KILLS) — old data kept $DEMO_OLD times, new data complete $DEMO_NEW times" \
    bash -c '(($1 >= $2))' _ "$DEMO_KILLED" "$DEMO_KILLS"
# A crashed run does not keep the next one from finishing.
"$BIN" --database "sqlite:///$DEMO" demo-data --reset --sales "$DEMO_SALES" >/dev/null 2>&1 || true
check "demo-data run again after the kills writes the complete new data" is "$(fingerprint "$DEMO")" "$NEW_FP"
check "  … and check passes" verify_invariants "$DEMO" "demo-data rerun"
PART_B_MS=$(elapsed_ms "$started")

# =================================================================================================
# Part C: migrate killed on a fresh file
# =================================================================================================
started=$(date +%s%N)
LATEST=$("$BIN" version | sed -n 's/^schema version //p')
schema_version() { "$BIN" --database "sqlite:///$1" version 2>&1 | sed -n 's/^database .* at schema version //p'; }
MIGRATE_KILLED=0
FRESH="$WORK/fresh.db"
t0=$(date +%s%N)
"$BIN" --database "sqlite:///$FRESH" migrate >/dev/null
MIGRATE_MS=$(elapsed_ms "$t0")
echo "# Part C: migrate of a fresh file takes $(millis_to_seconds "$MIGRATE_MS") s (process start included)"
for i in $(seq 1 "$MIGRATE_KILLS"); do
    rm -f "$FRESH" "$FRESH"-*
    delay_ms=$((MIGRATE_MS * ((i - 1) * 100 + RANDOM % 100) / (MIGRATE_KILLS * 100)))
    kill_after "$delay_ms" /dev/null "$BIN" --database "sqlite:///$FRESH" migrate
    status=$KILL_STATUS
    if ((status == 137)); then
        MIGRATE_KILLED=$((MIGRATE_KILLED + 1))
        outcome="killed at $(millis_to_seconds "$delay_ms") s (schema version $(schema_version "$FRESH") left)"
    else
        outcome="finished (exit $status) before the kill at $(millis_to_seconds "$delay_ms") s"
    fi
    again=0
    "$BIN" --database "sqlite:///$FRESH" migrate >"$WORK/migrate$i.log" 2>&1 || again=$?
    version=$(schema_version "$FRESH")
    invariants=broken
    verify_invariants "$FRESH" "migrate $i" && invariants=ok
    check "migrate $outcome: migrating again succeeds (schema version ${version:-none} of $LATEST) and check passes" \
        is "$again/$version/$invariants" "0/$LATEST/ok"
done
PART_C_MS=$(elapsed_ms "$started")

echo "# Part B: $DEMO_RUNS demo-data runs, $DEMO_KILLED killed mid-run; old data kept $DEMO_OLD, new data complete $DEMO_NEW; $(millis_to_seconds "$PART_B_MS") s"
echo "# Part C: $MIGRATE_KILLS migrate runs, $MIGRATE_KILLED killed mid-run; $(millis_to_seconds "$PART_C_MS") s"
tap_summary
