# shellcheck shell=bash
# SPDX-License-Identifier: MIT
#
# scripts/common.sh — shared helpers for test.sh and run.sh.
#
# Source it, don't run it:
#     source scripts/common.sh
#     sd_install_deps            # install missing Debian packages (no-op when all present)
#     sd_build [build_dir]       # configure (when needed) and build with CMake + Ninja + ccache
#     sd_build DIR TARGET...     # the same, building only the named targets
#     sd_configure [build_dir]   # only the configure step of sd_build
#     sd_configure_sanitized     # configure build-asan/ with ASan+UBSan (STOREDESK_SANITIZE)
#     sd_sanitizer_env [log_dir] # export ASAN/UBSAN/LSAN_OPTIONS for running what it built
#
# Only bash, coreutils and the tools this file installs are used: a fresh
# Debian 12 machine may have no python3.
#
# Environment knobs (all optional):
#     SD_VERBOSE=1      show apt/cmake/ninja output in full instead of progress lines only
#     SD_SKIP_DEPS=1    skip the package check entirely (quick local loops)
#     SD_JOBS=N         parallel build jobs (default 2: the machines have 2 cores)
#     SD_CMAKE_ARGS     extra arguments for the CMake configure step (forces a re-configure)
#     SD_ASAN_BUILD_DIR the ASan+UBSan build folder (default <repo>/build-asan)
#     CCACHE_DIR        ccache's cache (default: $HOME/.cache/ccache)

set -euo pipefail

# Guard against being sourced twice (testdb.sh sources this file too).
if [[ -n "${SD_COMMON_SOURCED:-}" ]]; then
    return 0
fi
SD_COMMON_SOURCED=1

# Repository root: the parent of the folder holding this file, as an absolute path.
SD_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
# Default build folder; sd_build and testdb.sh use it unless told otherwise.
SD_BUILD_DIR="${SD_BUILD_DIR:-$SD_ROOT/build}"

# Every Debian package the project needs to build, test, run and benchmark.
# Edit this list to add or drop a package; sd_install_deps installs only what is missing.
SD_DEBIAN_PACKAGES="
    build-essential cmake ninja-build ccache pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev qt6-charts-dev libqt6opengl6-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6sql6-sqlite libqt6sql6-mysql libqt6sql6-psql libgl-dev
    mariadb-server mariadb-client postgresql postgresql-client sqlite3 libsqlite3-dev
    xvfb xauth x11-apps imagemagick
    curl ca-certificates procps iproute2
    nodejs npm
    wrk hyperfine libbenchmark-dev jq
"

# --- small output helpers ---------------------------------------------------------------

sd_log() { printf '==> %s\n' "$*"; }
sd_note() { printf '    %s\n' "$*"; }
sd_warn() { printf 'warning: %s\n' "$*" >&2; }
sd_die() {
    printf 'error: %s\n' "$*" >&2
    exit 1
}

# Mask the password of every URL in the text on stdin: scheme://user:***@host...
sd_mask_urls() { sed -E 's#(://[^:/@]*):[^@/]*@#\1:***@#g'; }

# Run a command with its output appended to a log file; on failure show the log's tail.
# Usage: sd_quiet LOGFILE cmd args...   (with SD_VERBOSE=1 the output is shown live too)
sd_quiet() {
    local log="$1"
    shift
    local rc=0
    if [[ "${SD_VERBOSE:-0}" == 1 ]]; then
        "$@" 2>&1 | tee -a "$log" || rc=$?
        return "$rc"
    fi
    "$@" >>"$log" 2>&1 || rc=$?
    if ((rc != 0)); then
        printf 'error: command failed (exit %d): %s\n' "$rc" "$*" >&2
        printf '       last lines of %s:\n' "$log" >&2
        tail -n 40 "$log" | sed 's/^/       | /' >&2
    fi
    return "$rc"
}

# --- dependencies -----------------------------------------------------------------------

# Print the packages of $SD_DEBIAN_PACKAGES that are not installed, one per line.
sd__missing_packages() {
    local -a wanted
    read -r -d '' -a wanted <<<"$SD_DEBIAN_PACKAGES" || true
    # One dpkg-query call for all; unknown packages only produce a message on stderr.
    local installed
    installed="$(dpkg-query -W -f='${Package} ${Status}\n' "${wanted[@]}" 2>/dev/null |
        awk '$2 == "install" && $3 == "ok" && $4 == "installed" { print $1 }' || true)"
    local pkg
    for pkg in "${wanted[@]}"; do
        if grep -qxF -- "$pkg" <<<"$installed"; then
            continue
        fi
        # Node.js may come from another source (NodeSource's nodejs package ships npm
        # and conflicts with Debian's npm): a working command counts as installed, and
        # asking apt for Debian's npm there would try to replace Node.js.
        case "$pkg" in
        nodejs) command -v node >/dev/null 2>&1 && continue ;;
        npm) command -v npm >/dev/null 2>&1 && continue ;;
        esac
        echo "$pkg"
    done
}

