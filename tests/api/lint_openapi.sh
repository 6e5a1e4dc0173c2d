#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Lints the served /openapi.json with a standard OpenAPI linter (Redocly CLI, from the npm
# registry): no errors allowed. Usage: lint_openapi.sh path/to/storedesk-server
set -euo pipefail
server="$1"
work="$(mktemp -d)"
pid=""
cleanup() { [[ -n "$pid" ]] && kill "$pid" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
cd "$work"
"$server" --database "sqlite:///$work/lint.db" serve --port 0 >"$work/serve.log" 2>&1 &
pid=$!
port=""
for _ in $(seq 1 100); do
    port="$(grep -oE 'http://127\.0\.0\.1:[0-9]+' "$work/serve.log" | head -1 | sed 's/.*://')" || true
    [[ -n "$port" ]] && break
    sleep 0.1
done
[[ -n "$port" ]] || { echo "server did not start:"; cat "$work/serve.log"; exit 1; }
exec 3<>"/dev/tcp/127.0.0.1/$port"
printf 'GET /openapi.json HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n' >&3
response="$(cat <&3)"
exec 3<&-
printf '%s' "${response#*$'\r\n\r\n'}" >"$work/openapi.json"
[[ -s "$work/openapi.json" ]] || { echo "empty /openapi.json"; exit 1; }
export npm_config_cache="${STOREDESK_NPM_CACHE:-$HOME/.cache/storedesk-npm}"
# A pinned Redocly CLI that runs on Debian 12's Node.js 18 as well as newer ones.
rc=0
output="$(npx --yes @redocly/cli@1.25.15 lint "$work/openapi.json" --format=summary 2>&1)" || rc=$?
grep -vE '^\s*$|npm warn|║|╔|╚' <<<"$output" || true
if [[ $rc -ne 0 ]]; then
    echo "openapi lint: FAILED (exit $rc)"
    exit 1
fi
echo "openapi lint: no errors"
