#!/usr/bin/env bash
# `make run`: build everything (release) and start Samverkan with demo data.
# Idempotent: run it again and it rebuilds what changed, migrates, re-seeds (a no-op) and serves.
# Respects the SAMVERKAN_* environment variables (see README.md).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

step() { printf '\n==> %s\n' "$*"; }

step "frontend packages"
ensure_node_modules

step "building the web app (frontend/dist)"
(cd frontend && npm run build)

step "building the server (cargo build --release)"
cargo build --release --locked -p samverkan
BIN="${CARGO_TARGET_DIR:-$ROOT/target}/release/samverkan"

export SAMVERKAN_WEB_DIR="${SAMVERKAN_WEB_DIR:-$ROOT/frontend/dist}"
export SAMVERKAN_BIND="${SAMVERKAN_BIND:-127.0.0.1:8080}"
if [[ -z "${SAMVERKAN_DATABASE_URL:-}" ]]; then
  mkdir -p "${SAMVERKAN_DATA_DIR:-data}"
fi

step "migrating the database"
"$BIN" migrate

step "loading demo data (seed --demo)"
# The demo goes only into an empty database or one that already holds it.
seed_out="$("$BIN" seed --demo)"
printf '%s\n' "$seed_out"
demo=1
[[ "$seed_out" == *"demo not loaded"* ]] && demo=0

if [[ -n "${SAMVERKAN_PUBLIC_URL:-}" ]]; then
  url="${SAMVERKAN_PUBLIC_URL%/}"
else
  hostport="$SAMVERKAN_BIND"
  case "$hostport" in
    0.0.0.0:*) hostport="127.0.0.1:${hostport#0.0.0.0:}" ;;
    "[::]:"*) hostport="[::1]:${hostport#"[::]:"}" ;;
  esac
  url="http://$hostport"
fi

printf '\nSamverkan kör på %s\n  API-dokumentation: %s/api/docs\n\n' "$url" "$url"
if ((demo)); then
  cat <<MSG
Demoinloggningar (e-post / lösenord):
  admin        admin@samverkan.test        / samverkan-admin
  samordnare   coordinator@samverkan.test  / samverkan-coordinator
  medlem       member@samverkan.test       / samverkan-member
  läsare       viewer@samverkan.test       / samverkan-viewer
  justerare    adjuster@samverkan.test     / samverkan-adjuster

MSG
else
  cat <<MSG
Databasen har egna användare, så demon lades inte in och demoinloggningarna fungerar inte här.
Logga in med ett eget konto (skapa ett med: samverkan user create --email … --role admin --password-stdin).

MSG
fi
printf 'Stoppa med Ctrl+C.\n\n'


# Already migrated above.
SAMVERKAN_NO_MIGRATE=1 exec "$BIN" serve
