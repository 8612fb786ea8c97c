#!/usr/bin/env bash
# End-to-end NER check on CoNLL++ dev from raw text: F1 per type, load time and characters per second.
set -euo pipefail
cd "$(dirname "$0")/.."
# The measuring material sits beside the repository (see README); override with NEWSGRAPH_SHARED.
SHARED="${NEWSGRAPH_SHARED:-../shared}"
node $SHARED/eval/to_jsonl.mjs conll $SHARED/data/ner/conllpp_dev.txt > /tmp/ner-dev-in.jsonl
pnpm exec tsx packages/extractor/scripts/eval-ner.ts /tmp/ner-dev-in.jsonl /tmp/ner-dev-out.jsonl
node $SHARED/eval/ner_score.mjs $SHARED/data/ner/conllpp_dev.txt /tmp/ner-dev-out.jsonl
