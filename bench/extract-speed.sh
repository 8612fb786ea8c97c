#!/usr/bin/env bash
# Wall-clock speed of the whole `extract --jsonl` command (start-up included) against the compromise baseline on
# ~850 kB of dev text (CoNLL++ dev + Re-DocRED dev), as contract.md's speed score measures it.
set -euo pipefail
cd "$(dirname "$0")/.."
# The measuring material sits beside the repository (see README); override with NEWSGRAPH_SHARED.
SHARED="${NEWSGRAPH_SHARED:-../shared}"
tmp="${BENCH_TMP:-/tmp/ent}"
mkdir -p "$tmp"
in="$tmp/speed-in.jsonl"
{ node $SHARED/eval/to_jsonl.mjs conll $SHARED/data/ner/conllpp_dev.txt
  node $SHARED/eval/to_jsonl.mjs docred $SHARED/data/re/redocred_dev.json; } > "$in"
chars=$(node -e 'let n=0;for(const l of require("fs").readFileSync(process.argv[1],"utf8").split("\n"))if(l.trim())n+=JSON.parse(l).text.length;console.log(n)' "$in")
now() { node -e 'console.log(Date.now())'; }
t0=$(now); pnpm run -s newsgraph extract --jsonl < "$in" > "$tmp/speed-ours.jsonl"; t1=$(now)
COMPROMISE_FROM=packages/extractor node $SHARED/eval/baseline_compromise.mjs < "$in" > "$tmp/speed-base.jsonl"; t2=$(now)
lines_in=$(grep -c . "$in"); lines_out=$(grep -c . "$tmp/speed-ours.jsonl")
node -e '
const [chars, a, b, c, li, lo] = process.argv.slice(1).map(Number);
const ours = chars / ((b - a) / 1000), base = chars / ((c - b) / 1000);
console.log(`input: ${li} docs, ${chars} chars; output lines: ${lo}`);
console.log(`ours:     ${((b - a) / 1000).toFixed(2)} s  ${Math.round(ours)} chars/s`);
console.log(`baseline: ${((c - b) / 1000).toFixed(2)} s  ${Math.round(base)} chars/s`);
console.log(`ratio ours/baseline: ${(ours / base).toFixed(2)}`);
' "$chars" "$t0" "$t1" "$t2" "$lines_in" "$lines_out"
