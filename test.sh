#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# test.sh — install what is missing, build, start throwaway MariaDB and PostgreSQL servers,
# run the whole test suite with CTest, stop the servers. CI runs this (through .ci/run).
#
# Usage:
#     ./test.sh                  # everything
#     ./test.sh -R money         # extra arguments go to ctest (here: only tests matching "money")
#     SD_SKIP_SERVERS=1 ./test.sh   # SQLite only: no database servers (quick local loops)
#     SD_SKIP_DEPS=1 ./test.sh      # don't check the Debian packages
#     SD_VERBOSE=1 ./test.sh        # show apt/cmake/ninja output in full
#
# Exit status: ctest's (non-zero also when installing, building or a server start fails).
# The servers' data is kept under build/test-servers/ so re-runs start quickly.

set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
# shellcheck source=scripts/common.sh
source scripts/common.sh
# shellcheck source=scripts/testdb.sh
source scripts/testdb.sh

sd_install_deps
sd_build "$SD_BUILD_DIR"

# GUI tests draw offscreen: no display needed.
export QT_QPA_PLATFORM=offscreen

if [[ "${SD_SKIP_SERVERS:-0}" == 1 ]]; then
    sd_log "SD_SKIP_SERVERS=1: no database servers; tests run against SQLite only"
    unset STOREDESK_TEST_MYSQL_URL STOREDESK_TEST_PGSQL_URL
else
    # Stop the servers however we leave: normal exit, failure (set -e), Ctrl-C or SIGTERM.
    # INT/TERM turn into an exit with the usual status, which runs the EXIT trap.
    trap sd_stop_databases EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
    sd_start_mariadb
    sd_start_postgres
fi

urls=""
for var in STOREDESK_TEST_MYSQL_URL STOREDESK_TEST_PGSQL_URL; do
    if [[ -n "${!var:-}" ]]; then
        urls+=" $var=${!var}"
    fi
done
if [[ -n "$urls" ]]; then
    sd_log "database URLs:$(printf '%s' "$urls" | sd_mask_urls)"
else
    sd_log "database URLs: none set (SQLite only)"
fi

sd_log "running tests: ctest $*"
rc=0
ctest --test-dir "$SD_BUILD_DIR" --output-on-failure --no-tests=error -j2 --timeout 900 "$@" || rc=$?
exit "$rc"
