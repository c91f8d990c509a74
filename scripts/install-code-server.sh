#!/usr/bin/env bash
# Installs a real VS Code host for the in-host test suite (npm run test:host), with no
# internet beyond the npm registry and Debian's apt packages:
#   - Debian's chromium (driven headless by playwright-core) and ripgrep (used by findFiles/search);
#   - code-server@4.99.4 (VS Code 1.99.3, Node 20) into .vscode-test/code-server/, NOT into the
#     project's node_modules, installed with --ignore-scripts (its postinstall downloads ripgrep
#     from GitHub, which fails here), then the inner lib/vscode production install, the
#     node_modules.asar symlink, Debian's rg copied into @vscode/ripgrep, and native rebuilds of
#     argon2, native-watchdog and @vscode/spdlog with the machine's g++.
# Idempotent: a marker file records a finished install; a re-run only re-checks it.
# Usage: bash scripts/install-code-server.sh [--force]
# Environment: CODE_SERVER_VERSION (default 4.99.4), RELEASE_LENS_HOST_DIR (default .vscode-test/code-server)
set -euo pipefail

VERSION="${CODE_SERVER_VERSION:-4.99.4}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PREFIX="${RELEASE_LENS_HOST_DIR:-$ROOT/.vscode-test/code-server}"
CS="$PREFIX/node_modules/code-server"
VSC="$CS/lib/vscode"
MARKER="$PREFIX/.installed-$VERSION"
FORCE=0
[[ "${1:-}" == "--force" ]] && FORCE=1

log() { printf '[install-code-server] %s\n' "$*"; }
t0=$(date +%s)

export CI="${CI:-true}"
export DEBIAN_FRONTEND=noninteractive
export npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false
# node-gyp must build against the local Node headers (it cannot download them here).
if [[ -z "${npm_config_nodedir:-}" && -f /usr/include/node/node.h ]]; then
  export npm_config_nodedir=/usr
fi

# ---- 1. Debian packages -------------------------------------------------------------------
need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v rg >/dev/null 2>&1 || need_apt+=(ripgrep)
# g++/make/python3 are needed for the native rebuilds below.
command -v g++ >/dev/null 2>&1 || need_apt+=(g++)
command -v make >/dev/null 2>&1 || need_apt+=(make)
command -v python3 >/dev/null 2>&1 || need_apt+=(python3)
if ((${#need_apt[@]})); then
  SUDO=""
  if [[ "$(id -u)" != 0 ]]; then
    command -v sudo >/dev/null 2>&1 && SUDO="sudo -n" || { log "need root (or sudo) to apt-get install ${need_apt[*]}"; exit 1; }
  fi
  log "apt-get install ${need_apt[*]}"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi
[[ -f /usr/include/node/node.h || -n "${npm_config_nodedir:-}" ]] || log "warning: no /usr/include/node headers; node-gyp may try to download them"

if [[ $FORCE == 0 && -f "$MARKER" && -f "$CS/out/node/entry.js" && -x "$VSC/node_modules/@vscode/ripgrep/bin/rg" \
      && -L "$VSC/node_modules.asar" ]]; then
  log "code-server $VERSION already installed in $PREFIX ($(( $(date +%s) - t0 ))s)"
  exit 0
fi
rm -f "$PREFIX"/.installed-*

node_major="$(node -p 'process.versions.node.split(".")[0]')"
[[ "$node_major" == 20 ]] || log "warning: code-server $VERSION declares Node 20; this is Node $(node -v)"

# ---- 2. code-server from the npm registry, scripts off --------------------------------------
mkdir -p "$PREFIX"
if [[ ! -f "$PREFIX/package.json" ]]; then
  cat >"$PREFIX/package.json" <<JSON
{
  "name": "release-lens-code-server-host",
  "private": true,
  "description": "Test host for Release Lens (installed by scripts/install-code-server.sh)",
  "dependencies": { "code-server": "$VERSION" }
}
JSON
fi
installed_version="$(node -p "try{require('$CS/package.json').version}catch{''}" 2>/dev/null || true)"
if [[ "$installed_version" != "$VERSION" ]]; then
  log "npm install code-server@$VERSION --ignore-scripts (into $PREFIX)"
  (cd "$PREFIX" && npm install --no-save --ignore-scripts --no-audit --no-fund --loglevel=error "code-server@$VERSION")
fi

# ---- 3. VS Code's own production dependencies (scripts off) ------------------------------------
if [[ ! -d "$VSC/node_modules/@vscode/ripgrep" ]]; then
  log "npm install --omit=dev --ignore-scripts in lib/vscode"
  (cd "$VSC" && npm install --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error)
fi
ln -sfn node_modules "$VSC/node_modules.asar"

# ---- 4. ripgrep from Debian ------------------------------------------------------------------
mkdir -p "$VSC/node_modules/@vscode/ripgrep/bin"
install -m 0755 "$(command -v rg)" "$VSC/node_modules/@vscode/ripgrep/bin/rg"

# ---- 5. native modules, compiled here --------------------------------------------------------
if ! (cd "$PREFIX" && node -e "require('argon2')" >/dev/null 2>&1); then
  log "npm rebuild argon2"
  (cd "$PREFIX" && npm rebuild argon2 --loglevel=error)
fi
if ! (cd "$VSC" && node -e "require('native-watchdog'); require('@vscode/spdlog')" >/dev/null 2>&1); then
  log "npm rebuild native-watchdog @vscode/spdlog"
  (cd "$VSC" && npm rebuild native-watchdog @vscode/spdlog --loglevel=error)
fi

# ---- 6. sanity checks -------------------------------------------------------------------------
(cd "$PREFIX" && node -e "require('argon2')") \
  && (cd "$VSC" && node -e "require('native-watchdog'); require('@vscode/spdlog')") \
  || { log "native modules failed to load"; exit 1; }
"$VSC/node_modules/@vscode/ripgrep/bin/rg" --version >/dev/null
node "$CS/out/node/entry.js" --version >/dev/null \
  || { log "code-server does not start"; exit 1; }

date -u +%FT%TZ >"$MARKER"
log "code-server $VERSION ready in $PREFIX ($(( $(date +%s) - t0 ))s)"
