#!/usr/bin/env bash
# `make test` / CI: every check of the project, in order, stopping at the first failure.
# Prints a header and a time per section, and a closing line 'N passed, M failed' counting
# sections. Logs: target/test-logs/.
#
# Environment (all optional):
#   SAMVERKAN_TEST_POSTGRES_URL      admin URL of a PostgreSQL for the backend tests (else found/started)
#   SAMVERKAN_TEST_FORCE_PRIVATE_PG  =1: always start a private cluster under target/pg-test
#   SAMVERKAN_SCHEMATHESIS_MAX_TIME  time budget of the contract fuzzer in seconds (default 90)
#   SAMVERKAN_SCHEMATHESIS_SEED      the fuzzer's seed (default: a fixed one, so a commit that passed here
#                                    passes in CI; `random` for a new one each run, to hunt for bugs)
#   SAMVERKAN_TEST_SERVER_DATABASE_URL  database of the live test servers (default: SQLite in a temp dir)
#   SAMVERKAN_TEST_SKIP              local runs only (refused under CI): comma-separated section keys
#                                    to skip: tools,postgres,fmt,build,clippy,openapi,check-api,lint,
#                                    typecheck,unit,web-build,cargo-test,server,schemathesis,
#                                    schemathesis-pg,e2e
set -euo pipefail
source "$(dirname "$0")/lib.sh"
source "$ROOT/scripts/pg.sh"
cd "$ROOT"

TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
BIN="$TARGET_DIR/debug/samverkan"
LOG_DIR="$ROOT/target/test-logs"
TMP_DIR="$ROOT/target/test-tmp"
if [[ -n "${SAMVERKAN_TEST_SKIP:-}" ]] && is_ci; then
  die "SAMVERKAN_TEST_SKIP is for local runs only; CI runs every section"
fi
rm -rf "$LOG_DIR" "$TMP_DIR"
mkdir -p "$LOG_DIR" "$TMP_DIR"
# The backend tests note here each PostgreSQL variant they could not run (outside CI only).
export SAMVERKAN_TEST_PG_SKIPPED_FILE="$LOG_DIR/postgres-skipped"
# And each S3 test they could not run (no S3-compatible server given; outside CI only).
export SAMVERKAN_TEST_S3_SKIPPED_FILE="$LOG_DIR/s3-skipped"

# ---------------------------------------------------------------------------------------------
# Sections and the closing summary

PASSED=0
SKIPPED=0
CURRENT=""
SECTION_START=0
TIMINGS=()
RUN_START=$SECONDS

section() {
  CURRENT="$1"
  SECTION_START=$SECONDS
  printf '\n==== [%d] %s ====\n' "$((PASSED + 1))" "$CURRENT"
}

section_ok() {
  local took=$((SECONDS - SECTION_START))
  TIMINGS+=("$(printf '%5ss  ok    %s' "$took" "$CURRENT")")
  printf -- '---- ok: %s (%ss)\n' "$CURRENT" "$took"
  PASSED=$((PASSED + 1))
  CURRENT=""
}

# Runs a section: a name and a command (usually a function below). A failure inside it ends
# the script (set -e) and the EXIT trap reports it.
run_section() {
  local key="$1" name="$2"
  shift 2
  if [[ ",${SAMVERKAN_TEST_SKIP:-}," == *",$key,"* ]]; then
    printf '\n==== (skipped: %s) ====\n' "$name"
    SKIPPED=$((SKIPPED + 1))
    return 0
  fi
  section "$name"
  "$@"
  section_ok
}

SERVER_PID=""
SERVER_PORT=""
SERVER_LOG=""

finish() {
  local rc=$?
  set +e
  stop_server
  stop_s3
  stop_private_postgres
  local failed=0
  if [[ $rc -ne 0 ]]; then
    failed=1
    if [[ -n "$CURRENT" ]]; then
      TIMINGS+=("$(printf '%5ss  FAIL  %s' "$((SECONDS - SECTION_START))" "$CURRENT")")
      printf '\n**** FAILED: %s (exit %d). Logs: %s\n' "$CURRENT" "$rc" "${LOG_DIR#"$ROOT"/}" >&2
    fi
  fi
  printf '\n==== summary (%ss in all) ====\n' "$((SECONDS - RUN_START))"
  local t
  for t in "${TIMINGS[@]}"; do printf '%s\n' "$t"; done
  local pg_note=""
  if [[ -s "$SAMVERKAN_TEST_PG_SKIPPED_FILE" ]]; then
    pg_note="; PostgreSQL NOT TESTED: $(wc -l <"$SAMVERKAN_TEST_PG_SKIPPED_FILE") backend tests ran on SQLite only (no PostgreSQL reachable)"
  fi
  if [[ -s "$SAMVERKAN_TEST_S3_SKIPPED_FILE" ]]; then
    pg_note+="; S3 NOT TESTED: $(wc -l <"$SAMVERKAN_TEST_S3_SKIPPED_FILE") backend tests had no S3-compatible server"
  fi
  if ((SKIPPED > 0)); then
    printf '%d passed, %d failed, %d skipped%s\n' "$PASSED" "$failed" "$SKIPPED" "$pg_note"
  else
    printf '%d passed, %d failed%s\n' "$PASSED" "$failed" "$pg_note"
  fi
  exit "$rc"
}
trap finish EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ---------------------------------------------------------------------------------------------
# The live server (debug build) on a free port with its own data directory

