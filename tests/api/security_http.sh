#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# The API's security settings over real HTTP(S) against storedesk-server on a demo SQLite store:
#   - TLS: HTTPS with a self-signed certificate (RSA and EC) made here; the served certificate is
#     that one; plain HTTP on the port gets no answer and leaves the server healthy; a missing or
#     unreadable certificate or key stops the server with one clear line;
#   - the bearer token: required, compared in full, and never written to the server's output (not
#     even the wrong ones clients send);
#   - rate limiting under load: wrk hammers the API from 127.0.0.1 while another client address
#     (127.0.0.2) keeps being served; the loaded client gets 429s with Retry-After, no more than
#     the bucket allows gets through, and the server stays healthy;
#   - CORS: with STOREDESK_CORS_ORIGINS set, another origin's preflight is refused (403) and its
#     requests get no CORS headers.
#
#     tests/api/security_http.sh path/to/storedesk-server
#
# TAP-like output ("ok - …" / "not ok - …"); exit status 1 if anything failed.

set -uo pipefail
# shellcheck source=tests/common/tap.sh
source "$(dirname "${BASH_SOURCE[0]}")/../common/tap.sh"

tap_require "path/to/storedesk-server" 1 curl openssl wrk -- "$@"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/storedesk-security.XXXXXX")
SERVER_PID=""
stop_server() {
    if [[ -n "$SERVER_PID" ]]; then
        kill "$SERVER_PID" 2>/dev/null
        wait "$SERVER_PID" 2>/dev/null
    fi
    SERVER_PID=""
}
cleanup() {
    stop_server
    rm -rf "$WORK"
}
trap cleanup EXIT
DB="$WORK/store.db"
export STORE_TIMEZONE=UTC
unset STOREDESK_API_TOKEN STOREDESK_TLS_CERT STOREDESK_TLS_KEY STOREDESK_CORS_ORIGINS RATE_LIMIT_PER_MINUTE
"$BIN" --database "sqlite:///$DB" demo-data >/dev/null || { echo "not ok - demo-data failed"; exit 1; }

contains() { [[ "$1" == *"$2"* ]]; }
lacks() { ! grep -qF -- "$2" "$1"; }

# start_server LOG [VAR=value…] → starts `serve --port 0` with the settings; sets PORT and SCHEME
start_server() {
    local log="$1"
    shift
    env "$@" "$BIN" --database "sqlite:///$DB" serve --port 0 >"$log" 2>&1 &
    SERVER_PID=$!
    PORT=""
    for _ in $(seq 1 100); do
        local url
        url="$(grep -soE 'https?://127\.0\.0\.1:[0-9]+' "$log" | head -1)"
        if [[ -n "$url" ]]; then
            PORT="${url##*:}"
            SCHEME="${url%%:*}"
            return 0
        fi
        kill -0 "$SERVER_PID" 2>/dev/null || break
        sleep 0.1
    done
    echo "# the server did not start: $(cat "$log")"
    return 1
}

# --- TLS -----------------------------------------------------------------------------------------
echo "# TLS"
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$WORK/rsa.key" -out "$WORK/rsa.crt" -days 2 \
    -subj "/CN=127.0.0.1" -addext "subjectAltName=IP:127.0.0.1" >/dev/null 2>&1
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout "$WORK/ec.key" -out "$WORK/ec.crt" \
    -days 2 -subj "/CN=127.0.0.1" -addext "subjectAltName=IP:127.0.0.1" >/dev/null 2>&1
check "openssl made the self-signed certificates" test -s "$WORK/rsa.crt" -a -s "$WORK/ec.crt"

