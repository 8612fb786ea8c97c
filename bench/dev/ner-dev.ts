// End-to-end NER check on CoNLL++ dev from raw text with the bundled tagger alone: F1 per type, and (on stderr) load
// time and characters per second.
// Usage: pnpm run -s bench:ner-dev
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { must } from './commands';
import { devData, importEval } from './eval-modules';
import { runMain, toJsonl } from './support';

/** Tags the dev text with packages/extractor/scripts/eval-ner.ts and scores its output with ner_score.mjs. */
export async function main(): Promise<void> {
  const { loadConll } = await importEval('ner_data.mjs');
  const { score, readJsonl } = await importEval('ner_score.mjs');
  const input = join(tmpdir(), 'ner-dev-in.jsonl');
  const output = join(tmpdir(), 'ner-dev-out.jsonl');
  writeFileSync(input, toJsonl(loadConll(devData.conll)));
  must('pnpm', ['exec', 'tsx', 'packages/extractor/scripts/eval-ner.ts', input, output]);
  console.log(JSON.stringify(score(loadConll(devData.conll), readJsonl(output))));
}

runMain(module, () => main());
