# shellcheck shell=bash
# SPDX-License-Identifier: MIT
#
# scripts/testdb.sh — throwaway MariaDB and PostgreSQL servers for the test suite.
#
# Source it, don't run it:
#     source scripts/testdb.sh
#     trap sd_stop_databases EXIT     # install the trap BEFORE starting the servers
#     sd_start_mariadb                # exports STOREDESK_TEST_MYSQL_URL
#     sd_start_postgres               # exports STOREDESK_TEST_PGSQL_URL
#     ...run tests...
#     sd_stop_databases               # idempotent, never fails
#
# Data lives under <build>/test-servers/ (see below), is created on the first run only and
# kept between runs, so a re-run starts in a second or two. Delete the folder to start afresh.
#
# Both servers listen on 127.0.0.1 only, on their own ports (defaults below; the next free
# port is taken when one is busy), so a system MariaDB/PostgreSQL on 3306/5432 does not matter.
# A server of ours left running by an earlier, killed run is found through its pid file and
# stopped before a new one starts.
#
# Environment knobs (all optional):
#     SD_MARIADB_PORT   first port to try for MariaDB     (default 33306)
#     SD_PGSQL_PORT     first port to try for PostgreSQL  (default 54329)
#     SD_BUILD_DIR      build folder holding test-servers/ (default <repo>/build)
# Exported after a start:
#     STOREDESK_TEST_MYSQL_URL  mysql://storedesk:storedesk@127.0.0.1:<port>/storedesk_test
#     STOREDESK_TEST_PGSQL_URL  postgresql://storedesk:storedesk@127.0.0.1:<port>/storedesk_test
#     SD_TESTDB_MARIADB_PORT, SD_TESTDB_PGSQL_PORT   the ports actually used

set -euo pipefail

# shellcheck source=scripts/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

SD_TESTDB_USER=storedesk
SD_TESTDB_PASSWORD=storedesk
SD_TESTDB_NAME=storedesk_test
SD_PG_BIN="${SD_PG_BIN:-/usr/lib/postgresql/15/bin}"

# --- helpers ----------------------------------------------------------------------------

