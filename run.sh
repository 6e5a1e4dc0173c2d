#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# run.sh — build StoreDesk and start it on a demo database.
#
# Usage:
#     ./run.sh [args...]           # extra arguments go to the program started
#
# Database: $DATABASE_URL when set; otherwise the SQLite file $STOREDESK_DB
# (default: storedesk.db in the repository folder). When that SQLite file does not exist
# yet, it is created and filled with demo data first.
#
# What starts:
#   - the desktop GUI (build/app/storedesk) when it has been built and a display
#     ($DISPLAY or $WAYLAND_DISPLAY) is there;
#   - else the HTTP API server (storedesk-server serve) once that sub-command exists;
#   - else a message saying where the demo database is and what can be run so far.

set -euo pipefail

# shellcheck source=scripts/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/scripts/common.sh"

sd_install_deps
sd_build "$SD_BUILD_DIR"

server="$SD_BUILD_DIR/app/storedesk-server"
gui="$SD_BUILD_DIR/app/storedesk"
[[ -x "$server" ]] || sd_die "$server was not built"

# Which database, and (for SQLite) which file.
db_file=""
if [[ -n "${DATABASE_URL:-}" ]]; then
    url="$DATABASE_URL"
    case "$url" in
    sqlite:///* | sqlite3:///*)
        # sqlite:///relative.db or sqlite:////abs/path.db (relative to the current folder)
        db_file="${url#*:///}"
        db_file="${db_file%%\?*}"
        ;;
    esac
else
    db_file="${STOREDESK_DB:-$SD_ROOT/storedesk.db}"
    [[ "$db_file" == /* ]] || db_file="$PWD/$db_file"
    # sqlite:/// + /abs/path gives the four-slash absolute form.
    url="sqlite:///$db_file"
fi

# First run: fill a new SQLite file with demo data. demo-data refuses a non-empty
# database, so an existing file is left as it is.
if [[ -n "$db_file" && "$db_file" != ":memory:" && ! -e "$db_file" ]]; then
    sd_log "creating the demo database $db_file"
    if ! "$server" --database "$url" demo-data; then
        # Don't leave a half-filled file behind: the next run would skip the seeding.
        rm -f "$db_file" "$db_file-wal" "$db_file-shm" "$db_file-journal"
        sd_die "demo-data failed"
    fi
elif [[ -z "$db_file" ]]; then
    sd_note "DATABASE_URL is not SQLite: not seeding it. To fill an empty database with demo data:"
    sd_note "    $server --database \"\$DATABASE_URL\" demo-data"
fi

display="${DISPLAY:-}${WAYLAND_DISPLAY:-}"
if [[ -x "$gui" && -n "$display" ]]; then
    sd_log "starting the desktop app"
    exec "$gui" --database "$url" "$@"
fi

# Does the serve sub-command exist in this build? Its --help succeeds only then.
serve_available() {
    timeout 20 "$server" serve --help </dev/null >/dev/null 2>&1
}
if serve_available; then
    sd_log "starting the API server"
    exec "$server" --database "$url" serve "$@"
fi

# Neither could start: say where things stand. (Passwords in the URL are masked.)
if [[ -n "$db_file" ]]; then
    db_arg="'$url'"
    where="Demo database: $db_file"
else
    # shellcheck disable=SC2016 # shown literally, for the reader to run
    db_arg='"$DATABASE_URL"'
    where="Database:      $(printf '%s' "$url" | sd_mask_urls)"
fi
if [[ -x "$gui" ]]; then
    gui_line="The desktop app is built but there is no display (\$DISPLAY / \$WAYLAND_DISPLAY);"
    gui_line+=$'\n'"    start it on one with: $gui --database $db_arg"
else
    gui_line="The desktop app (build/app/storedesk) comes with later work."
fi
cat <<MSG
==> StoreDesk is built, but there is nothing to start here yet.
    $where
    Version:       $("$server" version 2>/dev/null | sed '2,$s/^/                   /' || echo unknown)
    What the server binary can do so far:
        $server version
        $server --database $db_arg migrate
        $server --database $db_arg demo-data [--reset]
    The HTTP API server (storedesk-server serve) comes with later work.
    $gui_line
    Run ./run.sh again once they are built.
MSG
