// Wall-clock speed of the whole `extract --jsonl` command (start-up included) against the compromise baseline on
// ~850 kB of dev text (CoNLL++ dev + Re-DocRED dev), as contract.md's speed score measures it.
// Usage: pnpm run -s bench:extract-speed   (inputs and outputs kept in $BENCH_TMP, default /tmp/ent)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { evalScript, extractJsonl, must } from './commands';
import { devData, importEval } from './eval-modules';
import { runMain, toJsonl } from './support';

const nonEmptyLines = (path: string): number =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.length > 0).length;

/** Times our command, then the baseline, on the same input file and prints both rates and their ratio. */
export async function main(tmp = process.env.BENCH_TMP ?? '/tmp/ent'): Promise<void> {
  const { loadConll } = await importEval('ner_data.mjs');
  const { loadDocred } = await importEval('re_data.mjs');
  mkdirSync(tmp, { recursive: true });
  const input = join(tmp, 'speed-in.jsonl');
  const docs = [...loadConll(devData.conll), ...loadDocred(devData.docred)];
  writeFileSync(input, toJsonl(docs));
  const chars = docs.reduce((n, d) => n + d.text.length, 0);
  const t0 = Date.now();
  extractJsonl(input, join(tmp, 'speed-ours.jsonl'));
  const t1 = Date.now();
  must('node', evalScript('baseline_compromise.mjs'), {
    stdin: input,
    stdout: join(tmp, 'speed-base.jsonl'),
    env: { COMPROMISE_FROM: 'packages/extractor' },
  });
  const t2 = Date.now();
  const ours = chars / ((t1 - t0) / 1000),
    base = chars / ((t2 - t1) / 1000);
  console.log(
    `input: ${nonEmptyLines(input)} docs, ${chars} chars; output lines: ${nonEmptyLines(join(tmp, 'speed-ours.jsonl'))}`,
  );
  console.log(`ours:     ${((t1 - t0) / 1000).toFixed(2)} s  ${Math.round(ours)} chars/s`);
  console.log(`baseline: ${((t2 - t1) / 1000).toFixed(2)} s  ${Math.round(base)} chars/s`);
  console.log(`ratio ours/baseline: ${(ours / base).toFixed(2)}`);
}

runMain(module, () => main());
