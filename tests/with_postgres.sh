#!/usr/bin/env bash
# Runs a command (the test suite) beside a throwaway PostgreSQL server, whose URL it exports as
# STANCEBOT_TEST_PG; the server and its folder are gone when the command ends. PostgreSQL comes
# from Debian's packages, installed when missing and this runs as root. Where no server can be
# started, the command still runs, and the PostgreSQL tests say loudly that they were skipped.
set -uo pipefail

say() { echo "with_postgres: $*" >&2; }

find_bin() {
    local found
    found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    if [[ -z "$found" && "$(id -u)" == 0 ]] && command -v apt-get >/dev/null; then
        say "installing PostgreSQL from Debian's packages"
        { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql; } >&2 \
            || say "could not install postgresql"
        found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    fi
    echo "$found"
}

start() {
    local bin=$1 run=()
    folder=$(mktemp -d /tmp/stancebot-pg.XXXXXX)
    if [[ "$(id -u)" == 0 ]]; then  # PostgreSQL refuses to run as root: its own user runs it
        id postgres >/dev/null 2>&1 || return 1
        chown postgres "$folder"
        run=(runuser -u postgres --)
    fi
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    "${run[@]}" "$bin/initdb" -D "$folder/data" -U stancebot -A trust -E UTF8 --locale=C >"$folder/initdb.log" 2>&1 \
        || { cat "$folder/initdb.log" >&2; return 1; }
    # A test server: durability is not wanted, speed is.
    "${run[@]}" "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w -t 60 \
        -o "-p $port -k $folder -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        start >/dev/null || { cat "$folder/server.log" >&2; return 1; }
    "${run[@]}" "$bin/createdb" -h 127.0.0.1 -p "$port" -U stancebot stancebot_test || return 1
    export STANCEBOT_TEST_PG="postgresql://stancebot@127.0.0.1:$port/stancebot_test"
}

stop() {
    [[ -n "${folder:-}" && -d "$folder/data" ]] || return 0
    if [[ "$(id -u)" == 0 ]]; then
        runuser -u postgres -- "$bin/pg_ctl" -D "$folder/data" -m immediate stop >/dev/null 2>&1
    else
        "$bin/pg_ctl" -D "$folder/data" -m immediate stop >/dev/null 2>&1
    fi
    rm -rf "$folder"
}

folder=""
if [[ -n "${STANCEBOT_TEST_PG:-}" ]]; then
    say "using the server of STANCEBOT_TEST_PG"
else
    bin=$(find_bin)
    if [[ -z "$bin" ]]; then
        say "no PostgreSQL found (and none could be installed): its tests will be SKIPPED"
    elif start "$bin"; then
        trap stop EXIT
        say "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on port $port"
    else
        say "PostgreSQL could not be started: its tests will be SKIPPED"
        stop
    fi
fi
"$@"
