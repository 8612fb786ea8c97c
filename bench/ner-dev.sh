#!/usr/bin/env bash
# End-to-end NER check on CoNLL++ dev from raw text: F1 per type, load time and characters per second.
set -euo pipefail
cd "$(dirname "$0")/.."
node /work/shared/eval/to_jsonl.mjs conll /work/shared/data/ner/conllpp_dev.txt > /tmp/ner-dev-in.jsonl
pnpm exec tsx packages/extractor/scripts/eval-ner.ts /tmp/ner-dev-in.jsonl /tmp/ner-dev-out.jsonl
node /work/shared/eval/ner_score.mjs /work/shared/data/ner/conllpp_dev.txt /tmp/ner-dev-out.jsonl
