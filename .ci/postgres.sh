#!/usr/bin/env bash
# A throwaway PostgreSQL server for StageDesk's tests: one cluster in a temporary folder,
# listening on 127.0.0.1 only, on a free port, trusting local connections.
#
#   eval "$(.ci/postgres.sh start)"   # starts it; prints the export lines for the tests
#   uv run pytest                     # the persistence tests now run on both databases
#   .ci/postgres.sh stop              # stops it and removes the folder
#
# STAGEDESK_PG_DIR chooses the folder (default: /tmp/stagedesk-postgres-$USER).
# Installs PostgreSQL with apt-get when no server binaries are found (root only).
# PostgreSQL refuses to run as root: as root, the server runs as the "postgres" user.
set -euo pipefail

STATE="${STAGEDESK_PG_DIR:-/tmp/stagedesk-postgres-$(id -un)}"
DATA="$STATE/data"
ROLE=stagedesk

log() { echo "postgres.sh: $*" >&2; }

find_bindir() {
    local dir
    for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        if [[ -x "$dir/initdb" && -x "$dir/pg_ctl" ]]; then
            echo "$dir"
            return 0
        fi
    done
    if command -v pg_ctl >/dev/null && command -v initdb >/dev/null; then
        dirname "$(command -v pg_ctl)"
        return 0
    fi
    return 1
}

install_server() {
    if [[ $(id -u) -ne 0 ]]; then
        log "no PostgreSQL server found; install it (apt-get install postgresql) and retry"
        exit 1
    fi
    log "installing PostgreSQL"
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
}

# Run a server program as the user that owns the cluster.
as_owner() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

start() {
    local bin port
    bin=$(find_bindir) || { install_server; bin=$(find_bindir); }
    if [[ -f "$DATA/postmaster.pid" ]]; then
        log "a server is already running in $STATE; stop it first"
        exit 1
    fi
    rm -rf "$STATE"
    mkdir -p "$STATE"
    if [[ $(id -u) -eq 0 ]]; then
        chown postgres: "$STATE"
    fi
    chmod 700 "$STATE"
    as_owner "$bin/initdb" -D "$DATA" -U postgres --auth=trust --encoding=UTF8 \
        --locale=C.UTF-8 >"$STATE/initdb.log" 2>&1 \
        || { cat "$STATE/initdb.log" >&2; exit 1; }
    port=$(free_port)
    # fsync off: a test cluster that dies with the machine loses nothing of value.
    # Autovacuum stays on, as on every production server: what StageDesk says about a
    # server's freed space (erase) must hold on the servers it will meet.
    as_owner "$bin/pg_ctl" -D "$DATA" -l "$STATE/server.log" -w -t 60 start -o \
        "-c listen_addresses=127.0.0.1 -p $port -k $STATE -c fsync=off \
         -c synchronous_commit=off -c full_page_writes=off \
         -c max_connections=200" >&2 \
        || { cat "$STATE/server.log" >&2; exit 1; }
    echo "$port" >"$STATE/port"
    "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -q \
        -c "CREATE ROLE $ROLE LOGIN CREATEDB CREATEROLE" \
        -c "CREATE DATABASE $ROLE OWNER $ROLE" >&2
    log "PostgreSQL $("$bin/postgres" --version | awk "{print \$3}") on 127.0.0.1:$port ($STATE)"
    echo "export STAGEDESK_TEST_POSTGRES_URL=postgresql+psycopg://$ROLE@127.0.0.1:$port/$ROLE"
    echo "export STAGEDESK_REQUIRE_POSTGRES=1"
}

stop() {
    local bin
    if [[ ! -d "$STATE" ]]; then
        return 0
    fi
    if [[ -f "$DATA/postmaster.pid" ]] && bin=$(find_bindir); then
        as_owner "$bin/pg_ctl" -D "$DATA" -m fast -w stop >&2 || true
    fi
    rm -rf "$STATE"
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    *)
        echo "usage: $0 start|stop" >&2
        exit 2
        ;;
esac