start_server() {
  local name="$1" data url
  data="$TMP_DIR/server-$name"
  rm -rf "$data"
  mkdir -p "$data"
  SERVER_PORT="$(free_port)"
  SERVER_LOG="$LOG_DIR/server-$name.log"
  url="http://127.0.0.1:$SERVER_PORT"
  # Nothing from the caller's own setup may leak in (their database, key, URL).
  local -a envs=(
    env -u SAMVERKAN_DATABASE_URL -u SAMVERKAN_JWT_PRIVATE_KEY_FILE -u SAMVERKAN_PUBLIC_URL
    -u SAMVERKAN_NO_MIGRATE
    SAMVERKAN_DATA_DIR="$data"
    SAMVERKAN_WEB_DIR="$ROOT/frontend/dist"
    SAMVERKAN_BIND="127.0.0.1:$SERVER_PORT"
    SAMVERKAN_LOG="${SAMVERKAN_LOG:-info}"
    SAMVERKAN_LOG_FORMAT=text
    # The fuzzer and the browser tests send the public form from one address many times an
    # hour; the rate limit itself has its API test.
    SAMVERKAN_INQUIRY_RATE_LIMIT=1000000
  )
  if [[ -n "${SAMVERKAN_TEST_SERVER_DATABASE_URL:-}" ]]; then
    envs+=(SAMVERKAN_DATABASE_URL="$SAMVERKAN_TEST_SERVER_DATABASE_URL")
  fi
  log "server '$name': data $data, log ${SERVER_LOG#"$ROOT"/}"
  "${envs[@]}" "$BIN" migrate </dev/null >"$LOG_DIR/server-$name-migrate.log" 2>&1 ||
    { cat "$LOG_DIR/server-$name-migrate.log"; die "samverkan migrate failed"; }
  "${envs[@]}" "$BIN" seed --demo </dev/null >"$LOG_DIR/server-$name-seed.log" 2>&1 ||
    { cat "$LOG_DIR/server-$name-seed.log"; die "samverkan seed --demo failed"; }
  # Seeding is idempotent: a second run must succeed too.
  "${envs[@]}" "$BIN" seed --demo </dev/null >>"$LOG_DIR/server-$name-seed.log" 2>&1 ||
    { cat "$LOG_DIR/server-$name-seed.log"; die "second samverkan seed --demo failed (not idempotent)"; }
  "${envs[@]}" "$BIN" serve </dev/null >"$SERVER_LOG" 2>&1 &
  SERVER_PID=$!
  log "server '$name': pid $SERVER_PID on $url; waiting for /readyz"
  local deadline=$((SECONDS + 60))
  until curl -fsS -o /dev/null --max-time 2 "$url/readyz" 2>/dev/null; do
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then
      SERVER_PID=""
      log "---- server log ($SERVER_LOG) ----"; tail -n 200 "$SERVER_LOG" >&2
      die "the server exited before it was ready"
    fi
    if ((SECONDS >= deadline)); then
      log "---- server log ($SERVER_LOG) ----"; tail -n 200 "$SERVER_LOG" >&2
      die "the server was not ready within 60 s"
    fi
    sleep 0.3
  done
  log "server '$name': ready"
}

S3_PID=""

