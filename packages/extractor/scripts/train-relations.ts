// Trains the relation pair model on CoNLL04's TRAIN split (thresholds tuned on dev; never the test split) and
// writes the bundled model. Usage: tsx scripts/train-relations.ts (RE_TRAIN, RE_DEV, RE_OUT override the paths).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  encodePairModel,
  PAIR_MODEL_PATH,
  pairProbability,
  type PairModel,
} from '../src/pipeline/5-relations/pair-model';
import type { PairGroup } from '../src/pipeline/5-relations/pair-features';
import { pairExamples, type PairExample } from './relation-examples';

const SHARED = process.env.NEWSGRAPH_SHARED ?? join(__dirname, '..', '..', '..', '..', 'shared');
const TRAIN = process.env.RE_TRAIN ?? join(SHARED, 'data', 're', 'conll04_train.json');
const DEV = process.env.RE_DEV ?? join(SHARED, 'data', 're', 'conll04_dev.json');
const OUT = process.env.RE_OUT ?? PAIR_MODEL_PATH;
const EPOCHS = Number(process.env.RE_EPOCHS ?? 10);
const L2 = Number(process.env.RE_L2 ?? 3e-3);
const RATE = Number(process.env.RE_RATE ?? 0.1);
// Precision matters more than recall for an analyst: a threshold is the lowest one whose dev precision reaches this.
const MIN_PRECISION = Number(process.env.RE_MIN_PRECISION ?? 0.7);
const GROUPS: PairGroup[] = ['wf', 'ob', 'li'];

/** Deterministic shuffle (xorshift), so a retrain gives the same file. */
function shuffle<T>(xs: T[], seed: number): T[] {
  let s = seed;
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    const j = Math.abs(s) % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Logistic regression by AdaGrad with L2, one shared weight map (features carry their group prefix). */
function train(examples: PairExample[]): Map<string, number> {
  const w = new Map<string, number>();
  const g2 = new Map<string, number>();
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (const ex of shuffle(examples, 7919 + epoch)) {
      const p = pairProbability({ weights: w, thresholds: { wf: 1, ob: 1, li: 1 } }, ex.features);
      const err = p - ex.label;
      for (const f of ex.features) {
        const wf = w.get(f) ?? 0;
        const grad = err + L2 * wf;
        const acc = (g2.get(f) ?? 0) + grad * grad;
        g2.set(f, acc);
        w.set(f, wf - (RATE * grad) / Math.sqrt(acc + 1e-8));
      }
    }
  }
  return w;
}

/** Pair-level precision and recall of one group at each threshold, and the lowest threshold reaching MIN_PRECISION. */
function tune(model: PairModel, dev: PairExample[], group: PairGroup): number {
  const scored = dev
    .filter((e) => e.group === group)
    .map((e) => ({ p: pairProbability(model, e.features), y: e.label }));
  const gold = scored.filter((s) => s.y === 1).length;
  let best = 0.9;
  for (let t = 0.95; t >= 0.2 - 1e-9; t -= 0.05) {
    const pred = scored.filter((s) => s.p >= t);
    const tp = pred.filter((s) => s.y === 1).length;
    const P = tp / (pred.length || 1),
      R = tp / (gold || 1);
    console.log(
      `  ${group} t=${t.toFixed(2)} P ${P.toFixed(3)} R ${R.toFixed(3)} F1 ${((2 * P * R) / (P + R || 1)).toFixed(3)} (${tp}/${pred.length}, gold ${gold})`,
    );
    if (P >= MIN_PRECISION && pred.length >= 3) best = t;
  }
  return Math.round(best * 100) / 100;
}

async function main(): Promise<void> {
  // RE_DROP (comma-separated feature prefixes such as "bw=,bws=") leaves feature families out, for ablations
  const drop = (process.env.RE_DROP ?? '').split(',').filter(Boolean);
  const keep = (xs: PairExample[]): PairExample[] =>
    xs.map((x) => ({ ...x, features: x.features.filter((f) => !drop.some((d) => f.slice(3).startsWith(d))) }));
  const trainEx = keep(await pairExamples(TRAIN, SHARED));
  const devEx = keep(await pairExamples(DEV, SHARED));
  const count = (xs: PairExample[]): string =>
    GROUPS.map(
      (g) => `${g} ${xs.filter((x) => x.group === g && x.label).length}/${xs.filter((x) => x.group === g).length}`,
    ).join(', ');
  console.log(`train pairs (positive/all): ${count(trainEx)}; dev: ${count(devEx)}`);
  const weights = train(trainEx);
  const model: PairModel = { weights, thresholds: { wf: 0.5, ob: 0.5, li: 0.5 } };
  for (const g of GROUPS) model.thresholds[g] = Number(process.env[`RE_T_${g.toUpperCase()}`] ?? tune(model, devEx, g));
  const bytes = encodePairModel(model);
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, bytes);
  console.log(
    `thresholds ${JSON.stringify(model.thresholds)}; wrote ${OUT} (${(bytes.length / 1e3).toFixed(0)} kB, ${weights.size} features)`,
  );
}

void main();
