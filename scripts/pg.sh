# shellcheck shell=bash
# PostgreSQL for the backend tests. Source it (after lib.sh), then call setup_test_postgres;
# it exports SAMVERKAN_TEST_POSTGRES_URL (an admin URL; the tests create a database per test).
#
# Order of preference:
#   1. SAMVERKAN_TEST_POSTGRES_URL already set            -> used as given
#   2. a server on $SAMVERKAN_TEST_PG_PROBE_HOST:$SAMVERKAN_TEST_PG_PROBE_PORT (default
#      127.0.0.1:5432) that lets user postgres in          -> postgres://postgres@HOST:PORT/postgres
#   3. a private throwaway cluster under target/pg-test, on a free loopback port, trust auth,
#      stopped again by stop_private_postgres (call it from an EXIT trap)
# SAMVERKAN_TEST_FORCE_PRIVATE_PG=1 skips 1 and 2 (to test path 3).
# Without CI, if all three fail, the tests run without PostgreSQL (the URL stays unset);
# under CI=true that is an error.

PG_PRIVATE_DIR=""
PG_PRIVATE_USER=""
PG_PRIVATE_TMP=""

pg_bin_dir() {
  local d
  for d in $(printf '%s\n' /usr/lib/postgresql/*/bin | sort -t/ -k5 -V -r); do
    [[ -x "$d/initdb" && -x "$d/pg_ctl" ]] && { echo "$d"; return 0; }
  done
  if command -v initdb >/dev/null 2>&1; then dirname "$(command -v initdb)"; return 0; fi
  return 1
}

# psql probe: can user postgres run a query on HOST:PORT? (3 s timeout)
pg_probe() {
  local host="$1" port="$2" psql
  psql="$(command -v psql || true)"
  [[ -z "$psql" ]] && psql="$(pg_bin_dir 2>/dev/null)/psql"
  if [[ -x "$psql" ]]; then
    PGCONNECT_TIMEOUT=3 "$psql" -X -q -At -h "$host" -p "$port" -U postgres -d postgres \
      -c 'select 1' </dev/null >/dev/null 2>&1
  elif command -v pg_isready >/dev/null 2>&1; then
    pg_isready -q -t 3 -h "$host" -p "$port" -U postgres
  else
    return 1
  fi
}

setup_test_postgres() {
  local host="${SAMVERKAN_TEST_PG_PROBE_HOST:-127.0.0.1}" port="${SAMVERKAN_TEST_PG_PROBE_PORT:-5432}"
  if [[ "${SAMVERKAN_TEST_FORCE_PRIVATE_PG:-}" != "1" ]]; then
    if [[ -n "${SAMVERKAN_TEST_POSTGRES_URL:-}" ]]; then
      log "PostgreSQL: using SAMVERKAN_TEST_POSTGRES_URL from the environment"
      return 0
    fi
    if pg_probe "$host" "$port"; then
      export SAMVERKAN_TEST_POSTGRES_URL="postgres://postgres@$host:$port/postgres"
      log "PostgreSQL: using the server on $host:$port"
      return 0
    fi
    log "PostgreSQL: nothing usable on $host:$port; starting a private cluster"
  else
    log "PostgreSQL: SAMVERKAN_TEST_FORCE_PRIVATE_PG=1; starting a private cluster"
  fi
  if ! start_private_postgres; then
    if is_ci; then
      die "no PostgreSQL for the tests (none on $host:$port and no private cluster could be started)"
    fi
    warn "no PostgreSQL: backend tests will run without it (CI would fail here)"
    unset SAMVERKAN_TEST_POSTGRES_URL
  fi
}

start_private_postgres() {
  local bin base data sock port logf
  if ! bin="$(pg_bin_dir)"; then
    if [[ $EUID -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
      log "PostgreSQL server binaries missing; installing Debian's postgresql"
      DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null || return 1
      bin="$(pg_bin_dir)" || return 1
    else
      warn "no initdb/pg_ctl found (install PostgreSQL server binaries)"
      return 1
    fi
  fi
  # The server refuses to run as root: run it as the 'postgres' system user.
  if [[ $EUID -eq 0 ]]; then
    if ! id -u postgres >/dev/null 2>&1; then
      useradd --system --user-group --home-dir /var/lib/postgresql --shell /bin/bash postgres || return 1
    fi
    PG_PRIVATE_USER=postgres
  else
    PG_PRIVATE_USER=""
  fi

  base="$ROOT/target/pg-test"
  mkdir -p "$base"
  if [[ -n "$PG_PRIVATE_USER" ]]; then
    chown "$PG_PRIVATE_USER": "$base"
    # The checkout may sit where that user cannot reach (under /root, say): use /tmp then.
    if ! runuser -u "$PG_PRIVATE_USER" -- test -w "$base"; then
      base="$(mktemp -d /tmp/samverkan-pg-test.XXXXXX)"
      chown "$PG_PRIVATE_USER": "$base"
      log "$ROOT/target is out of reach of user $PG_PRIVATE_USER; cluster goes to $base"
      PG_PRIVATE_TMP="$base"
    fi
  fi
  data="$base/data"
  sock="$base/sock"
  logf="$base/postgres.log"

  # A server left behind by an interrupted run: stop it, then start afresh.
  if [[ -f "$data/postmaster.pid" ]]; then
    pg_as_owner "$bin/pg_ctl" -D "$data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$data" "$sock"
  mkdir -p "$data" "$sock"
  chmod 700 "$data"
  if [[ -n "$PG_PRIVATE_USER" ]]; then
    chown -R "$PG_PRIVATE_USER": "$base"
  fi

  log "initdb $data ($bin)"
  pg_as_owner "$bin/initdb" -D "$data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync \
    >"$base/initdb.log" 2>&1 || { cat "$base/initdb.log" >&2; return 1; }

  port="$(free_port)"
  log "starting private PostgreSQL on 127.0.0.1:$port"
  PG_PRIVATE_DIR="$data"
  if ! pg_as_owner "$bin/pg_ctl" -D "$data" -l "$logf" -w -t 60 start -o \
      "-h 127.0.0.1 -p $port -k $sock -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
      >/dev/null; then
    cat "$logf" >&2 || true
    PG_PRIVATE_DIR=""
    return 1
  fi
  PG_PRIVATE_BIN="$bin"
  export SAMVERKAN_TEST_POSTGRES_URL="postgres://postgres@127.0.0.1:$port/postgres"
  pg_probe 127.0.0.1 "$port" || { warn "private PostgreSQL started but does not answer"; return 1; }
  log "PostgreSQL: private cluster up ($SAMVERKAN_TEST_POSTGRES_URL)"
}

pg_as_owner() {
  if [[ -n "$PG_PRIVATE_USER" ]]; then
    runuser -u "$PG_PRIVATE_USER" -- "$@"
  else
    "$@"
  fi
}

# Safe to call more than once, and when no private cluster was started.
stop_private_postgres() {
  [[ -n "$PG_PRIVATE_DIR" ]] || return 0
  log "stopping private PostgreSQL"
  pg_as_owner "$PG_PRIVATE_BIN/pg_ctl" -D "$PG_PRIVATE_DIR" -m fast -w -t 30 stop >/dev/null 2>&1 ||
    pg_as_owner "$PG_PRIVATE_BIN/pg_ctl" -D "$PG_PRIVATE_DIR" -m immediate -w stop >/dev/null 2>&1 || true
  PG_PRIVATE_DIR=""
  if [[ -n "$PG_PRIVATE_TMP" ]]; then
    rm -rf "$PG_PRIVATE_TMP"
    PG_PRIVATE_TMP=""
  fi
}

# Run one SQL statement as the admin of SAMVERKAN_TEST_POSTGRES_URL.
psql_admin() {
  local psql
  psql="$(command -v psql || true)"
  [[ -z "$psql" ]] && psql="$(pg_bin_dir)/psql"
  "$psql" -X -q -v ON_ERROR_STOP=1 "$SAMVERKAN_TEST_POSTGRES_URL" -c "$1" </dev/null
}
