#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# A tour of hostile input over real HTTP against storedesk-server on a demo SQLite database:
# oversized bodies and heads, deep JSON nesting, huge numbers, NaN/Infinity, wrong types, SQL and
# HTML metacharacters in every string field, invalid UTF-8, bad skip/limit, path traversal,
# malformed request lines, a client that never finishes its request, and 2,000 idle connections.
# Each must get its documented status (or the connection closed after the timeout); afterwards the
# server is still healthy and the rows rejected requests would have touched are unchanged.
#
#     tests/api/hostile_http.sh path/to/storedesk-server
#
# TAP-like output ("ok - …" / "not ok - …"); exit status 1 if anything failed.

set -uo pipefail
# shellcheck source=tests/common/tap.sh
source "$(dirname "${BASH_SOURCE[0]}")/../common/tap.sh"
# A refused request closes the connection while this script may still be writing to it.
trap "" PIPE

tap_require "path/to/storedesk-server" 1 curl sqlite3 -- "$@"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/storedesk-hostile.XXXXXX")
SERVER_PID=""
cleanup() {
    [[ -n "$SERVER_PID" ]] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null
    rm -rf "$WORK"
}
trap cleanup EXIT
DB="$WORK/hostile.db"
export RATE_LIMIT_PER_MINUTE=0 STORE_TIMEZONE=UTC QT_LOGGING_RULES="storedesk.api.info=false"
"$BIN" --database "sqlite:///$DB" demo-data >/dev/null || { echo "not ok - demo-data failed"; exit 1; }
"$BIN" --database "sqlite:///$DB" serve --port 0 >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
PORT=""
for _ in $(seq 1 100); do
    PORT="$(grep -oE 'http://127\.0\.0\.1:[0-9]+' "$WORK/server.log" | head -1 | sed 's/.*://')"
    [[ -n "$PORT" ]] && break
    sleep 0.1
done
[[ -n "$PORT" ]] || { echo "not ok - the server did not start: $(cat "$WORK/server.log")"; exit 1; }
BASE="http://127.0.0.1:$PORT"
API="$BASE/api/v1"

# status METHOD URL [BODY-FILE] [extra curl args…] → the HTTP status (000 when the connection failed)
status() {
    local method="$1" url="$2" body="${3:-}"
    shift 3 2>/dev/null || shift $#
    local args=(-s -o "$WORK/out" -w '%{http_code}' -X "$method" --max-time 20 "$@")
    if [[ -n "$body" ]]; then
        [[ " $* " == *" Content-Type: "* ]] || args+=(-H 'Content-Type: application/json')
        args+=(--data-binary "@$body")
    fi
    curl "${args[@]}" "$url"
}
body() { printf '%s' "$1" >"$WORK/body"; echo "$WORK/body"; }
# raw BYTES… → what the server answers to bytes written straight to a socket (first line)
raw() {
    local line=""
    exec 3<>"/dev/tcp/127.0.0.1/$PORT" || return 1
    printf "$@" >&3
    IFS= read -r -t 5 line <&3
    exec 3>&-
    printf '%s' "${line%$'\r'}"
}
snapshot() { # the rows a rejected request could have touched
    sqlite3 "$DB" "SELECT * FROM categories ORDER BY id; SELECT * FROM products ORDER BY id;
                   SELECT * FROM inventory ORDER BY id; SELECT COUNT(*), MAX(id) FROM inventory_history;
                   SELECT * FROM customers ORDER BY id; SELECT COUNT(*), SUM(total_amount) FROM sales;
                   SELECT COUNT(*) FROM sale_items; SELECT * FROM sales_daily ORDER BY day, platform;"
}
snapshot >"$WORK/before.txt"

