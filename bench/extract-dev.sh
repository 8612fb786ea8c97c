#!/usr/bin/env bash
# Every dev-set figure of the extractor in one run, scored by the project's own scorers in ../shared/eval:
# CoNLL++ dev entities, Re-DocRED dev relations, news-sentence relations (when $CONLL04_DEV names a CoNLL04-format
# dev file), the seed article's checks, the coreference proxy and speed.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED="${NEWSGRAPH_SHARED:-../shared}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

echo "== entities: CoNLL++ dev (PER/ORG/LOC, name mentions, exact spans)"
node "$SHARED/eval/to_jsonl.mjs" conll "$SHARED/data/ner/conllpp_dev.txt" > "$tmp/ner.jsonl"
pnpm run -s newsgraph extract --jsonl < "$tmp/ner.jsonl" > "$tmp/ner-out.jsonl"
node "$SHARED/eval/ner_score.mjs" "$SHARED/data/ner/conllpp_dev.txt" "$tmp/ner-out.jsonl"

echo "== one entity, many mentions: CoNLL++ dev news proxy (mention recall; grouping approximated)"
node bench/mentions-dev.mjs --out "$tmp/ner-out.jsonl"

echo "== relations: Re-DocRED dev"
node "$SHARED/eval/to_jsonl.mjs" docred "$SHARED/data/re/redocred_dev.json" > "$tmp/re.jsonl"
pnpm run -s newsgraph extract --jsonl < "$tmp/re.jsonl" > "$tmp/re-out.jsonl"
node "$SHARED/eval/re_score.mjs" "$SHARED/data/re/redocred_dev.json" "$tmp/re-out.jsonl"

echo "== relations: news sentences (CoNLL04-style dev, outside the repository)"
if [ -n "${CONLL04_DEV:-}" ]; then BENCH_TMP="$tmp" node bench/news-re-dev.mjs "$CONLL04_DEV"; else echo "skipped: set CONLL04_DEV to a CoNLL04-format dev file"; fi

echo "== one entity, many mentions: GUM dev (linked proper-name mentions, scored as the held-out test is)"
node "$SHARED/eval/gum_coref.mjs" jsonl "$SHARED/data/coref/gum_dev" > "$tmp/gum.jsonl"
pnpm run -s newsgraph extract --jsonl < "$tmp/gum.jsonl" > "$tmp/gum-out.jsonl"
node "$SHARED/eval/gum_coref.mjs" score "$SHARED/data/coref/gum_dev" "$tmp/gum-out.jsonl"

echo "== one entity, many mentions: Re-DocRED dev proxy"
node bench/coref-dev.mjs --out "$tmp/re-out.jsonl"

echo "== the seed article"
node -e 'const fs=require("fs");console.log(JSON.stringify({id:"seed",text:fs.readFileSync(process.argv[1],"utf8")}))' seeds/000_bcba7e35c127046e.txt > "$tmp/seed.jsonl"
pnpm run -s newsgraph extract --jsonl < "$tmp/seed.jsonl" > "$tmp/seed-out.jsonl"
node "$SHARED/eval/seed_check.mjs" "$tmp/seed-out.jsonl" || true

echo "== speed: whole commands on the same ~850 kB, ours against compromise"
BENCH_TMP="$tmp" bash bench/extract-speed.sh