for kind in rsa ec; do
    if start_server "$WORK/tls-$kind.log" STOREDESK_TLS_CERT="$WORK/$kind.crt" STOREDESK_TLS_KEY="$WORK/$kind.key"; then
        check "$kind: the server announces https" is "$SCHEME" https
        code=$(curl -s -o "$WORK/out" -w '%{http_code}' --cacert "$WORK/$kind.crt" "https://127.0.0.1:$PORT/health")
        check "$kind: GET /health over HTTPS, trusting the test's certificate: 200" is "$code" 200
        code=$(curl -s -o "$WORK/out" -w '%{http_code}' --cacert "$WORK/$kind.crt" -H 'Content-Type: application/json' \
            --data "{\"name\":\"Over TLS $kind\"}" "https://127.0.0.1:$PORT/api/v1/categories/")
        check "$kind: POST /api/v1/categories/ over HTTPS: 201" is "$code" 201
        served=$(openssl s_client -connect "127.0.0.1:$PORT" </dev/null 2>/dev/null | openssl x509 -noout -fingerprint -sha256 2>/dev/null)
        made=$(openssl x509 -in "$WORK/$kind.crt" -noout -fingerprint -sha256)
        check "$kind: the certificate served is the one made by the test" is "$served" "$made"
        curl -s -o /dev/null "https://127.0.0.1:$PORT/health"
        check "$kind: a client that does not trust the certificate is refused by its own check (curl 60)" is "$?" 60
        curl -s -o /dev/null --max-time 15 "http://127.0.0.1:$PORT/health"
        rc=$?
        check "$kind: plain HTTP on the HTTPS port gets no HTTP answer (curl $rc)" test "$rc" -eq 52 -o "$rc" -eq 56 -o "$rc" -eq 35
        protocol=$(openssl s_client -connect "127.0.0.1:$PORT" -tls1_2 </dev/null 2>/dev/null | grep -E '^ *Protocol *:' | tr -d ' ')
        check "$kind: TLS 1.2 is offered ($protocol)" is "$protocol" "Protocol:TLSv1.2"
        code=$(curl -s -o /dev/null -w '%{http_code}' --cacert "$WORK/$kind.crt" "https://127.0.0.1:$PORT/health")
        check "$kind: still healthy after the plain-text and untrusted clients" is "$code" 200
        stop_server
    else
        check "$kind: the server starts with STOREDESK_TLS_CERT/KEY" false
    fi
done

STOREDESK_TLS_CERT="$WORK/missing.crt" STOREDESK_TLS_KEY="$WORK/rsa.key" timeout 10 "$BIN" --database "sqlite:///$DB" serve --port 0 >"$WORK/bad.log" 2>&1
rc=$?
check "a missing certificate stops the server (exit $rc) with a line naming STOREDESK_TLS_CERT" \
    test "$rc" -ne 0 -a "$rc" -ne 124 -a "$(grep -c 'STOREDESK_TLS_CERT' "$WORK/bad.log")" -ge 1
STOREDESK_TLS_CERT="$WORK/rsa.crt" STOREDESK_TLS_KEY="$WORK/rsa.crt" timeout 10 "$BIN" --database "sqlite:///$DB" serve --port 0 >"$WORK/bad.log" 2>&1
rc=$?
check "a key file without a key stops the server (exit $rc) with a line naming STOREDESK_TLS_KEY" \
    test "$rc" -ne 0 -a "$rc" -ne 124 -a "$(grep -c 'STOREDESK_TLS_KEY' "$WORK/bad.log")" -ge 1
STOREDESK_TLS_CERT="$WORK/rsa.crt" timeout 10 "$BIN" --database "sqlite:///$DB" serve --port 0 >"$WORK/bad.log" 2>&1
rc=$?
check "a certificate without a key is a configuration error (exit $rc = 2)" is "$rc" 2

# --- the bearer token ----------------------------------------------------------------------------
echo "# bearer token"
TOKEN="sd-$(openssl rand -hex 24)"
WRONG="${TOKEN%?}x"
if start_server "$WORK/token.log" STOREDESK_API_TOKEN="$TOKEN" QT_LOGGING_RULES="storedesk.*=true"; then
    api="http://127.0.0.1:$PORT/api/v1"
    check "no token: 401" is "$(curl -s -o /dev/null -w '%{http_code}' "$api/products/")" 401
    check "a token differing in its last character: 401" \
        is "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $WRONG" "$api/products/")" 401
    check "a prefix of the token: 401" \
        is "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer ${TOKEN:0:10}" "$api/products/")" 401
    check "the token with more after it: 401" \
        is "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer ${TOKEN}x" "$api/products/")" 401
    check "the token: 200" is "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$api/products/")" 200
    check "the token on a write: 201" is "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" \
        -H 'Content-Type: application/json' --data '{"name":"Token test"}' "$api/categories/")" 201
    check "/health needs no token: 200" is "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/health")" 200
    stop_server
    check "the request log was written (debug logging on)" test "$(grep -c '/api/v1/products/' "$WORK/token.log")" -ge 5
    check "the token appears nowhere in the server's output" lacks "$WORK/token.log" "$TOKEN"
    check "the wrong tokens clients sent appear nowhere either" lacks "$WORK/token.log" "${TOKEN:0:10}"
else
    check "the server starts with STOREDESK_API_TOKEN" false
fi