# --- sizes ---------------------------------------------------------------------------------------
head -c $((2 * 1024 * 1024)) /dev/zero | tr '\0' 'a' | sed 's/^/{"name":"/; s/$/"}/' >"$WORK/big.json"
check "a 2 MiB body is 413" is "$(status POST "$API/categories/" "$WORK/big.json")" 413
check "a 20 KiB request head is 431" is "$(status GET "$API/products/" "" -H "X-Filler: $(head -c 20000 /dev/zero | tr '\0' 'x')")" 431
check "Transfer-Encoding: chunked is 411" is "$(status POST "$API/categories/" "$(body '{"name":"chunked"}')" -H 'Transfer-Encoding: chunked')" 411

# --- JSON ----------------------------------------------------------------------------------------
printf '%*s' 100000 '' | tr ' ' '[' >"$WORK/deep.json"
check "100,000 nested arrays are 400" is "$(status POST "$API/categories/" "$WORK/deep.json")" 400
printf '{"a":' >"$WORK/deep2.json"
for _ in $(seq 1 5000); do printf '{"a":' >>"$WORK/deep2.json"; done
printf '1' >>"$WORK/deep2.json"
for _ in $(seq 1 5001); do printf '}' >>"$WORK/deep2.json"; done
check "5,000 nested objects are 400 or 422" bash -c "[[ \$1 == 400 || \$1 == 422 ]]" _ "$(status POST "$API/categories/" "$WORK/deep2.json")"
check "NaN is malformed JSON (400)" is "$(status POST "$API/products/" "$(body '{"name":"n","sku":"NAN-1","price":NaN,"category_id":1}')")" 400
check "Infinity is malformed JSON (400)" is "$(status POST "$API/products/" "$(body '{"name":"n","sku":"INF-1","price":Infinity,"category_id":1}')")" 400
# Valid JSON grammar, but beyond a double: the parser refuses it, so it is a malformed body.
check "a price of 1e400 is 400" is "$(status POST "$API/products/" "$(body '{"name":"n","sku":"BIG-1","price":1e400,"category_id":1}')")" 400
check "a price of 1e15 is 422" is "$(status POST "$API/products/" "$(body '{"name":"n","sku":"BIG-2","price":1e15,"category_id":1}')")" 422
check "a quantity of 1e20 is 422" is "$(status POST "$API/sales/" "$(body '{"platform":"Website","items":[{"product_id":1,"quantity":1e20}]}')")" 422
check "a delta of -9223372036854775808 is 422" is "$(status POST "$API/inventory/1/adjust" "$(body '{"delta":-9223372036854775808,"reason":"x"}')")" 422
check "a fractional id is 422" is "$(status POST "$API/sales/" "$(body '{"platform":"Website","items":[{"product_id":1.5,"quantity":1}]}')")" 422
check "a name that is a number is 422" is "$(status POST "$API/categories/" "$(body '{"name":123}')")" 422
check "items that are a string are 422" is "$(status POST "$API/sales/" "$(body '{"platform":"Website","items":"all"}')")" 422
check "a body that is an array is 422" is "$(status POST "$API/categories/" "$(body '[1,2]')")" 422
check "an empty body where fields are required is 422" is "$(status POST "$API/products/" "$(body '')")" 422
printf '{"name":"\xff\xfe bad"}' >"$WORK/utf8.json"
check "invalid UTF-8 is 400" is "$(status POST "$API/categories/" "$WORK/utf8.json")" 400
check "a text/plain body is 415" is "$(status POST "$API/categories/" "$(body '{"name":"x"}')" -H 'Content-Type: text/plain')" 415
check "a date of 2026-02-30 is 422" is "$(status POST "$API/analytics/revenue" "$(body '{"start_date":"2026-02-30","end_date":"2026-03-01"}')")" 422

# --- query parameters ------------------------------------------------------------------------------
for q in "skip=-1" "limit=0" "limit=1001" "limit=99999999999999999999" "skip=abc" "limit=1e3" "min_price=NaN" "category_id=0"; do
    check "GET products?$q is 422" is "$(status GET "$API/products/?$q")" 422
done
check "unknown query parameters are ignored (200)" is "$(status GET "$API/products/?evil=%27%3B%20DROP%20TABLE%20products")" 200
check "a search with SQL metacharacters is 200 and matches nothing" \
    bash -c "[[ \$(curl -s '$API/products/?q=%27%20OR%201%3D1%20--') == '[]' ]]"

