#!/usr/bin/env bash
# Installs what the end-to-end suite needs outside the project: Debian's chromium, ripgrep, the
# Kerberos headers and CJK fonts (the zh-cn screenshots), and code-server 4.100.3 (VS Code
# 1.100.3, the last for Node 20) in a cache folder of its own — never a dependency of the extension. Idempotent; prints the cache folder.
# usage: test/e2e/install.sh [CACHE]   (default $REIMAGE_E2E_CACHE or ~/.cache/reimage-e2e)
set -euo pipefail
CODE_SERVER_VERSION=4.100.3
CACHE=${1:-${REIMAGE_E2E_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/reimage-e2e}}
DEST=$CACHE/code-server-$CODE_SERVER_VERSION

if [ ! -x /usr/bin/chromium ] || ! command -v rg >/dev/null || [ ! -e /usr/include/gssapi/gssapi.h ] || [ ! -d /usr/share/fonts/opentype/noto ]; then
  echo "e2e install: apt-get install chromium libkrb5-dev ripgrep fonts-noto-cjk" >&2
  if [ "$(id -u)" != 0 ]; then echo "e2e install: needs root (or install chromium, libkrb5-dev and ripgrep first)" >&2; exit 2; fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium libkrb5-dev ripgrep fonts-noto-cjk >/dev/null
fi

if [ -x "$DEST/node_modules/.bin/code-server" ]; then echo "$DEST"; exit 0; fi
echo "e2e install: code-server@$CODE_SERVER_VERSION into $DEST (about 300 MB, a minute or two)" >&2
rm -rf "$DEST.partial"
mkdir -p "$DEST.partial/tmp"
export TMPDIR=$DEST.partial/tmp
# @vscode/ripgrep's postinstall downloads ripgrep from GitHub unless its cache holds the archive:
# seed the cache with Debian's rg.
stage=$(mktemp -d)
cache=$TMPDIR/vscode-ripgrep-cache-1.15.11
mkdir -p "$cache"
cp "$(command -v rg)" "$stage/rg"
tar czf "$cache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$stage" rg
rm -rf "$stage"
cd "$DEST.partial"
echo '{ "private": true, "description": "code-server for the Reimage e2e suite (not part of the extension)" }' > package.json
# node-pty's postinstall runs `npx node-gyp` (yes = no prompt); code-server's refuses root without unsafe_perm;
# kerberos builds from source (libkrb5-dev); argon2's prebuilt download fails harmlessly and it builds.
npm_config_yes=true npm_config_unsafe_perm=true npm install --no-audit --no-fund --loglevel=error \
  "code-server@$CODE_SERVER_VERSION" >"$DEST.partial/install.log" 2>&1 || {
  echo "e2e install: npm install failed, see $DEST.partial/install.log" >&2; tail -30 "$DEST.partial/install.log" >&2; exit 2; }
rm -rf "$TMPDIR"
cd "$CACHE"
mv "$DEST.partial" "$DEST"
echo "$DEST"