# --- rate limiting under load --------------------------------------------------------------------
echo "# rate limiting under load"
LIMIT=600
if start_server "$WORK/rate.log" RATE_LIMIT_PER_MINUTE="$LIMIT" QT_LOGGING_RULES="storedesk.api.info=false"; then
    api="http://127.0.0.1:$PORT/api/v1"
    started=$(date +%s.%N)
    wrk -t2 -c32 --timeout 30s -d8s -s "$WRK_STATUS_LUA" "$api/products/" >"$WORK/wrk.txt" 2>&1 &
    wrk_pid=$!
    sleep 2
    limited_headers=$(curl -s -D - -o /dev/null "$api/products/")
    other_ok=0
    for _ in $(seq 1 20); do
        code=$(curl -s -o /dev/null -w '%{http_code}' --interface 127.0.0.2 "$api/categories/")
        [[ "$code" == 200 ]] && other_ok=$((other_ok + 1))
        sleep 0.1
    done
    wait "$wrk_pid"
    seconds=$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
    ok=$(awk '$1 == "STATUS" && $2 == 200 { print $3 }' "$WORK/wrk.txt")
    limited=$(awk '$1 == "STATUS" && $2 == 429 { print $3 }' "$WORK/wrk.txt")
    other=$(awk '$1 == "STATUS" && $2 != 200 && $2 != 429 { n += $3 } END { print n + 0 }' "$WORK/wrk.txt")
    errors=$(awk '$1 == "ERRORS" { print $2 }' "$WORK/wrk.txt")
    # The bucket holds LIMIT requests and refills LIMIT per minute: that, plus the refill over
    # the run (and a second of slack), is all one address can get through.
    allowed=$(awk -v l="$LIMIT" -v s="$seconds" 'BEGIN { printf "%d", l + l * (s + 1) / 60 }')
    echo "# loaded client (127.0.0.1): ${ok:-0} × 200, ${limited:-0} × 429, $other other, $errors socket errors in $seconds s; at most $allowed may pass"
    check "the loaded client got 429s" test "${limited:-0}" -gt 1000
    check "no more than the bucket allows got through (${ok:-0} ≤ $allowed)" test "${ok:-0}" -le "$allowed" -a "${ok:-0}" -ge "$LIMIT"
    check "no other statuses and no socket errors under load" test "$other" -eq 0 -a "${errors:-1}" -eq 0
    check "another client address (127.0.0.2) was served during the load (200 × $other_ok of 20)" is "$other_ok" 20
    check "a limited answer (429 during the load) says when to retry (Retry-After)" \
        bash -c 'grep -q "HTTP/1.1 429" <<<"$1" && grep -qi "^retry-after: [1-9]" <<<"$1"' _ "$limited_headers"
    # From another address: 127.0.0.1's bucket is still empty, so its own answers are 429s.
    check "the server is healthy after the load" \
        is "$(curl -s -o /dev/null -w '%{http_code}' --interface 127.0.0.3 "http://127.0.0.1:$PORT/health")" 200
    stop_server
else
    check "the server starts with RATE_LIMIT_PER_MINUTE" false
fi

# --- CORS ----------------------------------------------------------------------------------------
echo "# CORS"
if start_server "$WORK/cors.log" STOREDESK_CORS_ORIGINS="https://shop.example" QT_LOGGING_RULES="storedesk.api.info=false"; then
    api="http://127.0.0.1:$PORT/api/v1"
    headers=$(curl -s -D - -o /dev/null -X OPTIONS -H 'Origin: https://evil.example' -H 'Access-Control-Request-Method: POST' "$api/categories/")
    check "a disallowed origin's preflight is refused (403)" contains "$headers" "HTTP/1.1 403"
    check "… without CORS headers" bash -c '! grep -qi "^access-control-allow-origin" <<<"$1"' _ "$headers"
    headers=$(curl -s -D - -o /dev/null -H 'Origin: https://evil.example' "$api/categories/")
    check "a disallowed origin's GET carries no Access-Control-Allow-Origin" bash -c '! grep -qi "^access-control-allow-origin" <<<"$1"' _ "$headers"
    headers=$(curl -s -D - -o /dev/null -X OPTIONS -H 'Origin: https://shop.example' -H 'Access-Control-Request-Method: POST' "$api/categories/")
    check "the allowed origin's preflight: 204 naming the origin" \
        bash -c 'grep -q "HTTP/1.1 204" <<<"$1" && grep -qi "^access-control-allow-origin: https://shop.example" <<<"$1"' _ "$headers"
    stop_server
else
    check "the server starts with STOREDESK_CORS_ORIGINS" false
fi

tap_summary
