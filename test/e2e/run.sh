#!/usr/bin/env bash
# `npm run test:e2e`: the extension in a real VS Code (code-server), offline. Installs what it
# needs (Debian's chromium, code-server in a cache folder), packages the .vsix, then runs the
# Playwright suite, which starts code-server and stops every process it started.
set -euo pipefail
cd "$(dirname "$0")/../.."
t0=$(date +%s)
CODE_SERVER=$(bash test/e2e/install.sh)
[ -d node_modules/playwright-core ] || npm ci --no-audit --no-fund
t1=$(date +%s)
npm run --silent package >/dev/null
VSIX=$PWD/reimage-$(node -p "require('./package.json').version").vsix
t2=$(date +%s)
echo "e2e: install/cache check $((t1 - t0)) s, package $((t2 - t1)) s ($(du -k "$VSIX" | cut -f1) KB)"
REIMAGE_CODE_SERVER=$CODE_SERVER REIMAGE_VSIX=$VSIX node --test --test-concurrency=1 test/e2e/suite.e2e.mjs test/e2e/restricted.e2e.mjs test/e2e/zh-cn.e2e.mjs
echo "e2e: total $(($(date +%s) - t0)) s; screenshots in test-results/e2e/"
