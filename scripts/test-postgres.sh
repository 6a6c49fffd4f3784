#!/usr/bin/env bash
# Self-test of scripts/pg.sh: find or start a PostgreSQL, create and drop a database on it,
# stop it again if it was private. Try: SAMVERKAN_TEST_FORCE_PRIVATE_PG=1 scripts/test-postgres.sh
set -euo pipefail
source "$(dirname "$0")/lib.sh"
source "$ROOT/scripts/pg.sh"
trap stop_private_postgres EXIT
setup_test_postgres
[[ -n "${SAMVERKAN_TEST_POSTGRES_URL:-}" ]] || die "no PostgreSQL"
psql="$(command -v psql || echo "$(pg_bin_dir)/psql")"
db="samverkan_selftest_$$"
"$psql" -X -q -v ON_ERROR_STOP=1 "$SAMVERKAN_TEST_POSTGRES_URL" -c "create database $db" -c "select version()" -At
"$psql" -X -q -v ON_ERROR_STOP=1 "$SAMVERKAN_TEST_POSTGRES_URL" -c "drop database $db"
echo "ok: $SAMVERKAN_TEST_POSTGRES_URL"
