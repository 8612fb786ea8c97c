// Monotone calibration maps: isotonic regression (pool adjacent violators) shrunk toward a prior map.
import type { CalibrationTable } from '@newsgraph/extractor';

/** One judged relation as fitting sees it: the rule's raw confidence and whether it was right. */
export interface CalibrationPoint {
  raw: number;
  correct: boolean;
}

type Steps = CalibrationTable['pooled'];

/** Pool adjacent violators: the non-decreasing sequence closest (weighted least squares) to `values`. */
export function pav(values: readonly { value: number; weight: number }[]): number[] {
  const blocks: { sum: number; weight: number; count: number }[] = [];
  for (const v of values) {
    blocks.push({ sum: v.value * v.weight, weight: v.weight, count: 1 });
    for (let b = blocks.length - 1; b > 0; b--) {
      const last = blocks[b] as (typeof blocks)[number];
      const prev = blocks[b - 1] as (typeof blocks)[number];
      if (prev.sum / prev.weight <= last.sum / last.weight) break;
      blocks.splice(b - 1, 2, {
        sum: prev.sum + last.sum,
        weight: prev.weight + last.weight,
        count: prev.count + last.count,
      });
    }
  }
  return blocks.flatMap((b) => Array<number>(b.count).fill(b.sum / b.weight));
}

/**
 * A step map from raw confidence to probability: each distinct raw value's observed rate is pulled toward
 * `prior(raw)` with the weight of `strength` pseudo-observations, then made non-decreasing.
 */
export function fitSteps(points: readonly CalibrationPoint[], prior: (raw: number) => number, strength: number): Steps {
  const bins = new Map<number, { n: number; k: number }>();
  for (const p of points) {
    const b = bins.get(p.raw) ?? { n: 0, k: 0 };
    b.n++;
    if (p.correct) b.k++;
    bins.set(p.raw, b);
  }
  const sorted = [...bins].sort((a, b) => a[0] - b[0]);
  const fitted = pav(
    sorted.map(([raw, b]) => ({ value: (b.k + strength * prior(raw)) / (b.n + strength), weight: b.n + strength })),
  );
  const steps: Steps = [];
  sorted.forEach(([raw], i) => {
    const p = Math.round(1000 * (fitted[i] as number)) / 1000;
    if (steps.at(-1)?.p !== p) steps.push({ from: raw, p });
  });
  return steps;
}

/** The value of a step map at a raw confidence (the first step's value below it). */
export function stepValue(steps: Steps, raw: number, fallback: number): number {
  let p = steps[0]?.p ?? fallback;
  for (const s of steps) if (s.from <= raw) p = s.p;
  return p;
}

/** A group of judged relations under one calibration key. */
export interface KeyedPoint extends CalibrationPoint {
  predicate: string;
  rule?: string;
}

/**
 * Fits the table: a pooled map shrunk toward the overall rate, a map per predicate shrunk toward the pooled one,
 * and a map per predicate and rule shrunk toward its predicate's, so that small groups stay near their parents.
 */
export function fitTable(points: readonly KeyedPoint[], strength: number, fittedOn: string): CalibrationTable {
  const base = points.length ? points.filter((p) => p.correct).length / points.length : 0.5;
  const pooled = fitSteps(points, () => base, strength);
  const groups: CalibrationTable['groups'] = {};
  const byPredicate = new Map<string, KeyedPoint[]>();
  for (const p of points) byPredicate.set(p.predicate, [...(byPredicate.get(p.predicate) ?? []), p]);
  for (const [predicate, ps] of [...byPredicate].sort((a, b) => a[0].localeCompare(b[0]))) {
    const steps = fitSteps(ps, (raw) => stepValue(pooled, raw, base), strength);
    groups[predicate] = steps;
    const byRule = new Map<string, KeyedPoint[]>();
    for (const p of ps) if (p.rule) byRule.set(p.rule, [...(byRule.get(p.rule) ?? []), p]);
    for (const [rule, rs] of [...byRule].sort((a, b) => a[0].localeCompare(b[0]))) {
      groups[`${predicate}|${rule}`] = fitSteps(rs, (raw) => stepValue(steps, raw, base), strength);
    }
  }
  return { version: 1, fittedOn, pooled, groups };
}
