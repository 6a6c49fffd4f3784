# shellcheck shell=bash
# Shared helpers for the scripts in this folder. Source it; don't run it.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export ROOT

log()  { printf '%s\n' "$*" >&2; }
warn() { printf 'warning: %s\n' "$*" >&2; }
die()  { printf 'error: %s\n' "$*" >&2; exit 1; }

is_ci() { [[ "${CI:-}" == "true" || "${CI:-}" == "1" ]]; }

# sha256 of a file, hex only.
sha256_of() { sha256sum "$1" | cut -d' ' -f1; }

# A TCP port on 127.0.0.1 that nothing listens on right now.
free_port() {
  python3 - <<'PY'
import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()
PY
}

# Run a command as root: directly when we are root, else through passwordless sudo.
as_root() {
  if [[ $EUID -eq 0 ]]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo -n "$@"
  else
    die "need root to run: $* (run as root, or install it yourself)"
  fi
}

# The frontend's npm packages, installed with `npm ci` only when package-lock.json changed
# since the last install (its sha256 is stamped into node_modules/.samverkan-lock-sha).
ensure_node_modules() {
  local fe="$ROOT/frontend" lock stamp want have
  [[ -f "$fe/package.json" ]] || die "frontend/package.json not found"
  lock="$fe/package-lock.json"
  [[ -f "$lock" ]] || die "frontend/package-lock.json not found (run 'npm install' in frontend/ and commit the lockfile)"
  command -v npm >/dev/null 2>&1 || die "npm not found (Node.js 20+ with npm is needed)"
  stamp="$fe/node_modules/.samverkan-lock-sha"
  want="$(sha256_of "$lock")"
  have="$(cat "$stamp" 2>/dev/null || true)"
  if [[ "$want" == "$have" ]]; then
    log "frontend/node_modules is current (lockfile $want)"
    return 0
  fi
  log "npm ci in frontend/ (lockfile changed or node_modules missing)"
  (cd "$fe" && npm ci --no-audit --no-fund --prefer-offline)
  printf '%s\n' "$want" >"$stamp"
}

# A Python venv with the tools in scripts/requirements-test.txt, under .cache/ keyed by the
# file's sha256. Sets VENV to its path.
ensure_venv() {
  local req="$ROOT/scripts/requirements-test.txt" key py
  key="$(sha256_of "$req" | cut -c1-16)"
  VENV="$ROOT/.cache/venv-$key"
  export VENV
  if [[ -x "$VENV/bin/python" && -f "$VENV/.complete" ]]; then
    log "python venv is current ($VENV)"
    return 0
  fi
  py="$(command -v python3 || true)"
  [[ -n "$py" ]] || die "python3 not found"
  log "creating python venv $VENV"
  rm -rf "$VENV"
  mkdir -p "$ROOT/.cache"
  # Old venvs (other requirement hashes) are only clutter.
  find "$ROOT/.cache" -maxdepth 1 -name 'venv-*' -type d ! -name "venv-$key" -exec rm -rf {} +
  "$py" -m venv "$VENV"
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -r "$req"
  touch "$VENV/.complete"
}

# Debian's chromium at /usr/bin/chromium (Playwright drives it; it cannot download its own).
ensure_chromium() {
  if [[ -x /usr/bin/chromium ]]; then
    log "chromium present: $(/usr/bin/chromium --version 2>/dev/null || echo '?')"
    return 0
  fi
  command -v apt-get >/dev/null 2>&1 || die "/usr/bin/chromium missing and no apt-get to install it"
  log "installing Debian's chromium (apt-get)"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  [[ -x /usr/bin/chromium ]] || die "chromium install did not produce /usr/bin/chromium"
  log "chromium installed: $(/usr/bin/chromium --version 2>/dev/null || echo '?')"
}
