#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# test_server_cli.sh — black-box tests of the storedesk-server command line.
#
# Usage: bash tests/cli/test_server_cli.sh path/to/storedesk-server
#
# Runs the program in a throwaway directory (HOME and the XDG folders point inside it, so the
# user's settings and data folder are never read or written) and prints one line per check:
# "ok - <description>" or "not ok - <description>" followed by the exit code, stdout and stderr
# of the run. Ends with "N passed, M failed"; the exit status is non-zero if any check failed.
# Needs the sqlite3 command-line shell to look inside the databases it creates.

# Conditions are passed to check() in single quotes and evaluated there, so the variables they
# name are read late on purpose.
# shellcheck disable=SC2016,SC2034

set -euo pipefail

if [[ $# -ne 1 || ! -x "$1" ]]; then
    echo "usage: $0 path/to/storedesk-server" >&2
    exit 2
fi
BIN=$(realpath "$1")
# The newest schema version: the number of the last migration file in the source tree.
MIGRATIONS="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../database/migrations" && pwd)"
LATEST=$(basename "$(ls "$MIGRATIONS"/*.sql | sort | tail -1)" | sed 's/_.*//; s/^0*//')
if ! command -v sqlite3 >/dev/null; then
    echo "not ok - the sqlite3 command-line shell is required (apt-get install sqlite3)"
    echo "0 passed, 1 failed"
    exit 1
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/storedesk-cli.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/home" "$WORK/run"
cd "$WORK/run"
RUN_DIR=$(pwd -P)

# Isolation: no configuration from the caller's environment, settings or data folder.
export HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/home/.config" XDG_DATA_HOME="$WORK/home/.local/share"
for key in DATABASE_URL API_V1_STR PROJECT_NAME STOREDESK_HOST STOREDESK_PORT STOREDESK_API_TOKEN \
           RATE_LIMIT_PER_MINUTE STORE_TIMEZONE STORE_CURRENCY LOW_STOCK_THRESHOLD \
           STOREDESK_CORS_ORIGINS STOREDESK_TLS_CERT STOREDESK_TLS_KEY; do
    unset "$key"
done
export LC_ALL=C.UTF-8

PASSED=0
FAILED=0
RC=0
OUT=""
ERR=""
LAST_CMD=""

# run [KEY=value ...] [--] ARGS... — runs the program with the given extra environment and
# arguments, stdin closed; sets RC, OUT and ERR. Never fails the script.
run() {
    local -a envs=()
    while [[ $# -gt 0 && "$1" =~ ^[A-Z_][A-Z0-9_]*= ]]; do
        envs+=("$1")
        shift
    done
    [[ "${1:-}" == "--" ]] && shift
    LAST_CMD="${envs[*]:+${envs[*]} }storedesk-server $*"
    RC=0
    timeout 120 env ${envs[@]+"${envs[@]}"} "$BIN" "$@" >"$WORK/stdout" 2>"$WORK/stderr" </dev/null || RC=$?
    OUT=$(<"$WORK/stdout")
    ERR=$(<"$WORK/stderr")
}

pass() {
    PASSED=$((PASSED + 1))
    echo "ok - $1"
}

fail() {
    FAILED=$((FAILED + 1))
    echo "not ok - $1"
    {
        echo "command: $LAST_CMD"
        echo "exit code: $RC"
        echo "stdout:"
        printf '%s\n' "$OUT"
        echo "stderr:"
        printf '%s\n' "$ERR"
        if [[ -n "$DETAIL" ]]; then
            printf '%s\n' "$DETAIL"
        fi
    } | sed 's/^/#   /'
    DETAIL=""
}

# check "description" 'condition' — the condition is evaluated in this shell (it sees RC, OUT,
# ERR and the helpers below); a check that needs more context sets DETAIL before failing.
DETAIL=""
check() {
    local desc=$1
    shift
    if eval "$*"; then
        pass "$desc"
    else
        fail "$desc"
    fi
    DETAIL=""
}

out_has() { [[ "$OUT" == *"$1"* ]]; }
out_one_line() { [[ -n "$OUT" && "$OUT" != *$'\n'* ]]; }
err_has() { [[ "$ERR" == *"$1"* ]]; }
nothing_has() { [[ "$OUT" != *"$1"* && "$ERR" != *"$1"* ]]; }

# One clear line: non-zero exit (or exactly $1), nothing on stdout, exactly one line on stderr
# that starts with "storedesk-server:", and no sign of a crash or a trace.
one_line_error() {
    local want=${1:-}
    if [[ -n "$want" ]]; then
        [[ "$RC" -eq "$want" ]] || { DETAIL="expected exit code $want"; return 1; }
    else
        [[ "$RC" -ne 0 ]] || { DETAIL="expected a non-zero exit code"; return 1; }
    fi
    [[ "$RC" -ne 124 && "$RC" -lt 128 ]] || { DETAIL="timed out or killed by a signal"; return 1; }
    [[ -z "$OUT" ]] || { DETAIL="expected nothing on stdout"; return 1; }
    [[ "$(wc -l <"$WORK/stderr")" -eq 1 && "$ERR" != *$'\n'* && "$ERR" != *$'\r'* ]] \
        || { DETAIL="expected exactly one line on stderr"; return 1; }
    [[ "$ERR" == "storedesk-server: "?* ]] || { DETAIL="expected the line to start with 'storedesk-server: '"; return 1; }
    local word
    for word in Segmentation "core dumped" Aborted "terminate called" "Stack trace" "#0 " "what():" \
                QSqlDatabase QObject:: "QCommandLineParser"; do
        nothing_has "$word" || { DETAIL="output contains '$word'"; return 1; }
    done
}

sql() { sqlite3 -batch -noheader "$1" "$2"; }

table_counts() {
    local db=$1 table line=""
    for table in categories products inventory inventory_history customers sales sale_items; do
        line+="$table=$(sql "$db" "SELECT count(*) FROM $table") "
    done
    printf '%s' "${line% }"
}

# Orders whose total is not the sum of their lines (quantity × unit_price − discount).
MISMATCH_SQL="SELECT count(*) FROM sales s
 WHERE s.total_amount <> (SELECT coalesce(sum(i.quantity * i.unit_price - i.discount), 0)
                            FROM sale_items i WHERE i.sale_id = s.id)
    OR NOT EXISTS (SELECT 1 FROM sale_items i WHERE i.sale_id = s.id)"

# Everything a seed decides; created_at/order_date follow the clock, so they are left out.
seeded_content() {
    local db=$1
    sql "$db" "SELECT id, name, description, sku, price, category_id FROM products ORDER BY id"
    sql "$db" "SELECT id, product_id, location, quantity, low_stock_threshold FROM inventory ORDER BY id"
    sql "$db" "SELECT id, name, email, phone, address FROM customers ORDER BY id"
    sql "$db" "SELECT id, customer_id, total_amount, platform, status FROM sales ORDER BY id"
    sql "$db" "SELECT id, sale_id, product_id, quantity, unit_price, discount FROM sale_items ORDER BY id"
}

# --------------------------------------------------------------------------------------------
# version

run version
check "version: exit 0, prints the program version and 'schema version $LATEST'" \
    '[[ $RC -eq 0 && "$OUT" =~ storedesk-server\ [0-9]+\.[0-9]+\.[0-9]+ ]] && out_has "schema version $LATEST" && [[ -z "$ERR" ]]'

# --------------------------------------------------------------------------------------------
# migrate: relative and absolute SQLite URLs, twice

run --database sqlite:///rel.db migrate
check "migrate sqlite:///rel.db on a new file: exit 0, says it applied migrations" \
    '[[ $RC -eq 0 ]] && out_has "applied" && out_has "$RUN_DIR/rel.db"'
check "migrate sqlite:///rel.db created rel.db relative to the working directory" '[[ -s rel.db ]]'
run --database sqlite:///rel.db migrate
check "migrate sqlite:///rel.db again: exit 0, says the schema is up to date" \
    '[[ $RC -eq 0 ]] && out_has "up to date" && ! out_has "applied"'

mkdir -p "$WORK/abs"
ABS_DB="$WORK/abs/path.db"
run --database "sqlite:///$ABS_DB" migrate
check "migrate sqlite:////abs/path.db on a new file: exit 0, says it applied migrations" \
    '[[ $RC -eq 0 ]] && out_has "applied" && [[ -s "$ABS_DB" ]]'
run --database "sqlite:///$ABS_DB" migrate
check "migrate sqlite:////abs/path.db again: exit 0, says the schema is up to date" \
    '[[ $RC -eq 0 ]] && out_has "up to date"'
check "migrate recorded schema version $LATEST in schema_migrations" \
    '[[ "$(sql "$ABS_DB" "SELECT max(version) FROM schema_migrations")" == "$LATEST" ]]'

# --------------------------------------------------------------------------------------------
# demo-data

run --database sqlite:///demo.db demo-data
check "demo-data on a fresh database: exit 0, summary names 200 sales, 40 products, 20 customers" \
    '[[ $RC -eq 0 ]] && out_has "200 sales" && out_has "40 products" && out_has "20 customers" && out_one_line'
check "demo-data shows no progress when stderr is not a terminal" '[[ -z "$ERR" ]]'
COUNTS=$(table_counts demo.db)
DETAIL="counts: $COUNTS"
check "demo-data wrote 8 categories, 40 products, 40 inventory rows, 20 customers, 200 sales" \
    '[[ "$COUNTS" == "categories=8 products=40 inventory=40 "*" customers=20 sales=200 "* ]]'
DETAIL="mismatching orders: $(sql demo.db "$MISMATCH_SQL")"
check "demo-data: every order total equals the sum of quantity*unit_price-discount over its lines" \
    '[[ "$(sql demo.db "$MISMATCH_SQL")" == 0 ]]'

run --database sqlite:///demo.db demo-data
check "demo-data into a non-empty database without --reset: one-line error mentioning --reset" \
    'one_line_error && err_has "--reset"'
DETAIL="before: $COUNTS"$'\n'"after:  $(table_counts demo.db)"
check "demo-data refused: the table counts are unchanged" '[[ "$(table_counts demo.db)" == "$COUNTS" ]]'

run --database sqlite:///demo.db demo-data --reset --seed 7 --sales 50
check "demo-data --reset --seed 7 --sales 50: exit 0, summary names 50 sales" \
    '[[ $RC -eq 0 ]] && out_has "50 sales" && out_has "seed 7"'
DETAIL="counts: $(table_counts demo.db)"
check "demo-data --reset replaced the data: 50 sales, 40 products, 20 customers" \
    '[[ "$(sql demo.db "SELECT count(*) FROM sales")" == 50 && "$(sql demo.db "SELECT count(*) FROM products")" == 40 && "$(sql demo.db "SELECT count(*) FROM customers")" == 20 ]]'
check "demo-data --reset: order totals still match their lines" '[[ "$(sql demo.db "$MISMATCH_SQL")" == 0 ]]'

# Progress on a terminal: run under a pseudo-terminal with script(1) when it is available.
if command -v script >/dev/null; then
    LAST_CMD="script -qec 'storedesk-server --database sqlite:///tty.db demo-data' /dev/null"
    RC=0
    OUT=$(timeout 120 script -qec "$(printf '%q ' "$BIN" --database sqlite:///tty.db demo-data)" /dev/null </dev/null 2>&1) || RC=$?
    ERR=""
    check "demo-data on a terminal shows progress, then the summary" \
        '[[ $RC -eq 0 ]] && out_has "generating orders" && out_has "200 sales"'
fi

# --------------------------------------------------------------------------------------------
# The same seed gives the same store.

run --database sqlite:///seed-a.db demo-data --seed 11
RC_A=$RC
run --database sqlite:///seed-b.db demo-data --seed 11
RC_B=$RC
run --database sqlite:///seed-c.db demo-data --seed 12
RC_C=$RC
SEED_A=$(seeded_content seed-a.db)
SEED_B=$(seeded_content seed-b.db)
SEED_C=$(seeded_content seed-c.db)
DETAIL=$(diff <(printf '%s\n' "$SEED_A") <(printf '%s\n' "$SEED_B") | head -20 || true)
check "demo-data --seed 11 twice: identical products, inventory, customers, sales and sale_items" \
    '[[ $RC_A -eq 0 && $RC_B -eq 0 && -n "$SEED_A" && "$SEED_A" == "$SEED_B" ]]'
check "demo-data --seed 12 gives a different store than --seed 11" '[[ $RC_C -eq 0 && "$SEED_A" != "$SEED_C" ]]'

# --------------------------------------------------------------------------------------------
# Bad input: one line on stderr, a non-zero exit, distinct codes for config (2),
# an unreachable database (3) and a newer schema (4).

run --database foo://x migrate
check "--database foo://x: one-line error, exit 2 (bad configuration)" 'one_line_error 2 && err_has "foo"'

run --database sqlite://relative.db migrate
check "--database sqlite://relative.db (two slashes): one-line error, exit 2" 'one_line_error 2 && err_has "sqlite:///"'
check "--database sqlite://relative.db created no file" '[[ ! -e relative.db && ! -e db ]]'

run --database 'mysql://u:secretpw@127.0.0.1:1/db' migrate
check "unreachable MySQL server: one-line error, exit 3 (unreachable database)" 'one_line_error 3'
check "unreachable MySQL server: the password does not appear in the output" 'nothing_has secretpw'

run --database 'postgresql://u:p@127.0.0.1:1/db' migrate
check "unreachable PostgreSQL server: one-line error, exit 3 (unreachable database)" 'one_line_error 3'

run --database sqlite:////nonexistent-dir/x.db migrate
check "SQLite file in a folder that does not exist: one-line error, exit 3" \
    'one_line_error 3 && err_has "/nonexistent-dir" && [[ ! -e /nonexistent-dir ]]'

run --database sqlite:///demo.db demo-data --sales -5
check "demo-data --sales -5: one-line error naming --sales, exit 2" 'one_line_error 2 && err_has "--sales"'

run --database sqlite:///demo.db demo-data --sales abc
check "demo-data --sales abc: one-line error naming --sales, exit 2" 'one_line_error 2 && err_has "--sales"'

run --database sqlite:///fresh-bad-seed.db demo-data --seed -1
check "demo-data --seed -1: one-line error naming --seed, exit 2, no file written" \
    'one_line_error 2 && err_has "--seed" && [[ ! -e fresh-bad-seed.db ]]'

run frobnicate
check "unknown command: one-line error naming it, exit 2" 'one_line_error 2 && err_has "frobnicate"'

run --database sqlite:///rel.db migrate --bogus-option
check "unknown option: one-line error naming it, exit 2" 'one_line_error 2 && err_has "bogus-option"'

run --database sqlite:///rel.db export-sample-data
check "export-sample-data without --out: one-line error naming --out, exit 2" 'one_line_error 2 && err_has "--out"'

run serve --help
check "serve --help: exit 0, lists --host, --port and --api-token" \
    '[[ $RC -eq 0 ]] && out_has "--port" && out_has "--host" && out_has "--api-token"'

run --database sqlite:///rel.db serve --port notaport
check "serve --port notaport: one-line error naming STOREDESK_PORT, exit 2" 'one_line_error 2 && err_has "STOREDESK_PORT"'

run --help
check "--help: exit 0, lists the commands" '[[ $RC -eq 0 ]] && out_has "migrate" && out_has "demo-data"'

# --------------------------------------------------------------------------------------------
# Configuration sources: flag > environment > .env file.

mkdir -p "$WORK/envdir"
cd "$WORK/envdir"

run DATABASE_URL=foo://x -- migrate
check "DATABASE_URL=foo://x in the environment: the same one-line error, exit 2" \
    'one_line_error 2 && err_has "foo"'

run DATABASE_URL=foo://x -- --database sqlite:///flag-over-env.db migrate
check "--database overrides a bad DATABASE_URL from the environment" \
    '[[ $RC -eq 0 && -s flag-over-env.db ]]'

printf '# local settings\nDATABASE_URL=sqlite:///fromenv.db\n' >.env
run migrate
check ".env in the working directory is honoured: migrate creates fromenv.db" \
    '[[ $RC -eq 0 && -s fromenv.db ]] && out_has "fromenv.db"'

run --database sqlite:///fromflag.db migrate
check "--database overrides DATABASE_URL from .env" \
    '[[ $RC -eq 0 && -s fromflag.db ]] && out_has "fromflag.db" && ! out_has "fromenv.db"'

run DATABASE_URL=sqlite:///fromvar.db -- migrate
check "DATABASE_URL from the environment overrides .env" \
    '[[ $RC -eq 0 && -s fromvar.db ]] && out_has "fromvar.db"'

printf 'DATABASE_URL=sqlite:///other.db\n' >other.env
run --env-file other.env migrate
check "--env-file PATH is read instead of ./.env" '[[ $RC -eq 0 && -s other.db ]] && out_has "other.db"'

run STOREDESK_PORT=abc -- migrate
check "STOREDESK_PORT=abc in the environment: one-line error naming STOREDESK_PORT, exit 2" \
    'one_line_error 2 && err_has "STOREDESK_PORT"'

printf 'DATABASE_URL=sqlite:///fromenv.db\nSTOREDESK_PORT=99999\n' >.env
run migrate
check "STOREDESK_PORT=99999 in .env: one-line error naming STOREDESK_PORT, exit 2" \
    'one_line_error 2 && err_has "STOREDESK_PORT"'
rm -f .env

cd "$WORK/run"

# --------------------------------------------------------------------------------------------
# A database with a newer schema is refused and left alone.

run --database sqlite:///newer.db migrate
sql newer.db "INSERT INTO schema_migrations VALUES (999, 'future', '2030-01-01 00:00:00')"
TABLES_BEFORE=$(sql newer.db .tables)
DUMP_BEFORE=$(sql newer.db .dump)
run --database sqlite:///newer.db migrate
check "migrate on a database with a newer schema: one-line error mentioning 'newer', exit 4" \
    'one_line_error 4 && err_has "newer"'
DETAIL="tables before: $TABLES_BEFORE"$'\n'"tables after:  $(sql newer.db .tables)"
check "newer schema: the table list is unchanged" '[[ "$(sql newer.db .tables)" == "$TABLES_BEFORE" ]]'
check "newer schema: row 999 is still in schema_migrations" \
    '[[ "$(sql newer.db "SELECT name FROM schema_migrations WHERE version = 999")" == future ]]'
check "newer schema: the database content is unchanged" '[[ "$(sql newer.db .dump)" == "$DUMP_BEFORE" ]]'
run --database sqlite:///newer.db demo-data
check "demo-data on a database with a newer schema: one-line error, exit 4, nothing written" \
    'one_line_error 4 && err_has "newer" && [[ "$(sql newer.db .dump)" == "$DUMP_BEFORE" ]]'

# --------------------------------------------------------------------------------------------

echo "$PASSED passed, $FAILED failed"
[[ $FAILED -eq 0 ]]
