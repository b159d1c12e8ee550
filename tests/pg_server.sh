#!/bin/sh
# A throwaway PostgreSQL cluster for the test suite, on the loopback address.
#
#   url=$(tests/pg_server.sh start)      # prints postgresql+psycopg://barometer@127.0.0.1:PORT/postgres
#   BAROMETER_TEST_PG_URL=$url python -m pytest ...
#   tests/pg_server.sh stop
#
# Uses Debian's postgresql package (/usr/lib/postgresql/*/bin). The cluster
# lives in a temporary folder, trusts loopback connections (nothing but the
# tests can reach it) except for members of the role password_login, who
# need a password, and is removed by `stop`. initdb refuses to run as
# root, so as root the server runs as the `postgres` system user.
set -eu

STATE="${BAROMETER_PG_STATE:-${TMPDIR:-/tmp}/barometer-test-pg.state}"

bindir() {
    for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        if [ -x "$dir/initdb" ]; then echo "$dir"; return 0; fi
    done
    echo "pg_server.sh: PostgreSQL is not installed (apt-get install postgresql)" >&2
    exit 1
}

as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

start() {
    bin=$(bindir)
    if [ -f "$STATE" ]; then stop >/dev/null 2>&1 || true; fi
    base="${BAROMETER_PG_DIR:-${TMPDIR:-/tmp}}"
    if [ "$(id -u)" = 0 ] && ! runuser -u postgres -- test -w "$base" 2>/dev/null; then
        base=/tmp  # the server's user must reach its folder
    fi
    folder=$(mktemp -d "$base/barometer-pg.XXXXXX")
    chmod 755 "$folder"
    if [ "$(id -u)" = 0 ]; then chown postgres "$folder"; fi
    port=$(free_port)
    as_owner "$bin/initdb" -D "$folder/data" -U barometer --auth=trust -E UTF8 --locale=C.UTF-8 >"$folder/initdb.log" 2>&1 \
        || { cat "$folder/initdb.log" >&2; exit 1; }
    # Members of the role password_login must log in with a password (the
    # first matching line wins), so the tests can try the pgpass path the way
    # a real server requires it; everyone else is trusted.
    as_owner sh -c "{ echo 'host all +password_login 127.0.0.1/32 scram-sha-256'; cat '$folder/data/pg_hba.conf'; } \
        >'$folder/data/pg_hba.new' && mv '$folder/data/pg_hba.new' '$folder/data/pg_hba.conf'"
    as_owner "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w -t 60 \
        -o "-h 127.0.0.1 -p $port -k $folder -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        start >/dev/null || { cat "$folder/server.log" >&2; exit 1; }
    printf '%s\n%s\n' "$folder" "$port" >"$STATE"
    echo "postgresql+psycopg://barometer@127.0.0.1:$port/postgres"
}

stop() {
    [ -f "$STATE" ] || { echo "pg_server.sh: no test server is running" >&2; return 0; }
    folder=$(sed -n 1p "$STATE")
    bin=$(bindir)
    as_owner "$bin/pg_ctl" -D "$folder/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$folder" "$STATE"
}

case "${1:-start}" in
    start) start ;;
    stop) stop ;;
    *) echo "usage: $0 [start|stop]" >&2; exit 2 ;;
esac
