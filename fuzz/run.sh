#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# Runs StoreDesk's libFuzzer targets with AddressSanitizer, UndefinedBehaviorSanitizer and
# LeakSanitizer, one after the other, and prints per target: seconds, executions, exec/s, coverage,
# corpus size and findings (crashes, leaks, undefined behaviour, timeouts, out-of-memory).
#
# Usage:
#     fuzz/run.sh [SECONDS] [--merge] [TARGET...]
#         SECONDS  per target (default 600); 0 runs nothing (with --merge: merge the last run)
#         --merge  afterwards, minimise each target's run corpus into fuzz/corpus/<target>/
#         TARGET   json_body, query_params, database_url (default: all three)
#
# Builds build-fuzz/ with clang (installed with apt-get if missing). Each run starts from a copy of
# fuzz/corpus/<target>/, fuzz/seeds/<target>/ and fuzz/regressions/<target>/ in
# build-fuzz/fuzz-work/<target>/, so the committed corpus changes only with --merge. Findings land
# in build-fuzz/fuzz-work/<target>/artifacts/; a reproducer worth keeping goes to
# fuzz/regressions/<target>/ (the regression tests of the normal build replay it).
# Exit status: 1 when any target found something, else 0.

set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
build="$root/build-fuzz"
all_targets=(json_body query_params database_url)

seconds=600
merge=0
targets=()
for arg in "$@"; do
    case "$arg" in
    --merge) merge=1 ;;
    -h | --help)
        sed -n '4,20p' "$0" | sed 's/^# \{0,1\}//'
        exit 0
        ;;
    *[!0-9]*)
        [[ " ${all_targets[*]} " == *" $arg "* ]] || { echo "unknown target or option: $arg" >&2; exit 2; }
        targets+=("$arg")
        ;;
    *) seconds="$arg" ;;
    esac
done
((${#targets[@]} > 0)) || targets=("${all_targets[@]}")

log() { printf '== %s\n' "$*"; }

# Longest input per target: bodies need room for a few items; the rest are one line or a small .env.
max_len() {
    case "$1" in
    json_body) echo 4096 ;;
    query_params) echo 512 ;;
    database_url) echo 1024 ;;
    esac
}

# --- tools and build ---------------------------------------------------------------------

fuzzer_runtime_present() {
    command -v clang++ >/dev/null 2>&1 &&
        [[ -n "$(find "$(clang++ -print-resource-dir)/lib" -name 'libclang_rt.fuzzer-x86_64.a' 2>/dev/null)" ]]
}
sudo=()
((EUID == 0)) || sudo=(sudo)
if ! fuzzer_runtime_present; then
    log "installing clang and its sanitizer/libFuzzer runtime (apt-get)"
    "${sudo[@]}" apt-get update
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends clang libclang-rt-dev
fi
# The Qt and SQLite packages the project itself needs (a no-op when they are present).
# shellcheck source=../scripts/common.sh
source "$root/scripts/common.sh"
sd_install_deps
command -v ccache >/dev/null 2>&1 || "${sudo[@]}" apt-get install -y --no-install-recommends ccache

if ((seconds > 0)) || ((merge)); then
    if ! grep -qx 'STOREDESK_FUZZ:BOOL=ON' "$build/CMakeCache.txt" 2>/dev/null; then
        log "configuring $build (clang, STOREDESK_FUZZ=ON)"
        cmake -S "$root" -B "$build" -G Ninja --no-warn-unused-cli \
            -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DSTOREDESK_FUZZ=ON \
            -DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DSTOREDESK_FETCH_DOC_ASSETS=OFF >/dev/null
    fi
    log "building the fuzz targets"
    cmake --build "$build" --parallel "${SD_JOBS:-2}" --target "${targets[@]/#/fuzz_}" -- --quiet
fi

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:symbolize=1:${ASAN_OPTIONS:-}"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:${UBSAN_OPTIONS:-}"
export QT_QPA_PLATFORM=offscreen

# --- fuzzing -------------------------------------------------------------------------------

