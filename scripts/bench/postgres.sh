#!/usr/bin/env bash
# Starts or stops a throw-away PostgreSQL for the benchmark: a temp data dir, 127.0.0.1 only, port 54329.
#   scripts/bench/postgres.sh start <dir>   prints the connection string
#   scripts/bench/postgres.sh stop <dir>    stops it and deletes <dir>
set -euo pipefail
action=${1:?start|stop}
dir=${2:?data directory}
port=${BENCH_PG_PORT:-54329}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -n "$bin" ] || { echo "PostgreSQL is not installed (apt-get install -y postgresql)" >&2; exit 3; }
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case "$action" in
  start)
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    if [ ! -f "$dir/PG_VERSION" ]; then
      as_postgres "$bin/initdb" -D "$dir" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    fi
    as_postgres "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$dir -c shared_buffers=1GB -c work_mem=64MB -c maintenance_work_mem=1GB -c max_wal_size=8GB -c fsync=on -c synchronous_commit=on" start >/dev/null
    echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres;Pooling=true;Maximum Pool Size=64;Timeout=60;Command Timeout=0"
    ;;
  stop)
    if [ -f "$dir/postmaster.pid" ]; then as_postgres "$bin/pg_ctl" -D "$dir" -m fast -w stop >/dev/null; fi
    rm -rf -- "$dir"
    ;;
  *) echo "usage: $0 start|stop <dir>" >&2; exit 2 ;;
esac
