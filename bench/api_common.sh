# shellcheck shell=bash
# SPDX-License-Identifier: MIT
#
# bench/api_common.sh — helpers shared by the HTTP API benches (api.sh, load.sh); source it.
#
#     bench_port_of LOG    wait (30 s at most) for the "listening on" line that
#                          `storedesk-server serve --port 0` writes to LOG and print the port

bench_port_of() {
    local port=""
    for _ in $(seq 1 300); do
        port="$(grep -oE 'http://127\.0\.0\.1:[0-9]+' "$1" 2>/dev/null | head -1 | sed 's/.*://')" || true
        [[ -n "$port" ]] && { echo "$port"; return 0; }
        sleep 0.1
    done
    echo "server did not start: $(cat "$1")" >&2
    return 1
}