# --- paths -----------------------------------------------------------------------------------------
for p in "/docs/..%2f..%2f..%2fetc%2fpasswd" "/docs/../../../etc/passwd" "/redoc/..%2F..%2Fstoredesk.db" "/api/v1/products/1%00" \
         "/api/v1/products/99999999999999999999999" "/%2e%2e/%2e%2e/etc/passwd"; do
    code="$(status GET "$BASE$p" "" --path-as-is)"
    check "GET $p is 404 (nothing outside the routes is served)" is "$code" 404
done
check "a malformed request line is 400" is "$(raw 'GARBAGE\r\n\r\n')" "HTTP/1.1 400 Bad Request"
check "a header line without a colon is 400" is "$(raw 'GET /health HTTP/1.1\r\nHost: x\r\nno colon here\r\n\r\n')" "HTTP/1.1 400 Bad Request"
check "an HTTP/2 preface is 400" is "$(raw 'PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n')" "HTTP/1.1 400 Bad Request"

# --- metacharacters are stored and returned verbatim ------------------------------------------------
evil="'; DROP TABLE categories; -- <script>alert(1)</script> \" \\\\ %_ 🙂"
evil_json="$(printf '%s' "$evil" | sed 's/\\/\\\\/g; s/"/\\"/g')"
check "a category named with SQL/HTML metacharacters is created (201)" \
    is "$(status POST "$API/categories/" "$(body "{\"name\":\"$evil_json\",\"description\":\"$evil_json\"}")")" 201
check "… and read back verbatim" bash -c "grep -qF -- '<script>alert(1)</script>' '$WORK/out' && [[ \$(sqlite3 '$DB' \"SELECT COUNT(*) FROM categories WHERE name LIKE '%DROP TABLE categories%'\") == 1 ]]"
new_category="$(sed -n 's/.*"id":\([0-9]*\).*/\1/p' "$WORK/out")"
check "a customer with metacharacters in every field is created (201)" \
    is "$(status POST "$API/customers/" "$(body "{\"name\":\"$evil_json\",\"email\":\"x'--@example.com\",\"phone\":\"'; --<b>\",\"address\":\"$evil_json\"}")")" 201
new_customer="$(sed -n 's/.*"id":\([0-9]*\).*/\1/p' "$WORK/out")"
# Undo the accepted writes, so the snapshot compares only what rejected requests could have changed.
status DELETE "$API/categories/$new_category" >/dev/null
sqlite3 "$DB" "DELETE FROM customers WHERE id = $new_customer"

# --- slow and idle clients -------------------------------------------------------------------------
start=$(date +%s)
exec 4<>"/dev/tcp/127.0.0.1/$PORT"
printf 'GET /health HTTP/1.1\r\nHost: slow\r\n' >&4 # never finishes the head
slow_answer="$(timeout 20 head -1 <&4 | tr -d '\r')"
exec 4>&-
waited=$(($(date +%s) - start))
check "a request head never finished is answered 408 after about 10 s (${waited}s)" \
    bash -c "[[ '$slow_answer' == 'HTTP/1.1 408 Request Timeout' && $waited -ge 9 && $waited -le 15 ]]"

idle=()
for i in $(seq 1 2000); do
    exec {fd}<>"/dev/tcp/127.0.0.1/$PORT" || break
    idle+=("$fd")
done
check "2,000 idle connections are accepted (${#idle[@]} open)" is "${#idle[@]}" 2000
check "/health answers 200 while 2,000 connections sit idle" is "$(status GET "$BASE/health")" 200
for fd in "${idle[@]}"; do exec {fd}>&-; done

# --- afterwards ------------------------------------------------------------------------------------
check "the server is still healthy" is "$(status GET "$BASE/health")" 200
check "the server process is still running" kill -0 "$SERVER_PID"
snapshot >"$WORK/after.txt"
check "rejected requests left the store's rows unchanged" cmp -s "$WORK/before.txt" "$WORK/after.txt"

tap_summary