# An S3-compatible server (moto, from the venv) with an empty bucket, on a free port, for the
# backend's S3 test: its address and keys exported the way the server reads them (AWS_*).
start_s3() {
  [[ -n "${VENV:-}" ]] || ensure_venv
  local port url
  port="$(free_port)"
  url="http://127.0.0.1:$port"
  "$VENV/bin/moto_server" -H 127.0.0.1 -p "$port" </dev/null >"$LOG_DIR/s3.log" 2>&1 &
  S3_PID=$!
  local deadline=$((SECONDS + 30))
  until curl -fsS -o /dev/null --max-time 2 "$url/" 2>/dev/null; do
    kill -0 "$S3_PID" 2>/dev/null || { S3_PID=""; tail -n 50 "$LOG_DIR/s3.log" >&2; die "the S3 server (moto) exited"; }
    ((SECONDS < deadline)) || { tail -n 50 "$LOG_DIR/s3.log" >&2; die "the S3 server (moto) was not ready within 30 s"; }
    sleep 0.3
  done
  curl -fsS -o /dev/null -X PUT "$url/samverkan-test" || die "could not create the S3 test bucket"
  export SAMVERKAN_TEST_S3_BUCKET=samverkan-test AWS_ENDPOINT="$url" AWS_ALLOW_HTTP=true \
    AWS_ACCESS_KEY_ID=samverkan-test AWS_SECRET_ACCESS_KEY=samverkan-test AWS_REGION=eu-north-1
  log "S3 (moto) on $url, bucket samverkan-test"
}

stop_s3() {
  [[ -n "$S3_PID" ]] || return 0
  kill -TERM "$S3_PID" 2>/dev/null || true
  wait "$S3_PID" 2>/dev/null || true
  S3_PID=""
  unset SAMVERKAN_TEST_S3_BUCKET AWS_ENDPOINT AWS_ALLOW_HTTP AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_REGION
}

stop_server() {
  [[ -n "$SERVER_PID" ]] || return 0
  local pid="$SERVER_PID"
  SERVER_PID=""
  kill -TERM "$pid" 2>/dev/null || return 0
  for _ in $(seq 1 50); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.2
  done
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

# Prints an access token for a demo user.
login() {
  local email="$1" password="$2" body
  body="$(python3 -c 'import json,sys; print(json.dumps({"email": sys.argv[1], "password": sys.argv[2]}))' "$email" "$password")"
  curl -fsS --max-time 30 -X POST -H 'Content-Type: application/json' -d "$body" \
    "http://127.0.0.1:$SERVER_PORT/api/v1/auth/login" |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])'
}

# curl that fails on a non-2xx status and says which URL failed.
expect_ok() {
  local path="$1"
  shift
  local code
  code="$(curl -sS -o /dev/null -w '%{http_code}' --max-time 10 "$@" "http://127.0.0.1:$SERVER_PORT$path")" || code="000"
  [[ "$code" == 2* ]] || die "GET $path answered $code"
  log "GET $path -> $code"
}

# ---------------------------------------------------------------------------------------------
# Sections

s_tools() {
  ensure_node_modules
  ensure_venv
  ensure_chromium
  command -v curl >/dev/null 2>&1 || die "curl not found"
}

s_postgres() {
  setup_test_postgres
  if [[ -n "${SAMVERKAN_TEST_POSTGRES_URL:-}" ]]; then
    log "SAMVERKAN_TEST_POSTGRES_URL=$SAMVERKAN_TEST_POSTGRES_URL"
  fi
}

s_fmt() {
  cargo fmt --all --check
}

s_clippy() {
  cargo clippy --locked --workspace --all-targets -- -D warnings
}

s_build() {
  cargo build --locked --workspace --bins --tests
  [[ -x "$BIN" ]] || die "$BIN was not built"
}

s_openapi() {
  local gen="$TMP_DIR/openapi.generated.yaml"
  "$BIN" openapi >"$gen" 2>"$LOG_DIR/openapi-gen.log" </dev/null ||
    { cat "$LOG_DIR/openapi-gen.log" >&2; die "samverkan openapi failed"; }
  [[ -f openapi.yaml ]] || die "openapi.yaml is missing: run 'make openapi' and commit it"
  if ! diff -u openapi.yaml "$gen"; then
    die "openapi.yaml is stale (differs from 'samverkan openapi' above): run 'make openapi' and commit openapi.yaml and frontend/src/api/schema.d.ts"
  fi
  log "openapi.yaml matches the code"
  [[ -n "${VENV:-}" ]] || ensure_venv
  "$VENV/bin/openapi-spec-validator" openapi.yaml
}

s_frontend() {
  (cd frontend && npm run "$1" </dev/null)
}

s_cargo_test() {
  start_s3
  cargo test --locked --workspace
  stop_s3
}