# Folder for everything the test servers keep (absolute).
sd__testdb_base() {
    local build="$SD_BUILD_DIR"
    [[ "$build" == /* ]] || build="$PWD/$build"
    printf '%s/test-servers\n' "$build"
}

# A short, stable hash of a string (names fallback folders after the build path).
sd__short_hash() { printf '%s' "$1" | sha256sum | cut -c1-10; }

# True when something accepts TCP connections on 127.0.0.1:$1.
sd__port_in_use() {
    timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null
}

# Print the first free port at or after $1 (tries 50 ports).
sd__free_port() {
    local port="$1" tries=0
    if ! [[ "$port" =~ ^[0-9]+$ ]] || ((port < 1024 || port > 65535)); then
        printf 'error: bad port %s (expected 1024-65535)\n' "$port" >&2
        return 1
    fi
    while sd__port_in_use "$port"; do
        sd_note "port $port is busy (not one of our servers); trying $((port + 1))" >&2
        port=$((port + 1))
        tries=$((tries + 1))
        ((tries < 50)) || {
            printf 'error: no free port found from %s on\n' "$1" >&2
            return 1
        }
    done
    printf '%s\n' "$port"
}

# True when pid $1 is alive and its command name is $2 (guards against pid reuse).
sd__pid_is() {
    local pid="$1" name="$2" comm
    [[ "$pid" =~ ^[0-9]+$ ]] || return 1
    comm="$(cat "/proc/$pid/comm" 2>/dev/null)" || return 1
    [[ "$comm" == "$name" ]]
}

# Wait up to $2 seconds for pid $1 to exit; returns 1 if it is still alive.
sd__wait_exit() {
    local pid="$1" secs="$2" i
    for ((i = 0; i < secs * 10; i++)); do
        kill -0 "$pid" 2>/dev/null || return 0
        sleep 0.1
    done
    ! kill -0 "$pid" 2>/dev/null
}

# A Unix socket path is limited to ~107 bytes. Print $1 when the socket file name $2 fits
# inside it, else a short folder under /tmp named after a hash of $1.
sd__socket_dir() {
    local dir="$1" file="$2"
    if ((${#dir} + 1 + ${#file} < 100)); then
        printf '%s\n' "$dir"
    else
        printf '/tmp/storedesk-sock-%s\n' "$(sd__short_hash "$dir")"
    fi
}

# Print the last lines of a server log, indented, on stderr.
sd__log_tail() {
    local log="$1"
    printf '       last lines of %s:\n' "$log" >&2
    tail -n 30 "$log" 2>/dev/null | sed 's/^/       | /' >&2 || true
}

# --- MariaDB ----------------------------------------------------------------------------
#
# Layout: <base>/mariadb/{data/, mysqld.sock, mysqld.pid, mariadb.log, init.log}

sd__mariadb_paths() {
    SD_MDB_DIR="$(sd__testdb_base)/mariadb"
    SD_MDB_DATA="$SD_MDB_DIR/data"
    SD_MDB_PID="$SD_MDB_DIR/mysqld.pid"
    SD_MDB_LOG="$SD_MDB_DIR/mariadb.log"
    SD_MDB_SOCK="$(sd__socket_dir "$SD_MDB_DIR" mysqld.sock)/mysqld.sock"
}

# Stop our MariaDB if its pid file names a live mariadbd. Never fails.
sd__stop_mariadb() {
    sd__mariadb_paths
    local pid=""
    [[ -f "$SD_MDB_PID" ]] && pid="$(head -n1 "$SD_MDB_PID" 2>/dev/null || true)"
    if ! sd__pid_is "$pid" mariadbd; then
        rm -f "$SD_MDB_PID"
        return 0
    fi
    sd_log "stopping MariaDB (pid $pid)"
    # A clean shutdown through the socket first (root has no password on this private
    # server), then SIGTERM, then SIGKILL as the last resort.
    mariadb-admin --no-defaults --socket="$SD_MDB_SOCK" -uroot --connect-timeout=5 shutdown \
        >/dev/null 2>&1 || kill -TERM "$pid" 2>/dev/null || true
    if ! sd__wait_exit "$pid" 30; then
        kill -TERM "$pid" 2>/dev/null || true
        if ! sd__wait_exit "$pid" 15; then
            sd_warn "MariaDB (pid $pid) did not stop; killing it"
            kill -KILL "$pid" 2>/dev/null || true
            sd__wait_exit "$pid" 5 || true
        fi
    fi
    rm -f "$SD_MDB_PID"
    return 0
}

# Start a private MariaDB for the tests; exports STOREDESK_TEST_MYSQL_URL.
sd_start_mariadb() {
    local mariadbd installdb
    mariadbd="$(command -v mariadbd || echo /usr/sbin/mariadbd)"
    installdb="$(command -v mariadb-install-db || echo /usr/bin/mariadb-install-db)"
    [[ -x "$mariadbd" && -x "$installdb" ]] ||
        { sd_warn "MariaDB server not installed (mariadbd, mariadb-install-db): run sd_install_deps"; return 1; }

    sd__mariadb_paths
    # Ours already running and answering (another shell of this checkout started it): use it,
    # rather than restart it under whoever is testing against it.
    local running_pid="" running_port=""
    [[ -f "$SD_MDB_PID" ]] && running_pid="$(head -n1 "$SD_MDB_PID" 2>/dev/null || true)"
    [[ -f "$SD_MDB_DIR/port" ]] && running_port="$(head -n1 "$SD_MDB_DIR/port" 2>/dev/null || true)"
    if [[ -n "$running_port" ]] && sd__pid_is "$running_pid" mariadbd &&
        mariadb-admin --no-defaults --socket="$SD_MDB_SOCK" -uroot --connect-timeout=5 ping >/dev/null 2>&1; then
        export SD_TESTDB_MARIADB_PORT="$running_port"
        export STOREDESK_TEST_MYSQL_URL="mysql://$SD_TESTDB_USER:$SD_TESTDB_PASSWORD@127.0.0.1:$running_port/$SD_TESTDB_NAME"
        sd_note "MariaDB already running (pid $running_pid, port $running_port): using it"
        return 0
    fi
    # A server of ours still running from an earlier, killed run but not answering: stop it.
    sd__stop_mariadb
    rm -f "$SD_MDB_DIR/port"
    mkdir -p "$SD_MDB_DIR" "$(dirname "$SD_MDB_SOCK")"

    local user
    user="$(id -un)"

    # First run only: create the system tables. A marker file tells a finished init from
    # one that was interrupted half-way (which is wiped and done again).
    if [[ ! -f "$SD_MDB_DIR/.initialised" ]]; then
        sd_log "initialising MariaDB data ($SD_MDB_DATA)"
        rm -rf "$SD_MDB_DATA"
        mkdir -p "$SD_MDB_DATA"
        # --no-defaults must come first. root gets no password ('normal' authentication,
        # reachable through our private socket only); no 'test' database.
        if ! "$installdb" --no-defaults --datadir="$SD_MDB_DATA" --user="$user" \
            --auth-root-authentication-method=normal --skip-test-db \
            >"$SD_MDB_DIR/init.log" 2>&1; then
            printf 'error: mariadb-install-db failed\n' >&2
            sd__log_tail "$SD_MDB_DIR/init.log"
            return 1
        fi
        touch "$SD_MDB_DIR/.initialised"
    fi

    local port
    port="$(sd__free_port "${SD_MARIADB_PORT:-33306}")" || return 1

    sd_log "starting MariaDB on 127.0.0.1:$port"
    rm -f "$SD_MDB_SOCK"
    : >"$SD_MDB_LOG"
    # --no-defaults: ignore /etc/mysql entirely, so we set what Debian's config would:
    # utf8mb4 (MariaDB's built-in default is latin1). skip-name-resolve: match accounts by
    # IP, no DNS look-ups. No stdio is inherited: a server holding the caller's stdout open
    # would keep a CI pipe from closing. (A background job of a script ignores SIGINT, so a
    # Ctrl-C reaches the caller's trap, which shuts the server down cleanly.)
    "$mariadbd" --no-defaults \
        --datadir="$SD_MDB_DATA" \
        --socket="$SD_MDB_SOCK" \
        --port="$port" \
        --bind-address=127.0.0.1 \
        --pid-file="$SD_MDB_PID" \
        --skip-networking=0 \
        --skip-name-resolve \
        --character-set-server=utf8mb4 \
        --collation-server=utf8mb4_unicode_ci \
        --max-connections=200 \
        --innodb-buffer-pool-size=256M \
        --innodb-flush-log-at-trx-commit=2 \
        --log-error="$SD_MDB_LOG" \
        --user="$user" \
        </dev/null >>"$SD_MDB_LOG" 2>&1 &
    local pid=$!

    # Wait (60 s at most) until it answers on its socket; fail fast if it died.
    local i ok=0
    for ((i = 0; i < 600; i++)); do
        if mariadb-admin --no-defaults --socket="$SD_MDB_SOCK" -uroot --connect-timeout=2 ping \
            >/dev/null 2>&1; then
            ok=1
            break
        fi
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    if ((!ok)); then
        printf 'error: MariaDB did not come up on port %s\n' "$port" >&2
        sd__log_tail "$SD_MDB_LOG"
        kill -TERM "$pid" 2>/dev/null || true
        sd__wait_exit "$pid" 10 || kill -KILL "$pid" 2>/dev/null || true
        return 1
    fi

    # The test account, idempotently. Tests create a database per test program, hence
    # ALL PRIVILEGES ON *.* (CREATE/DROP DATABASE) with GRANT OPTION.
    local u="$SD_TESTDB_USER" p="$SD_TESTDB_PASSWORD" db="$SD_TESTDB_NAME" sql="" host
    for host in 127.0.0.1 localhost; do
        sql+="CREATE USER IF NOT EXISTS '$u'@'$host' IDENTIFIED BY '$p';"
        sql+="ALTER USER '$u'@'$host' IDENTIFIED BY '$p';"
        sql+="GRANT ALL PRIVILEGES ON *.* TO '$u'@'$host' WITH GRANT OPTION;"
    done
    sql+="CREATE DATABASE IF NOT EXISTS \`$db\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
    sql+="FLUSH PRIVILEGES;"
    if ! mariadb --no-defaults --socket="$SD_MDB_SOCK" -uroot -e "$sql" 2>"$SD_MDB_DIR/setup.err"; then
        printf 'error: could not create the MariaDB test account:\n' >&2
        sed 's/^/       | /' "$SD_MDB_DIR/setup.err" >&2
        return 1
    fi

    export SD_TESTDB_MARIADB_PORT="$port"
    export STOREDESK_TEST_MYSQL_URL="mysql://$u:$p@127.0.0.1:$port/$db"
    printf '%s\n' "$port" >"$SD_MDB_DIR/port"
    sd_note "MariaDB ready (pid $(head -n1 "$SD_MDB_PID" 2>/dev/null || echo "$pid"), data $SD_MDB_DATA)"
}

# --- PostgreSQL -------------------------------------------------------------------------
#
# initdb/postgres refuse to run as root. As root we run them as the 'postgres' system user
# (created by Debian's postgresql package), which needs a data folder it owns and search
# permission on every folder above it. A clone inside a root-owned mode-700 folder (mktemp -d)
# fails that, so there we fall back to /var/tmp/storedesk-test-pg-<hash of build path>.
#
# Layout: <pgdir>/{data/, run/ (socket), postgres.log}

# Run a command as the PostgreSQL server user (from / so an unreadable cwd doesn't matter).
sd__as_pg() {
    if ((EUID == 0)); then
        (cd / && runuser -u postgres -- "$@")
    else
        "$@"
    fi
}

# Where the PostgreSQL folder goes: <base>/postgres, or (as root, when the postgres user
# cannot reach <base>) the /var/tmp fallback. Sets SD_PG_DIR, SD_PG_DATA, SD_PG_LOG,
# SD_PG_SOCKDIR and SD_PG_FALLBACK. Creates <base> when run as root.
sd__postgres_paths() {
    local base
    base="$(sd__testdb_base)"
    SD_PG_DIR="$base/postgres"
    SD_PG_FALLBACK=0
    if ((EUID == 0)); then
        if ! getent passwd postgres >/dev/null 2>&1; then
            sd_warn "no 'postgres' system user (is the postgresql package installed?)"
            return 1
        fi
        mkdir -p "$base"
        # test -x on a folder needs search permission on all of its ancestors too.
        if ! (cd / && runuser -u postgres -- test -x "$base") 2>/dev/null; then
            SD_PG_DIR="$(sd__pg_fallback_dir)"
            SD_PG_FALLBACK=1
        fi
    fi
    sd__pg_set_paths "$SD_PG_DIR"
}

sd__pg_fallback_dir() { printf '/var/tmp/storedesk-test-pg-%s\n' "$(sd__short_hash "$(sd__testdb_base)")"; }

sd__pg_set_paths() {
    SD_PG_DIR="$1"
    SD_PG_DATA="$SD_PG_DIR/data"
    SD_PG_LOG="$SD_PG_DIR/postgres.log"
    SD_PG_SOCKDIR="$(sd__socket_dir "$SD_PG_DIR/run" .s.PGSQL.00000)"
}

# Each clone under a private folder (CI makes a fresh one per run) gets its own /var/tmp
# fallback; delete those whose build folder is gone and whose server is not running.
sd__prune_pg_fallbacks() {
    local dir owner pid
    for dir in /var/tmp/storedesk-test-pg-*; do
        [[ -f "$dir/owner" && "$dir" != "$SD_PG_DIR" ]] || continue
        owner="$(head -n1 "$dir/owner" 2>/dev/null || true)"
        [[ -n "$owner" && ! -e "$owner" ]] || continue
        pid="$(head -n1 "$dir/data/postmaster.pid" 2>/dev/null || true)"
        sd__pid_is "$pid" postgres && continue
        rm -rf "$dir" || true
    done
    return 0
}

# Stop our PostgreSQL, wherever its folder is (both candidate places are looked at, and
# nothing is created), if its postmaster.pid names a live postgres. Never fails.
sd__stop_postgres() {
    local dir pid
    for dir in "$(sd__testdb_base)/postgres" "$(sd__pg_fallback_dir)"; do
        pid=""
        [[ -f "$dir/data/postmaster.pid" ]] && pid="$(head -n1 "$dir/data/postmaster.pid" 2>/dev/null || true)"
        sd__pid_is "$pid" postgres || continue
        sd_log "stopping PostgreSQL (pid $pid)"
        sd__as_pg "$SD_PG_BIN/pg_ctl" -D "$dir/data" stop -m fast -w -t 30 >/dev/null 2>&1 ||
            sd__as_pg "$SD_PG_BIN/pg_ctl" -D "$dir/data" stop -m immediate -w -t 15 >/dev/null 2>&1 || true
        if ! sd__wait_exit "$pid" 5; then
            sd_warn "PostgreSQL (pid $pid) did not stop; killing it"
            kill -KILL "$pid" 2>/dev/null || true
            sd__wait_exit "$pid" 5 || true
        fi
    done
    return 0
}

# Start a private PostgreSQL 15 for the tests; exports STOREDESK_TEST_PGSQL_URL.
sd_start_postgres() {
    [[ -x "$SD_PG_BIN/initdb" && -x "$SD_PG_BIN/pg_ctl" ]] ||
        { sd_warn "PostgreSQL server not found in $SD_PG_BIN: run sd_install_deps"; return 1; }

    sd__postgres_paths || return 1
    if ((SD_PG_FALLBACK)); then
        sd_note "note: the postgres user cannot reach $(sd__testdb_base);"
        sd_note "      keeping PostgreSQL's test data in $SD_PG_DIR instead"
    fi
    # Ours already running and answering: use it (see sd_start_mariadb). postmaster.pid's
    # fourth line is its port.
    local running_pid="" running_port=""
    if [[ -f "$SD_PG_DATA/postmaster.pid" ]]; then
        running_pid="$(sed -n 1p "$SD_PG_DATA/postmaster.pid" 2>/dev/null || true)"
        running_port="$(sed -n 4p "$SD_PG_DATA/postmaster.pid" 2>/dev/null || true)"
    fi
    if [[ -n "$running_port" ]] && sd__pid_is "$running_pid" postgres &&
        "$SD_PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$running_port" -t 5 >/dev/null 2>&1; then
        export SD_TESTDB_PGSQL_PORT="$running_port"
        export STOREDESK_TEST_PGSQL_URL="postgresql://$SD_TESTDB_USER:$SD_TESTDB_PASSWORD@127.0.0.1:$running_port/$SD_TESTDB_NAME"
        sd_note "PostgreSQL already running (pid $running_pid, port $running_port): using it"
        return 0
    fi
    # A server of ours still running from an earlier, killed run but not answering: stop it.
    sd__stop_postgres

    if ((SD_PG_FALLBACK)); then sd__prune_pg_fallbacks; fi
    mkdir -p "$SD_PG_DIR" "$SD_PG_SOCKDIR"
    # Remember which build folder a /var/tmp fallback belongs to (see sd__prune_pg_fallbacks).
    if ((SD_PG_FALLBACK)); then sd__testdb_base >"$SD_PG_DIR/owner"; fi
    if ((EUID == 0)); then
        chown postgres: "$SD_PG_DIR" "$SD_PG_SOCKDIR"
        # A data folder left by a non-root run, or created before: the server user must own it.
        [[ -d "$SD_PG_DATA" ]] && chown -R postgres: "$SD_PG_DATA"
    fi

    # First run only. PG_VERSION is written at the end of initdb; a folder without it is
    # an interrupted init and is done again.
    if [[ ! -f "$SD_PG_DATA/PG_VERSION" ]]; then
        sd_log "initialising PostgreSQL data ($SD_PG_DATA)"
        rm -rf "$SD_PG_DATA"
        if ! sd__as_pg "$SD_PG_BIN/initdb" -D "$SD_PG_DATA" -U postgres --auth=trust \
            --encoding=UTF8 --locale=C.UTF-8 >"$SD_PG_DIR/init.log" 2>&1; then
            printf 'error: initdb failed\n' >&2
            sd__log_tail "$SD_PG_DIR/init.log"
            return 1
        fi
        ((EUID != 0)) || chown postgres: "$SD_PG_DIR/init.log"
    fi

    local port
    port="$(sd__free_port "${SD_PGSQL_PORT:-54329}")" || return 1

    sd_log "starting PostgreSQL on 127.0.0.1:$port"
    # Speed over durability: this data is thrown away. -w waits until it accepts connections.
    # pg_ctl puts the server in its own session and sends its output to the log file.
    local opts="-p $port -k $SD_PG_SOCKDIR -c listen_addresses=127.0.0.1 -c fsync=off"
    opts+=" -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
    if ! sd__as_pg "$SD_PG_BIN/pg_ctl" -D "$SD_PG_DATA" -l "$SD_PG_LOG" -o "$opts" -w -t 60 start \
        </dev/null >"$SD_PG_DIR/pg_ctl.out" 2>&1; then
        printf 'error: PostgreSQL did not come up on port %s\n' "$port" >&2
        sed 's/^/       | /' "$SD_PG_DIR/pg_ctl.out" >&2 || true
        sd__log_tail "$SD_PG_LOG"
        sd__stop_postgres
        return 1
    fi

    # The test role and database, idempotently. SUPERUSER: tests create and drop databases.
    local u="$SD_TESTDB_USER" p="$SD_TESTDB_PASSWORD" db="$SD_TESTDB_NAME"
    if ! "$SD_PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d postgres \
        >/dev/null 2>"$SD_PG_DIR/setup.err" <<SQL; then
DO \$\$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$u') THEN
        CREATE ROLE $u LOGIN SUPERUSER PASSWORD '$p';
    ELSE
        ALTER ROLE $u LOGIN SUPERUSER PASSWORD '$p';
    END IF;
END
\$\$;
SELECT 'CREATE DATABASE $db OWNER $u ENCODING ''UTF8'''
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$db') \gexec
SQL
        printf 'error: could not create the PostgreSQL test role/database:\n' >&2
        sed 's/^/       | /' "$SD_PG_DIR/setup.err" >&2
        return 1
    fi

    export SD_TESTDB_PGSQL_PORT="$port"
    export STOREDESK_TEST_PGSQL_URL="postgresql://$u:$p@127.0.0.1:$port/$db"
    sd_note "PostgreSQL ready (data $SD_PG_DATA)"
}

# --- both -------------------------------------------------------------------------------

# Stop both test servers. Idempotent and never fails, so it is safe in an EXIT trap.
sd_stop_databases() {
    sd__stop_mariadb || true
    sd__stop_postgres || true
    return 0
}
