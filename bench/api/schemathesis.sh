#!/usr/bin/env bash
# A real OpenAPI client against the API: schemathesis (from PyPI, an outside measuring tool) reads
# /api/openapi.json and sends generated requests, valid and invalid, to every operation of the API serving the
# seed articles, checking every answer against the document (status codes, content types, response schemas,
# 5xx, rejection of bad input, 405 for other methods).
#
# Usage: bench/api/schemathesis.sh [extra `schemathesis run` options]
# Needs: `schemathesis` on PATH (`pip install schemathesis`) or SCHEMATHESIS=<path>; Java 17 and Maven for the
# embedded Neo4j (or NEO4J_URI: that graph is NOT emptied, the seeds are ingested into it).
# Settings: PORT (default 3000), NEO4J_BOLT_PORT (default 7687), MAX_EXAMPLES (default 50 per operation),
# SEED (default 1, so runs are comparable). The embedded Neo4j keeps its files in a fresh temporary
# NEWSGRAPH_DATA_DIR, removed afterwards; the server log stays in $REPORT_DIR (default /tmp/newsgraph-schemathesis).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SCHEMATHESIS="${SCHEMATHESIS:-schemathesis}"
HOST=127.0.0.1
PORT="${PORT:-3000}"
REPORT_DIR="${REPORT_DIR:-/tmp/newsgraph-schemathesis}"
BASE="http://${HOST}:${PORT}"
command -v "$SCHEMATHESIS" >/dev/null || { echo "schemathesis not found: pip install schemathesis, or set SCHEMATHESIS" >&2; exit 2; }
mkdir -p "$REPORT_DIR"
DATA="$(mktemp -d)"

cd "$ROOT"
# tsx passes SIGTERM on to the server, which stops the embedded Neo4j it started.
HOST="$HOST" PORT="$PORT" NEWSGRAPH_DATA_DIR="$DATA" LOG_FORMAT=json LOG_LEVEL=warn \
  "$ROOT/node_modules/.bin/tsx" packages/cli/src/bin.ts start >"$REPORT_DIR/server.log" 2>&1 &
SERVER=$!
cleanup() {
  kill -TERM "$SERVER" 2>/dev/null || true
  wait "$SERVER" 2>/dev/null || true
  rm -rf "$DATA"
}
trap cleanup EXIT

for _ in $(seq 1 600); do
  if grep -q 'newsgraph is running' "$REPORT_DIR/server.log" 2>/dev/null; then break; fi
  kill -0 "$SERVER" 2>/dev/null || { echo "the server stopped; see $REPORT_DIR/server.log" >&2; exit 1; }
  sleep 1
done
curl -fsS "$BASE/health" >/dev/null

echo "schemathesis $("$SCHEMATHESIS" --version | awk '{print $NF}') against $BASE/api/openapi.json; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
started=$(date +%s)
status=0
# Schemathesis keeps a cache of its findings in the working directory: the report folder, not the repository.
cd "$REPORT_DIR"
"$SCHEMATHESIS" run "$BASE/api/openapi.json" \
  --checks all \
  --max-examples "${MAX_EXAMPLES:-50}" \
  --seed "${SEED:-1}" \
  --workers 1 \
  --report junit --report-dir "$REPORT_DIR" \
  "$@" || status=$?
echo "took $(($(date +%s) - started)) s; load average after: $(cut -d' ' -f1-3 /proc/loadavg); junit report in $REPORT_DIR"
exit "$status"