s_server() {
  start_server contract
  expect_ok /healthz
  expect_ok /readyz
  expect_ok /metrics
  expect_ok /api/openapi.json
  expect_ok /api/docs -L
  expect_ok / -H 'Accept: text/html'
  TOKEN="$(login admin@samverkan.test samverkan-admin)" || die "login as admin@samverkan.test failed"
  [[ -n "$TOKEN" ]] || die "login returned an empty access_token"
  log "logged in as admin@samverkan.test"
}

s_schemathesis() {
  [[ -n "${VENV:-}" ]] || ensure_venv
  local -a args=(
    run openapi.yaml
    --url "http://127.0.0.1:$SERVER_PORT"
    --checks all
    --max-time "${SAMVERKAN_SCHEMATHESIS_MAX_TIME:-90}"
    --request-timeout 10
    -H "Authorization: Bearer $TOKEN"
    --report junit --report-junit-path "$LOG_DIR/schemathesis-junit.xml"
    --generation-database none
    --no-color
  )
  local seed="${SAMVERKAN_SCHEMATHESIS_SEED:-20261123}"
  [[ "$seed" == random ]] || args+=(--seed "$seed")
  # What no schema can state (ids that exist, rules across fields, a password): see the hooks.
  local ids
  ids="$("$VENV/bin/python" scripts/fuzz_ids.py "http://127.0.0.1:$SERVER_PORT" "$TOKEN")" || die "could not read ids for the fuzzer"
  # --max-time bounds the run; timeout is only a backstop against a hang.
  SCHEMATHESIS_HOOKS="$ROOT/scripts/fuzz_hooks.py" SAMVERKAN_FUZZ_IDS="$ids" \
    SAMVERKAN_FUZZ_URL="http://127.0.0.1:$SERVER_PORT" SAMVERKAN_FUZZ_TOKEN="$TOKEN" \
    SAMVERKAN_FUZZ_SEED="$seed" SAMVERKAN_FUZZ_LOGIN='{"email": "viewer@samverkan.test", "password": "samverkan-viewer"}' \
    timeout -k 10 600 "$VENV/bin/schemathesis" "${args[@]}" </dev/null
  stop_server
}

# The fuzzer again, against a server on PostgreSQL (a fresh database on the tests' server).
s_schemathesis_pg() {
  [[ -n "${SAMVERKAN_TEST_POSTGRES_URL:-}" ]] || die "no PostgreSQL for the contract fuzzer (see the postgres section)"
  local admin="$SAMVERKAN_TEST_POSTGRES_URL" name base query
  name="samverkan_fuzz_$$"
  base="${admin%%\?*}"; query=""; [[ "$admin" == *\?* ]] && query="?${admin#*\?}"
  base="${base%/*}"
  psql_admin "DROP DATABASE IF EXISTS $name WITH (FORCE)"
  psql_admin "CREATE DATABASE $name"
  SAMVERKAN_TEST_SERVER_DATABASE_URL="$base/$name$query" start_server contract-pg
  TOKEN="$(login admin@samverkan.test samverkan-admin)" || die "login on the PostgreSQL server failed"
  s_schemathesis
  psql_admin "DROP DATABASE IF EXISTS $name WITH (FORCE)"
}

s_e2e() {
  # A fresh server: the fuzzer above may have changed the demo data.
  start_server e2e
  (cd frontend && E2E_BASE_URL="http://127.0.0.1:$SERVER_PORT" PW_TEST_HTML_REPORT_OPEN=never \
    npm run e2e </dev/null)
  stop_server
}

# ---------------------------------------------------------------------------------------------

run_section tools "tools (node_modules, python venv, chromium)" s_tools
run_section postgres "postgresql for the backend tests" s_postgres
run_section fmt "rustfmt --check" s_fmt
run_section build "cargo build (debug, bins and tests)" s_build
run_section clippy "cargo clippy --all-targets -D warnings" s_clippy
run_section openapi "openapi.yaml is current and valid" s_openapi
run_section check-api "frontend: check:api" s_frontend check:api
run_section lint "frontend: eslint" s_frontend lint
run_section typecheck "frontend: typecheck" s_frontend typecheck
run_section unit "frontend: unit tests (vitest)" s_frontend test
run_section web-build "frontend: build" s_frontend build
run_section cargo-test "backend: cargo test (SQLite and PostgreSQL)" s_cargo_test
run_section server "live server: migrate, seed, serve, login" s_server
run_section schemathesis "API contract: schemathesis (SQLite)" s_schemathesis
run_section schemathesis-pg "API contract: schemathesis (PostgreSQL)" s_schemathesis_pg
run_section e2e "end-to-end: playwright" s_e2e
