#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# test.sh — install what is missing, build, start throwaway MariaDB and PostgreSQL servers,
# run the whole test suite with CTest, stop the servers. CI runs this (through .ci/run).
#
# Usage:
#     ./test.sh                  # everything
#     ./test.sh -R money         # extra arguments go to ctest (here: only tests matching "money")
#     ./test.sh --sanitize       # the whole suite, all three engines, built with AddressSanitizer
#                                # and UndefinedBehaviorSanitizer (LeakSanitizer on) in build-asan/
#                                # (CI runs this after the normal suite)
#     ./test.sh --sanitize=quick # the same for every test that needs no GUI, SQLite and server
#                                # engines alike; builds only what those tests run (a quicker
#                                # local loop). ASAN_OPTIONS=fast_unwind_on_malloc=0 in front of
#                                # either: whole stacks in leak reports, 5-10x slower
#     SD_SKIP_SERVERS=1 ./test.sh   # SQLite only: no database servers (quick local loops)
#     SD_KEEP_SERVERS=1 ./test.sh   # leave the database servers running afterwards (reused next time)
#     SD_SKIP_DEPS=1 ./test.sh      # don't check the Debian packages
#     SD_VERBOSE=1 ./test.sh        # show apt/cmake/ninja output in full
#
# Exit status: ctest's (non-zero also when installing, building or a server start fails, and
# under --sanitize when any sanitizer report was written, even by a server a test script started).
# The servers' data is kept under build/test-servers/ so re-runs start quickly.

set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
# shellcheck source=scripts/common.sh
source scripts/common.sh
# shellcheck source=scripts/testdb.sh
source scripts/testdb.sh

sanitize=""
ctest_args=()
for arg in "$@"; do
    case "$arg" in
    --sanitize) sanitize=full ;;
    --sanitize=quick) sanitize=quick ;;
    --sanitize=*) sd_die "unknown $arg (use --sanitize or --sanitize=quick)" ;;
    *) ctest_args+=("$arg") ;;
    esac
done

sd_install_deps
build_dir="$SD_BUILD_DIR"
if [[ -z "$sanitize" ]]; then
    sd_build "$build_dir"
else
    # Its own build folder; the test servers stay under build/test-servers/ all the same.
    build_dir="$SD_ASAN_BUILD_DIR"
    sd_configure_sanitized
    SD_CMAKE_ARGS="" # used by the configure step; sd_build must not configure again
    if [[ "$sanitize" == full ]]; then
        sd_build "$build_dir"
    else
        # Every test but the GUI's (models/, views/). The targets to build are the programs
        # those tests run: the paths inside the build folder on their add_test lines (CTest's
        # own listing leaves out a command whose program is not built yet). The server comes
        # first: building anything lets CMake see test files added since it last ran.
        sd_build "$build_dir" storedesk-server
        gui_tests="$(cd tests && ls models/tst_*.cpp views/tst_*.cpp | sed 's#.*/##; s#\.cpp$##' | paste -sd'|')"
        ctest_args=(-E "^($gui_tests)(\[[a-z]+\])?\$" "${ctest_args[@]}")
        quick_tests="$(ctest --test-dir "$build_dir" -N "${ctest_args[@]}" | sed -n 's/^ *Test *#[0-9]*: //p')"
        mapfile -t quick_targets < <(find "$build_dir" -name CTestTestfile.cmake -exec grep -h '^add_test(' {} + |
            awk -v dir="$build_dir/" -v tests="$quick_tests" '
                BEGIN { n = split(tests, t, "\n"); for (i = 1; i <= n; i++) wanted[t[i]] = 1 }
                /^add_test\(\[=\[/ && (substr($0, 13, index($0, "]=]") - 13) in wanted) {
                    rest = substr($0, index($0, "]=]") + 3)
                    while (match(rest, /"[^"]*"/)) {
                        arg = substr(rest, RSTART + 1, RLENGTH - 2)
                        rest = substr(rest, RSTART + RLENGTH)
                        if (index(arg, dir) == 1) { sub(/.*\//, "", arg); print arg }
                    }
                }' | sort -u)
        ((${#quick_targets[@]} > 0)) || sd_die "--sanitize=quick: no tests selected"
        sd_build "$build_dir" "${quick_targets[@]}"
    fi

    # Reports go to files, so that one from a server a test script started (and whose output
    # the script swallows) is seen too; they are printed, and fail the run, after ctest.
    sanitizer_logs="$build_dir/sanitizer-logs"
    rm -rf "$sanitizer_logs"
    mkdir -p "$sanitizer_logs"
    sd_sanitizer_env "$sanitizer_logs"
    sd_log "sanitizers: ASan+UBSan+LSan ($sanitize), reports in $sanitizer_logs"
fi

# GUI tests draw offscreen: no display needed.
export QT_QPA_PLATFORM=offscreen

if [[ "${SD_SKIP_SERVERS:-0}" == 1 ]]; then
    sd_log "SD_SKIP_SERVERS=1: no database servers; tests run against SQLite only"
    unset STOREDESK_TEST_MYSQL_URL STOREDESK_TEST_PGSQL_URL
elif [[ "${SD_KEEP_SERVERS:-0}" == 1 ]]; then
    sd_log "SD_KEEP_SERVERS=1: the database servers keep running afterwards"
    sd_start_mariadb
    sd_start_postgres
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

sd_log "running tests: ctest ${ctest_args[*]}"
rc=0
ctest --test-dir "$build_dir" --output-on-failure --no-tests=error -j2 --timeout 900 "${ctest_args[@]}" || rc=$?
if [[ -n "$sanitize" ]]; then
    # A file without a report holds only a sanitizer's warning (e.g. a thread that ended while
    # the leak check ran): shown, not counted.
    reports=0
    for log in "$sanitizer_logs"/*; do
        [[ -e "$log" ]] || continue
        printf '\n--- %s\n' "$log"
        head -n 100 "$log"
        if grep -qE 'ERROR: (AddressSanitizer|LeakSanitizer)|runtime error:' "$log"; then
            reports=$((reports + 1))
        fi
    done
    if ((reports > 0)); then
        sd_warn "$reports sanitizer report(s), shown above"
        rc=1
    else
        sd_log "sanitizers: no reports"
    fi
fi
exit "$rc"
