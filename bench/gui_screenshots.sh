#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# bench/gui_screenshots.sh — PNGs of every desktop screen, for the README.
#
#     bench/gui_screenshots.sh [OUT_DIR]      (default: resources/screenshots)
#
# Makes a demo store (200 orders, seed 42) in a temporary folder, starts `storedesk --screenshots`
# under Xvfb, which shows each screen with a row selected and saves the window as OUT_DIR/<screen>.png
# (products, inventory, sales, customers, dashboard, analytics, and three dialogs), once in English
# and once in German (OUT_DIR/de/<screen>.png).
# Builds nothing: the binaries come from $BUILD_DIR/app (default: build/ under the repository root).

set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${BUILD_DIR:-$root/build}"
out="${1:-$root/resources/screenshots}"
[[ "$out" == /* ]] || out="$PWD/$out"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$build/app/storedesk-server" --database "sqlite:///$work/demo.db" demo-data >/dev/null
# In English, then in German (OUT_DIR/de): the language is the saved setting the app starts with.
for language in en de; do
    config="$work/config-$language"
    mkdir -p "$config/StoreDesk"
    printf '[ui]\nlanguage=%s\n' "$language" >"$config/StoreDesk/StoreDesk.conf"
    target="$out"
    [[ "$language" == en ]] || target="$out/$language"
    mkdir -p "$target"
    XDG_CONFIG_HOME="$config" XDG_RUNTIME_DIR="$work" \
        xvfb-run -a -s "-screen 0 1400x900x24" "$build/app/storedesk" --database "sqlite:///$work/demo.db" --screenshots "$target"
done