status=0
rows=()
for target in "${targets[@]}"; do
    bin="$build/fuzz/fuzz_$target"
    work="$build/fuzz-work/$target"
    ((seconds > 0)) || continue

    rm -rf "$work"
    mkdir -p "$work/corpus" "$work/artifacts"
    for dir in "fuzz/corpus/$target" "fuzz/seeds/$target" "fuzz/regressions/$target"; do
        [[ -d "$dir" ]] && find "$dir" -maxdepth 1 -type f -exec cp -t "$work/corpus" {} +
    done
    dict=()
    [[ -f "fuzz/dict/$target.dict" ]] && dict=("-dict=$root/fuzz/dict/$target.dict")

    log "fuzz_$target: ${seconds}s from $(find "$work/corpus" -type f | wc -l) inputs"
    start=$(date +%s)
    rc=0
    "$bin" "$work/corpus" "${dict[@]}" \
        -max_total_time="$seconds" -detect_leaks=1 -max_len="$(max_len "$target")" -timeout=10 \
        -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$work/artifacts/" \
        >"$work/fuzz.log" 2>&1 || rc=$?
    elapsed=$(($(date +%s) - start))

    stat() { sed -n "s/^stat::$1: *//p" "$work/fuzz.log" | tail -n 1; }
    execs="$(stat number_of_executed_units)"
    rate="$(stat average_exec_per_sec)"
    final="$(grep -E '^#[0-9]+.*cov: ' "$work/fuzz.log" | tail -n 1 || true)"
    cov="$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$final")"
    ft="$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$final")"
    corpus_files=$(find "$work/corpus" -type f | wc -l)
    corpus_kb=$(($(du -sb "$work/corpus" | cut -f1) / 1024))

    crashes=$(find "$work/artifacts" -name 'crash-*' | wc -l)
    leaks=$(find "$work/artifacts" -name 'leak-*' | wc -l)
    timeouts=$(find "$work/artifacts" -name 'timeout-*' | wc -l)
    ooms=$(find "$work/artifacts" -name 'oom-*' | wc -l)
    ub=$(grep -c 'runtime error:' "$work/fuzz.log" || true)
    if grep -q 'ERROR: LeakSanitizer' "$work/fuzz.log" && ((leaks == 0)); then
        leaks=1 # reported at exit, after the last input
    fi
    findings=$((crashes + leaks + timeouts + ooms))
    if ((findings > 0 || rc != 0)); then
        status=1
        ((findings > 0)) || findings="exit $rc"
        log "fuzz_$target found something; log: $work/fuzz.log, inputs: $work/artifacts/"
        grep -E 'ERROR: |runtime error:|property violated|\*\*\* ' "$work/fuzz.log" | head -n 20 || true
    fi
    rows+=("$(printf '%-14s %7s %11s %8s %6s %7s %16s   %s' "$target" "$elapsed" "${execs:-?}" "${rate:-?}" \
        "${cov:-?}" "${ft:-?}" "$corpus_files ($corpus_kb KB)" \
        "$findings (crash $crashes, leak $leaks, UB $ub, timeout $timeouts, oom $ooms)")")
done

if ((${#rows[@]} > 0)); then
    echo
    printf '%-14s %7s %11s %8s %6s %7s %16s   %s\n' target seconds execs exec/s cov ft corpus findings
    printf '%s\n' "${rows[@]}"
fi

# --- merging -------------------------------------------------------------------------------

if ((merge)); then
    for target in "${targets[@]}"; do
        work="$build/fuzz-work/$target"
        if [[ ! -d "$work/corpus" ]]; then
            log "fuzz_$target: no run to merge (run fuzz/run.sh SECONDS first)"
            status=1
            continue
        fi
        rm -rf "$work/merged"
        mkdir -p "$work/merged"
        "$build/fuzz/fuzz_$target" -merge=1 -max_len="$(max_len "$target")" -timeout=10 -rss_limit_mb=2048 \
            "$work/merged" "$work/corpus" >"$work/merge.log" 2>&1 || {
            log "fuzz_$target: merge failed, see $work/merge.log"
            status=1
            continue
        }
        rm -rf "fuzz/corpus/$target"
        mkdir -p "fuzz/corpus/$target"
        cp "$work/merged"/* "fuzz/corpus/$target/"
        log "fuzz_$target: fuzz/corpus/$target now holds $(find "fuzz/corpus/$target" -type f | wc -l) inputs," \
            "$(($(du -sb "fuzz/corpus/$target" | cut -f1) / 1024)) KB (from $(find "$work/corpus" -type f | wc -l))"
    done
fi
exit "$status"
