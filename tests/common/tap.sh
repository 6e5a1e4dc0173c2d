# shellcheck shell=bash
# SPDX-License-Identifier: MIT
#
# tests/common/tap.sh — the checks of StoreDesk's shell test scripts (TAP-like "ok - …" lines).
#
#     source "$(dirname "${BASH_SOURCE[0]}")/../common/tap.sh"
#     check "GET /health: 200" is "$code" 200
#     …
#     tap_summary        # prints "# N passed, M failed"; returns 1 when anything failed
#
#     tap_require "path/to/storedesk-server" 1 curl wrk -- "$@"
#                        # usage (exit 2) unless the first of at most 1 argument is a program;
#                        # "not ok" (exit 1) when a tool is missing; sets BIN to the program's path

PASSED=0
FAILED=0
# wrk's answers counted by status (STATUS/ERRORS lines); see the file. Used by the scripts.
# shellcheck disable=SC2034
WRK_STATUS_LUA="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/wrk_status.lua"

# check DESCRIPTION CONDITION… — runs the condition, prints ok/not ok, counts it.
check() {
    local description="$1"
    shift
    if "$@"; then
        echo "ok - $description"
        PASSED=$((PASSED + 1))
    else
        echo "not ok - $description"
        FAILED=$((FAILED + 1))
    fi
}

is() { [[ "$1" == "$2" ]]; }

tap_summary() {
    echo "# $PASSED passed, $FAILED failed"
    ((FAILED == 0))
}

# tap_require USAGE MAX_ARGS TOOL… -- ARG… — the script's arguments: 1 to MAX_ARGS, the first an
# executable (BIN, made absolute); otherwise the usage on stderr and exit 2. Each TOOL must be
# installed; otherwise a "not ok" line and exit 1.
tap_require() {
    local usage="$1" max="$2" tools=() tool
    shift 2
    while (($#)) && [[ "$1" != -- ]]; do
        tools+=("$1")
        shift
    done
    (($#)) && shift # the --
    if (($# < 1 || $# > max)) || [[ ! -x "$1" ]]; then
        echo "usage: $0 $usage" >&2
        exit 2
    fi
    # shellcheck disable=SC2034 # for the calling script
    BIN=$(realpath "$1")
    for tool in "${tools[@]}"; do
        command -v "$tool" >/dev/null || { echo "not ok - $tool is required"; exit 1; }
    done
}
