# A throwaway PostgreSQL server for one test run: temp data dir, loopback only, free port,
# trust authentication. pg_stop removes every trace of it.

PG_ROOT=""
PG_PORT=""
PG_BIN=""

# initdb refuses to run as root, so as root the server runs as Debian's `postgres` system user.
# Run from / because that user usually cannot read the caller's working directory.
pg_as_owner() {
  if [[ $(id -u) -eq 0 ]]; then
    (cd / && runuser -u postgres -- "$@")
  else
    (cd / && "$@")
  fi
}

free_tcp_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# Starts the server and sets PG_PORT. Settings trade durability for speed: the data is discarded anyway.
pg_start() {
  PG_BIN=$(postgres_bin_dir) || die "PostgreSQL binaries not found"
  if [[ $(id -u) -eq 0 ]] && ! id postgres >/dev/null 2>&1; then
    die "running as root needs the 'postgres' system user (created by Debian's postgresql package)"
  fi
  PG_ROOT=$(mktemp -d "${TMPDIR:-/tmp}/switchboard-pg.XXXXXX")
  if [[ $(id -u) -eq 0 ]]; then chown postgres: "$PG_ROOT"; fi
  local data=$PG_ROOT/data log=$PG_ROOT/server.log

  if ! pg_as_owner "$PG_BIN/initdb" -D "$data" -A trust -U postgres -E UTF8 --no-locale --no-sync \
    >"$PG_ROOT/initdb.log" 2>&1; then
    show_log_tail "$PG_ROOT/initdb.log" 20
    return 1
  fi

  # A port found free can be taken before the server binds it; try a few.
  local attempt
  for attempt in 1 2 3; do
    PG_PORT=$(free_tcp_port)
    if pg_as_owner "$PG_BIN/pg_ctl" -D "$data" -l "$log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_ROOT -c max_connections=200 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
      start >>"$PG_ROOT/pg_ctl.log" 2>&1; then
      return 0
    fi
  done
  show_log_tail "$log" 20
  return 1
}

pg_stop() {
  [[ -n $PG_ROOT ]] || return 0
  if [[ -f $PG_ROOT/data/postmaster.pid ]]; then
    pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_ROOT/data" -m fast -t 30 stop >/dev/null 2>&1 \
      || pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_ROOT/data" -m immediate stop >/dev/null 2>&1 || true
  fi
  rm -rf "$PG_ROOT"
  PG_ROOT=""
}

pg_connection_string() {
  printf 'Host=127.0.0.1;Port=%s;Username=postgres;Database=postgres' "$PG_PORT"
}
