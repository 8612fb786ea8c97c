// Trains the relation pair model on CoNLL04's TRAIN split and writes the bundled model; each relation's threshold is
// chosen by cross-validation over the train sentences, and dev is only printed as a check (never the test split). Usage: tsx scripts/train-relations.ts (RE_TRAIN, RE_DEV, RE_OUT override the paths).
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
// Precision matters more than recall for an analyst: a threshold is the lowest one whose cross-validated precision reaches this.
const MIN_PRECISION = Number(process.env.RE_MIN_PRECISION ?? 0.7);
const FOLDS = Number(process.env.RE_FOLDS ?? 5);
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

/** Pair-level figures of one group's scored pairs at a threshold. */
function figures(
  scored: { p: number; y: number }[],
  t: number,
): { P: number; R: number; F1: number; tp: number; n: number; gold: number } {
  const gold = scored.filter((s) => s.y === 1).length;
  const pred = scored.filter((s) => s.p >= t);
  const tp = pred.filter((s) => s.y === 1).length;
  const P = tp / (pred.length || 1);
  const R = tp / (gold || 1);
  return { P, R, F1: (2 * P * R) / (P + R || 1), tp, n: pred.length, gold };
}

const show = (f: ReturnType<typeof figures>): string =>
  `P ${f.P.toFixed(3)} R ${f.R.toFixed(3)} F1 ${f.F1.toFixed(3)} (${f.tp}/${f.n}, gold ${f.gold})`;

/** The lowest threshold whose precision reaches MIN_PRECISION on these (out-of-fold) scores. */
function tune(scored: { p: number; y: number }[]): number {
  let best = 0.9;
  for (let t = 0.95; t >= 0.2 - 1e-9; t -= 0.05) {
    const f = figures(scored, t);
    if (f.P >= MIN_PRECISION && f.n >= 3) best = t;
  }
  return Math.round(best * 100) / 100;
}

/** Pairs the pipeline asks the model about: thresholds and figures are read on these only. */
const asked = (xs: PairExample[], g: PairGroup): PairExample[] => xs.filter((x) => x.group === g && x.stage === 'open');

/** Out-of-fold probabilities of the pairs the pipeline asks about, by FOLDS-fold cross-validation over train sentences. */
function crossValidate(examples: PairExample[]): Map<PairExample, number> {
  const oof = new Map<PairExample, number>();
  for (let k = 0; k < FOLDS; k++) {
    const model: PairModel = {
      weights: train(examples.filter((x) => x.sentence % FOLDS !== k)),
      thresholds: { wf: 1, ob: 1, li: 1 },
    };
    for (const x of examples)
      if (x.sentence % FOLDS === k && x.stage === 'open') oof.set(x, pairProbability(model, x.features));
  }
  return oof;
}

async function main(): Promise<void> {
  // RE_DROP (comma-separated feature prefixes such as "bw=,bws=") leaves feature families out, for ablations
  const drop = (process.env.RE_DROP ?? '').split(',').filter(Boolean);
  const keep = (xs: PairExample[]): PairExample[] =>
    xs.map((x) => ({ ...x, features: x.features.filter((f) => !drop.some((d) => f.slice(3).startsWith(d))) }));
  // RE_STAGES: which pairs to learn from (default every pair but those the pipeline never places: datelines, agencies)
  const stages = (process.env.RE_STAGES ?? 'open,heading,ruled-out,gated,by-pattern').split(',');
  const trainEx = keep(await pairExamples(TRAIN, SHARED)).filter((x) => stages.includes(x.stage));
  const devEx = keep(await pairExamples(DEV, SHARED));
  const count = (xs: PairExample[]): string =>
    GROUPS.map((g) => `${g} ${asked(xs, g).filter((x) => x.label).length}/${asked(xs, g).length}`).join(', ');
  console.log(`pairs the model is asked about (positive/all): train ${count(trainEx)}; dev ${count(devEx)}`);
  // where the gold pairs of train stand: the model can only add those left open by the patterns, gates and rule-outs
  for (const g of GROUPS) {
    const at = new Map<string, number>();
    for (const x of trainEx) {
      const key = x.why ? `${x.stage} (${x.why})` : x.stage;
      if (x.group === g && x.label) at.set(key, (at.get(key) ?? 0) + 1);
    }
    console.log(
      `train ${g} gold pairs by stage: ${[...at]
        .sort(([, a], [, b]) => b - a)
        .map(([k, n]) => `${k} ${n}`)
        .join(', ')}`,
    );
  }
  const oof = crossValidate(trainEx);
  const weights = train(trainEx);
  const model: PairModel = { weights, thresholds: { wf: 0.5, ob: 0.5, li: 0.5 } };
  for (const g of GROUPS) {
    const cv = asked(trainEx, g).map((x) => ({ p: oof.get(x) ?? 0, y: x.label }));
    const t = Number(process.env[`RE_T_${g.toUpperCase()}`] ?? tune(cv));
    model.thresholds[g] = t;
    const dev = asked(devEx, g).map((x) => ({ p: pairProbability(model, x.features), y: x.label }));
    console.log(
      `${g} t=${t.toFixed(2)}  train ${FOLDS}-fold CV ${show(figures(cv, t))}  dev (check only) ${show(figures(dev, t))}`,
    );
  }
  const bytes = encodePairModel(model);
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, bytes);
  console.log(
    `thresholds ${JSON.stringify(model.thresholds)}; wrote ${OUT} (${(bytes.length / 1e3).toFixed(0)} kB, ${weights.size} features)`,
  );
}

void main();
