#!/usr/bin/env bash
# `make bench`: throughput and memory of the release server on this machine, with wrk (Debian's
# package, installed when missing) from a second process on loopback, against the demo data on
# SQLite. Prints a Markdown table; docs/benchmarks.md keeps the numbers with the command.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

DURATION="${SAMVERKAN_BENCH_SECONDS:-10}"
command -v wrk >/dev/null 2>&1 || { as_root apt-get update -qq && as_root apt-get install -y -qq wrk >/dev/null; }
cargo build --release --locked -p samverkan >&2
BIN="${CARGO_TARGET_DIR:-$ROOT/target}/release/samverkan"
DATA="$(mktemp -d)"
PORT="$(free_port)"
export SAMVERKAN_DATA_DIR="$DATA" SAMVERKAN_BIND="127.0.0.1:$PORT" SAMVERKAN_LOG=warn
unset SAMVERKAN_DATABASE_URL
"$BIN" seed --demo >/dev/null 2>&1
"$BIN" serve >/dev/null 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; rm -rf "$DATA"' EXIT
until curl -fsS -o /dev/null "http://127.0.0.1:$PORT/readyz"; do sleep 0.2; done
TOKEN="$(curl -fsS -X POST -H 'Content-Type: application/json' \
  -d '{"email":"viewer@samverkan.test","password":"samverkan-viewer"}' \
  "http://127.0.0.1:$PORT/api/v1/auth/login" | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')"
COUNCIL="$(curl -fsS -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT/api/v1/councils?limit=1" |
  python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')"

rss() { awk '/VmRSS/ {print $2 / 1024 " MB"}' "/proc/$PID/status"; }
printf '| route | requests/s | p99 latency |\n| --- | --- | --- |\n'
for path in /healthz "/api/v1/areas?kind=district" "/api/v1/councils?limit=50" "/api/v1/councils/$COUNCIL" \
  /api/v1/reports/coverage /api/v1/reports/staffing; do
  out="$(wrk -t2 -c16 -d"${DURATION}s" --latency -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT$path")"
  rps="$(awk '/Requests\/sec/ {print $2}' <<<"$out")"
  p99="$(awk '$1 == "99%" {print $2}' <<<"$out")"
  printf '| `GET %s` | %s | %s |\n' "${path/$COUNCIL/{id\}}" "$rps" "$p99"
done
printf '\nResident memory after the runs: %s\n' "$(rss)"
