#!/usr/bin/env bash
# Every dev set twice, as given and hard-wrapped at 72 columns by ../shared/eval/wrap.mjs (same characters, some
# spaces turned into line breaks): the two figures should not differ. CoNLL04 runs when $CONLL04_DEV names its dev file.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED="${NEWSGRAPH_SHARED:-../shared}"
WIDTH="${WIDTH:-72}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

node "$SHARED/eval/to_jsonl.mjs" conll "$SHARED/data/ner/conllpp_dev.txt" > "$tmp/ner.jsonl"
node "$SHARED/eval/to_jsonl.mjs" docred "$SHARED/data/re/redocred_dev.json" > "$tmp/re.jsonl"
node "$SHARED/eval/gum_coref.mjs" jsonl "$SHARED/data/coref/gum_dev" > "$tmp/gum.jsonl"
for form in plain wrapped; do
  for set in ner re gum; do
    if [ "$form" = wrapped ]; then node "$SHARED/eval/wrap.mjs" "$WIDTH" < "$tmp/$set.jsonl" > "$tmp/$set-in.jsonl"; else cp "$tmp/$set.jsonl" "$tmp/$set-in.jsonl"; fi
    pnpm run -s newsgraph extract --jsonl < "$tmp/$set-in.jsonl" > "$tmp/$set-out.jsonl"
  done
  echo "== $form: entities, CoNLL++ dev"
  node "$SHARED/eval/ner_score.mjs" "$SHARED/data/ner/conllpp_dev.txt" "$tmp/ner-out.jsonl"
  echo "== $form: relations, Re-DocRED dev"
  node "$SHARED/eval/re_score.mjs" "$SHARED/data/re/redocred_dev.json" "$tmp/re-out.jsonl"
  echo "== $form: one entity, many mentions, GUM dev"
  node "$SHARED/eval/gum_coref.mjs" score "$SHARED/data/coref/gum_dev" "$tmp/gum-out.jsonl"
  if [ -n "${CONLL04_DEV:-}" ]; then
    echo "== $form: news-sentence relations, CoNLL04 dev"
    if [ "$form" = wrapped ]; then BENCH_WRAP="$WIDTH" node bench/news-re-dev.mjs "$CONLL04_DEV"; else node bench/news-re-dev.mjs "$CONLL04_DEV"; fi
  fi
done
