#!/usr/bin/env bash
# `make clean`: remove build and test outputs. Keeps data/ (your local database) and the
# installed tools (frontend/node_modules, .cache/); `make distclean` removes those too.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

# A private test PostgreSQL left running by an interrupted test run.
if [[ -f target/pg-test/data/postmaster.pid ]]; then
  source "$ROOT/scripts/pg.sh"
  if bin="$(pg_bin_dir)"; then
    if [[ $EUID -eq 0 ]]; then
      runuser -u postgres -- "$bin/pg_ctl" -D target/pg-test/data -m immediate stop >/dev/null 2>&1 || true
    else
      "$bin/pg_ctl" -D target/pg-test/data -m immediate stop >/dev/null 2>&1 || true
    fi
  fi
fi

cargo clean
rm -rf frontend/dist frontend/test-results frontend/playwright-report

if [[ "${1:-}" == "--all" ]]; then
  rm -rf frontend/node_modules .cache
fi
