#!/usr/bin/env bash
# End-to-end checks in real n8n, for .ci/run:
#   1. npm run test:e2e   on n8n 2.41.1 (Node 24) and 1.123.81 (Node 20)   (E2E_N8N=2 to run 2.x only)
#   2. the same on n8n 2.41.1 against the simulator's documented profile (E2E_SIM_PROFILE=documented)
#   3. npm run test:browser on n8n 2.41.1 (Debian chromium + puppeteer-core)
# The runtimes are installed into .n8n-runtime/ on first use and reused while the lock files are unchanged.
# Every step is bounded by `timeout`; every process the scripts start is stopped when they end.
set -uo pipefail
cd "$(dirname "$0")/../.."
started=$(date +%s)
status=0

echo "== build"
timeout 300 npm run build --silent || { echo "ci-e2e: build failed"; echo "0 passed, 1 failed"; exit 1; }

echo "== e2e (n8n ${E2E_N8N:-all})"
E2E_SKIP_BUILD=1 E2E_N8N="${E2E_N8N:-all}" timeout 1500 node test/e2e/e2e.js || status=1

# The same cases and the trigger scenario against the simulator's documented profile (only what Leonar
# documents), each checked against its `documented` expectation (docs/live-api-e2e.md).
echo "== e2e, documented simulator profile (n8n 2)"
E2E_SIM_PROFILE=documented E2E_SKIP_BUILD=1 E2E_N8N=2 timeout 900 node test/e2e/e2e.js || status=1

echo "== browser"
BROWSER_SKIP_BUILD=1 timeout 900 node test/browser/browser.js || status=1

echo "ci-e2e: $(( $(date +%s) - started ))s, exit ${status}"
exit $status
