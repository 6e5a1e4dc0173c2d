# shellcheck shell=bash
# SPDX-License-Identifier: MIT
#
# tests/common/tap.sh — the checks of StoreDesk's shell test scripts (TAP-like "ok - …" lines).
#
#     source "$(dirname "${BASH_SOURCE[0]}")/../common/tap.sh"
#     check "GET /health: 200" is "$code" 200
#     …
#     tap_summary        # prints "# N passed, M failed"; returns 1 when anything failed

PASSED=0
FAILED=0

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
