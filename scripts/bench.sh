#!/usr/bin/env bash
# `make bench`: throughput, latency and memory of the release server on this machine, against
# the demo grown to ten pages of 50 per list (scripts/bench_data.py), on SQLite and on
# PostgreSQL. wrk (Debian's package, installed when missing) runs on the same machine, from a
# second process on loopback, 2 threads and 32 connections, authenticated as the member demo
# login (a chair: the most work per request) — the audit log as the admin. Prints one Markdown
# table per database; docs/benchmarks.md keeps the numbers with the command.
#
# Environment: SAMVERKAN_BENCH_SECONDS (default 10) per route; SAMVERKAN_BENCH_DATABASES
# (default "sqlite postgres"); SAMVERKAN_BENCH_ONLY (a regular expression: only the routes whose
# label matches, e.g. 'lookup|POST'); SAMVERKAN_BENCH_POSTGRES_URL (an admin URL; default: the test
# PostgreSQL found or started as for `make test`).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
source "$ROOT/scripts/pg.sh"
cd "$ROOT"

DURATION="${SAMVERKAN_BENCH_SECONDS:-10}"
CONNECTIONS=32
command -v wrk >/dev/null 2>&1 || { as_root apt-get update -qq && as_root apt-get install -y -qq wrk >/dev/null; }
cargo build --release --locked -p samverkan >&2
BIN="${CARGO_TARGET_DIR:-$ROOT/target}/release/samverkan"
PID=""
DATA=""
cleanup() {
  [[ -n "$PID" ]] && kill "$PID" 2>/dev/null
  [[ -n "$DATA" ]] && rm -rf "$DATA"
  stop_private_postgres
}
trap cleanup EXIT

login() {
  curl -fsS -X POST -H 'Content-Type: application/json' -d "{\"email\":\"$1\",\"password\":\"$2\"}" \
    "http://127.0.0.1:$PORT/api/v1/auth/login" | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])'
}

bench_one() {
  local db="$1" url=""
  DATA="$(mktemp -d)"
  PORT="$(free_port)"
  if [[ "$db" == postgres ]]; then
    [[ -n "${SAMVERKAN_BENCH_POSTGRES_URL:-}" ]] && export SAMVERKAN_TEST_POSTGRES_URL="$SAMVERKAN_BENCH_POSTGRES_URL"
    setup_test_postgres
    psql_admin "DROP DATABASE IF EXISTS samverkan_bench WITH (FORCE)"
    psql_admin "CREATE DATABASE samverkan_bench"
    url="${SAMVERKAN_TEST_POSTGRES_URL%/*}/samverkan_bench"
  fi
  (
    # The public form is sent by many residents: wrk gives each request an address of its own in
    # X-Forwarded-For, which the server trusts from loopback (the rate limit stays as configured).
    export SAMVERKAN_DATA_DIR="$DATA" SAMVERKAN_BIND="127.0.0.1:$PORT" SAMVERKAN_LOG=warn SAMVERKAN_TRUSTED_PROXIES=127.0.0.1/32
    if [[ -n "$url" ]]; then export SAMVERKAN_DATABASE_URL="$url"; else unset SAMVERKAN_DATABASE_URL; fi
    "$BIN" seed --demo >/dev/null
    exec "$BIN" serve >"$DATA/server.log" 2>&1
  ) &
  PID=$!
  until curl -fsS -o /dev/null "http://127.0.0.1:$PORT/readyz" 2>/dev/null; do sleep 0.2; done
  local admin member
  admin="$(login admin@samverkan.test samverkan-admin)"
  member="$(login member@samverkan.test samverkan-member)"
  local routes
  routes="$(python3 scripts/bench_data.py "http://127.0.0.1:$PORT" "$admin")"
  printf '\n### %s\n\n| route | requests/s | p50 | p99 |\n| --- | --- | --- | --- |\n' "$db"
  while IFS=$'\t' read -r label path body; do
    [[ -n "${SAMVERKAN_BENCH_ONLY:-}" && ! "$label" =~ $SAMVERKAN_BENCH_ONLY ]] && continue
    local token="$member"
    # The audit log and the response-time report are for admins and coordinators.
    [[ "$path" == *audit-events* || "$path" == *response-times* ]] && token="$admin"
    local out rps p50 p99 script=()
    if [[ -n "${body:-}" ]]; then
      # A POST with a JSON body: wrk takes it from a Lua script, from a new address each time.
      printf 'wrk.method = "POST"\nwrk.body = [[%s]]\nwrk.headers["Content-Type"] = "application/json"\n' "$body" >"$DATA/post.lua"
      cat >>"$DATA/post.lua" <<'LUA'
local n = 0
request = function()
  n = n + 1
  local headers = {}
  for k, v in pairs(wrk.headers) do headers[k] = v end
  headers["X-Forwarded-For"] = string.format("10.%d.%d.%d", math.random(0, 255), math.floor(n / 256) % 256, n % 256)
  return wrk.format(nil, nil, headers)
end
LUA
      script=(-s "$DATA/post.lua")
    fi
    out="$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "${script[@]}" -H "Authorization: Bearer $token" "http://127.0.0.1:$PORT$path")"
    grep -q "Non-2xx" <<<"$out" && die "$label answered errors: $out"
    rps="$(awk '/Requests\/sec/ {printf "%.0f", $2}' <<<"$out")"
    p50="$(awk '$1 == "50%" {print $2}' <<<"$out")"
    p99="$(awk '$1 == "99%" {print $2}' <<<"$out")"
    printf '| `%s` | %s | %s | %s |\n' "$label" "$rps" "$p50" "$p99"
  done <<<"$routes"
  if [[ -z "${SAMVERKAN_BENCH_ONLY:-}" ]]; then python3 scripts/bench_import.py "http://127.0.0.1:$PORT" "$admin"; fi
  printf '\nResident memory after the runs: %s MB\n' "$(awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$PID/status")"
  if [[ "$db" == postgres ]]; then
    python3 scripts/query_plans.py postgres "$url"
  else
    python3 scripts/query_plans.py sqlite "$DATA/samverkan.db"
  fi
  kill "$PID" 2>/dev/null; wait "$PID" 2>/dev/null || true
  PID=""
  rm -rf "$DATA"; DATA=""
  if [[ "$db" == postgres ]]; then psql_admin "DROP DATABASE IF EXISTS samverkan_bench WITH (FORCE)"; fi
}

printf '`make bench` on %s, commit %s, %s s per route, wrk -t2 -c%s\n' "$(date -u +%F)" "$(git rev-parse --short HEAD)" "$DURATION" "$CONNECTIONS"
for db in ${SAMVERKAN_BENCH_DATABASES:-sqlite postgres}; do
  bench_one "$db"
done
