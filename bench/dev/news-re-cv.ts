// The honest proxy for held-out news relations (ADR 10): CoNLL04's TRAIN split scored through the whole pipeline by
// 2-fold cross-validation, the pair model trained on one half (by sentence: even and odd positions) and each half
// scored with the model trained on the other. Dev is never read here.
// Usage: nice pnpm run -s bench:news-re-cv [conll04_train.json] [--errors] (or set CONLL04_TRAIN); about 2 minutes.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NewsgraphError } from '@newsgraph/schema';
import { extractDocs, must } from './commands';
import { importEval } from './eval-modules';
import { loadConll04 } from './news-re/conll04';
import { score, type Figures, type ScoreError } from './news-re/score';
import { recordsById, root, runMain, takeSwitch } from './support';

const FOLDS = 2;

const line = (name: string, r: Figures): string =>
  `${name.padEnd(12)} P ${r.P.toFixed(3)} R ${r.R.toFixed(3)} F1 ${r.F1.toFixed(3)}  (tp ${r.tp}, predicted ${r.predicted}, gold ${r.gold})`;

/** Figures from pooled counts, rounded as score.ts rounds them. */
function pooled(tp: number, predicted: number, gold: number): Figures {
  const P = tp / (predicted || 1),
    R = tp / (gold || 1);
  const F1 = (2 * P * R) / (P + R || 1);
  return { P: +P.toFixed(3), R: +R.toFixed(3), F1: +F1.toFixed(3), tp, predicted, gold };
}

/** Trains the pair model on `train` into `out` with the shipped training script (its thresholds by CV on `train`). */
function trainModel(train: string, check: string, out: string): void {
  const script = join(root, 'packages', 'extractor', 'scripts', 'train-relations.ts');
  must('npx', ['tsx', script], { env: { RE_TRAIN: train, RE_DEV: check, RE_OUT: out }, stdout: `${out}.log` });
}

export async function main(args: string[], tmp = process.env.BENCH_TMP ?? tmpdir()): Promise<void> {
  const showErrors = takeSwitch(args, '--errors');
  const trainPath = args[0] ?? process.env.CONLL04_TRAIN;
  if (!trainPath) {
    console.error('usage: pnpm run -s bench:news-re-cv <conll04_train.json> (or set CONLL04_TRAIN)');
    process.exitCode = 2;
    return;
  }
  const rows: unknown = JSON.parse(readFileSync(trainPath, 'utf8'));
  if (!Array.isArray(rows)) throw new NewsgraphError('BAD_INPUT', `${trainPath}: not a JSON array of sentences`);
  const { detokenize } = await importEval('detok.mjs');
  const scratch = mkdtempSync(join(tmp, 'news-re-cv-'));
  const totals = new Map<string, { tp: number; predicted: number; gold: number }>();
  const errors: ScoreError[] = [];
  try {
    for (let k = 0; k < FOLDS; k++) {
      const half = (f: number): string => {
        const path = join(scratch, `half${f}.json`);
        writeFileSync(path, JSON.stringify(rows.filter((_, i) => i % FOLDS === f)));
        return path;
      };
      const scored = half(k);
      const rest = join(scratch, `rest${k}.json`);
      writeFileSync(rest, JSON.stringify(rows.filter((_, i) => i % FOLDS !== k)));
      const model = join(scratch, `model${k}.json.gz`);
      // the held half is only printed by the training script as its check; the thresholds come from `rest` alone
      trainModel(rest, scored, model);
      const thresholds = readFileSync(`${model}.log`, 'utf8').match(/^thresholds .*?;/m)?.[0] ?? '(no thresholds line)';
      const sentences = loadConll04(scored, detokenize);
      const out = join(scratch, `out${k}.jsonl`);
      process.env.NEWSGRAPH_PAIR_MODEL = model;
      try {
        extractDocs(sentences, out);
      } finally {
        delete process.env.NEWSGRAPH_PAIR_MODEL;
      }
      const { res, errors: errs } = score(sentences, recordsById(out));
      errors.push(...errs);
      console.log(
        `fold ${k + 1}/${FOLDS}: ${sentences.length} sentences scored, model trained on the rest, ${thresholds}`,
      );
      for (const [name, r] of Object.entries(res)) {
        console.log(`  ${line(name, r)}`);
        const t = totals.get(name) ?? { tp: 0, predicted: 0, gold: 0 };
        totals.set(name, { tp: t.tp + r.tp, predicted: t.predicted + r.predicted, gold: t.gold + r.gold });
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  console.log(`news relations, CoNLL04 train by ${FOLDS}-fold pipeline cross-validation (pooled)`);
  for (const [name, t] of totals) console.log(line(name, pooled(t.tp, t.predicted, t.gold)));
  if (showErrors) for (const e of errors) console.log(`${e.kind} [${e.id}] ${e.what} -- ${e.why}\n     ${e.text}`);
}

runMain(module, (args) => main(args));
