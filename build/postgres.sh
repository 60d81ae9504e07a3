#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on loopback for the tests, from Debian's server package.
#   bash build/postgres.sh start <folder>   prints a connection string for the superuser "postgres"
#   bash build/postgres.sh stop <folder>    stops the cluster and deletes the folder
#   bash build/postgres.sh pause <folder>   stops the server but keeps its data (for fault tests)
#   bash build/postgres.sh resume <folder>  starts it again on the same port
# Exits 3 when no PostgreSQL server binaries are installed (apt-get install -y postgresql).
set -euo pipefail

command="${1:-}"
folder="${2:-}"
[ -n "$command" ] && [ -n "$folder" ] || { echo "usage: $0 start|stop|pause|resume <folder>" >&2; exit 2; }

bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
[ -n "$bin" ] && [ -x "$bin/initdb" ] || exit 3

# The server refuses to run as root; as root, run it as the package's postgres user.
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start_server() {
  # fsync off: the cluster lives for one test run and its data is thrown away.
  as_owner "$bin/pg_ctl" -D "$1/data" -l "$1/server.log" -w -t 30 \
    -o "-h 127.0.0.1 -p $(cat "$1/port") -k $1 -c fsync=off -c max_connections=300" start >/dev/null
}

case "$command" in
  start)
    mkdir -p "$folder"
    [ "$(id -u)" = 0 ] && chown postgres:postgres "$folder"
    port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
    as_owner "$bin/initdb" -D "$folder/data" -U postgres -A trust --no-sync -E UTF8 --locale=C.UTF-8 >"$folder/initdb.log" 2>&1
    echo "$port" >"$folder/port"
    start_server "$folder"
    echo "Host=127.0.0.1;Port=$port;Username=postgres;Timeout=5"
    ;;
  pause)
    as_owner "$bin/pg_ctl" -D "$folder/data" -m fast -w stop >/dev/null
    ;;
  resume)
    start_server "$folder"
    ;;
  stop)
    if [ -d "$folder/data" ]; then
      as_owner "$bin/pg_ctl" -D "$folder/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$folder"
    ;;
  *)
    echo "usage: $0 start|stop|pause|resume <folder>" >&2
    exit 2
    ;;
esac