# Install whatever is missing from $SD_DEBIAN_PACKAGES (apt-get update only when needed).
sd_install_deps() {
    if [[ "${SD_SKIP_DEPS:-0}" == 1 ]]; then
        sd_log "skipping the package check (SD_SKIP_DEPS=1)"
        return 0
    fi
    if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
        sd_warn "not a Debian-like system (no dpkg-query/apt-get): install the build dependencies yourself"
        return 0
    fi

    local -a missing
    mapfile -t missing < <(sd__missing_packages)
    if ((${#missing[@]} == 0)); then
        sd_log "packages: all present"
        return 0
    fi

    # Root runs apt directly; anyone else needs sudo.
    local -a sudo=()
    if ((EUID != 0)); then
        if command -v sudo >/dev/null 2>&1; then
            sudo=(sudo)
        else
            printf 'error: these Debian packages are missing and there is no sudo to install them:\n' >&2
            printf '    %s\n' "${missing[*]}" >&2
            printf 'as root, run:\n    apt-get update && apt-get install -y --no-install-recommends %s\n' \
                "${missing[*]}" >&2
            exit 1
        fi
    fi

    local log
    log="$(mktemp "${TMPDIR:-/tmp}/storedesk-apt.XXXXXX.log")"
    sd_log "installing ${#missing[@]} missing package(s): ${missing[*]}"
    sd_note "(apt log: $log)"

    # Never stop at a question: no debconf prompts, keep existing config files.
    local -a apt_env=(env DEBIAN_FRONTEND=noninteractive DEBCONF_NONINTERACTIVE_SEEN=true NEEDRESTART_MODE=a)
    local -a apt_opts=(-y -q -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold)

    sd_quiet "$log" "${sudo[@]}" "${apt_env[@]}" apt-get update -q || return 1

    # Drop packages this Debian release does not have (no install candidate), with a warning,
    # rather than failing the whole install.
    local -a installable=()
    local pkg candidate
    for pkg in "${missing[@]}"; do
        candidate="$(apt-cache policy "$pkg" 2>/dev/null | awk '/Candidate:/ { print $2 }')"
        if [[ -z "$candidate" || "$candidate" == "(none)" ]]; then
            sd_warn "package '$pkg' is not available from apt here; skipping it"
        else
            installable+=("$pkg")
        fi
    done
    if ((${#installable[@]} == 0)); then
        rm -f "$log"
        return 0
    fi

    # Keep Debian from starting the system MariaDB/PostgreSQL services while installing:
    # our tests run their own throwaway servers on their own ports, and system daemons
    # would only eat memory and show up as stray processes. A policy-rc.d that exits 101
    # is Debian's documented way to say "don't start services"; we only add one when
    # none exists, and remove it again afterwards.
    local policy=/usr/sbin/policy-rc.d added_policy=0
    if [[ ! -e "$policy" ]]; then
        if printf '#!/bin/sh\n# added by StoreDesk scripts/common.sh during apt-get install\nexit 101\n' |
            "${sudo[@]}" tee "$policy" >/dev/null && "${sudo[@]}" chmod 755 "$policy"; then
            added_policy=1
        fi
    fi

    local rc=0
    sd_quiet "$log" "${sudo[@]}" "${apt_env[@]}" apt-get install "${apt_opts[@]}" --no-install-recommends \
        "${installable[@]}" || rc=$?

    if ((added_policy)); then
        "${sudo[@]}" rm -f "$policy" || true
    fi
    if ((rc != 0)); then
        sd_warn "apt-get install failed; see $log"
        return "$rc"
    fi
    sd_log "packages installed"
    rm -f "$log"
}

# --- build ------------------------------------------------------------------------------

# Configure the project (only when needed) for CMake, Ninja and ccache.
# Usage: sd_configure [build_dir]    (default: $SD_BUILD_DIR, i.e. <repo>/build)
sd_configure() {
    local build="${1:-$SD_BUILD_DIR}"
    # Make the build folder absolute so the caller's working directory does not matter.
    [[ "$build" == /* ]] || build="$PWD/$build"

    # ccache keeps compiled objects across builds (and across clones of the repo).
    if [[ -z "${CCACHE_DIR:-}" ]]; then
        local home="${HOME:-}"
        [[ -n "$home" ]] || home="$(getent passwd "$(id -u)" | cut -d: -f6)"
        export CCACHE_DIR="$home/.cache/ccache"
    fi
    mkdir -p "$CCACHE_DIR"

    # Configure when the build folder has never been configured for Ninja, or when extra
    # CMake arguments are given. Otherwise Ninja re-runs CMake by itself whenever a
    # CMakeLists.txt changed, so configuring again would only cost time.
    local -a extra=()
    if [[ -n "${SD_CMAKE_ARGS:-}" ]]; then
        read -r -a extra <<<"$SD_CMAKE_ARGS"
    fi
    if [[ ! -f "$build/build.ninja" || ${#extra[@]} -gt 0 ]]; then
        # A cache left by another generator (e.g. Unix Makefiles) would make -G Ninja fail.
        if [[ -f "$build/CMakeCache.txt" && ! -f "$build/build.ninja" ]]; then
            rm -rf "$build/CMakeCache.txt" "$build/CMakeFiles"
        fi
        local -a launcher=()
        if command -v ccache >/dev/null 2>&1; then
            launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
        fi
        sd_log "configuring ($build)"
        mkdir -p "$build"
        local -a quiet=(--log-level=WARNING)
        [[ "${SD_VERBOSE:-0}" == 1 ]] && quiet=()
        cmake -S "$SD_ROOT" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
            "${launcher[@]}" "${quiet[@]}" "${extra[@]}" >/dev/null ||
            sd_die "CMake configure failed (messages above)"
    fi
}

# Configure (only when needed) and build the project with CMake, Ninja and ccache.
# Usage: sd_build [build_dir [target...]]    (default: $SD_BUILD_DIR, all targets)
sd_build() {
    local build="${1:-$SD_BUILD_DIR}"
    [[ "$build" == /* ]] || build="$PWD/$build"
    (($# == 0)) || shift
    local -a targets=()
    local target
    for target in "$@"; do
        targets+=(--target "$target")
    done
    local jobs="${SD_JOBS:-2}"
    sd_configure "$build"

    if (($# > 0)); then
        sd_log "building $# target(s) ($jobs jobs)"
    else
        sd_log "building ($jobs jobs)"
    fi
    # ninja --quiet hides the [n/N] progress lines but still prints warnings, errors
    # and the FAILED: line of a failing step.
    local -a ninja_quiet=(-- --quiet)
    [[ "${SD_VERBOSE:-0}" == 1 ]] && ninja_quiet=()
    cmake --build "$build" --parallel "$jobs" "${targets[@]}" "${ninja_quiet[@]}" || sd_die "build failed (errors above)"
    sd_log "build done"
}

# --- sanitizers -------------------------------------------------------------------------

# The AddressSanitizer + UndefinedBehaviorSanitizer build (test.sh --sanitize, bench/load.sh).
SD_ASAN_BUILD_DIR="${SD_ASAN_BUILD_DIR:-$SD_ROOT/build-asan}"

# Configure $SD_ASAN_BUILD_DIR with STOREDESK_SANITIZE=ON (once; later calls only check).
sd_configure_sanitized() {
    local args="${SD_CMAKE_ARGS:-}"
    if ! grep -qx 'STOREDESK_SANITIZE:BOOL=ON' "$SD_ASAN_BUILD_DIR/CMakeCache.txt" 2>/dev/null; then
        args="-DSTOREDESK_SANITIZE=ON $args"
    fi
    SD_CMAKE_ARGS="$args" sd_configure "$SD_ASAN_BUILD_DIR"
}

# Export the run-time options of the sanitized programs: stop at the first error, stack traces,
# leak checking at exit with tests/sanitizers/lsan.supp. With a folder, reports are written
# there (one file per process: asan.<program>.<pid>) instead of to stderr. Options the caller
# already set come last and win: ASAN_OPTIONS=fast_unwind_on_malloc=0 gives leak reports whole
# allocation stacks through Qt and the system libraries (which have no frame pointers), at five
# to ten times the run time.
sd_sanitizer_env() {
    local log_dir="${1:-}" asan_log="" ubsan_log=""
    if [[ -n "$log_dir" ]]; then
        asan_log=":log_path=$log_dir/asan:log_exe_name=1"
        ubsan_log=":log_path=$log_dir/ubsan:log_exe_name=1"
    fi
    export ASAN_OPTIONS="detect_leaks=1:halt_on_error=1:check_initialization_order=1:strict_init_order=1$asan_log${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
    export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1$ubsan_log${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
    export LSAN_OPTIONS="suppressions=$SD_ROOT/tests/sanitizers/lsan.supp:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
}
