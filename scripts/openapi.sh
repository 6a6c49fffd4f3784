#!/usr/bin/env bash
# `make openapi`: rewrite openapi.yaml from the code, then regenerate the frontend's API types.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

tmp="$(mktemp "$ROOT/openapi.yaml.XXXXXX")"
trap 'rm -f "$tmp"' EXIT
cargo run -q --locked -p samverkan -- openapi >"$tmp"
[[ -s "$tmp" ]] || die "'samverkan openapi' printed nothing"
mv "$tmp" openapi.yaml
log "wrote openapi.yaml"

ensure_node_modules
(cd frontend && npm run gen:api)
log "regenerated frontend/src/api/schema.d.ts"
