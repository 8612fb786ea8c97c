// The arithmetic of judging: proportions with Wilson intervals, grouped precision, and reliability by confidence bin.

/** The 95% Wilson score interval of k successes in n trials (0..1 for n = 0). */
export function wilson(k: number, n: number, z = 1.96): { lo: number; hi: number } {
  if (n === 0) return { lo: 0, hi: 1 };
  const p = k / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  return { lo: Math.max(0, centre - half), hi: Math.min(1, centre + half) };
}

/** One row of a precision table: how many judged, how many right, and the interval. */
export interface PrecisionRow {
  key: string;
  n: number;
  correct: number;
  precision: number;
  lo: number;
  hi: number;
}

/** Precision of judged items grouped by a key, largest group first, with an "all" row last. */
export function precisionBy<T extends { verdict: boolean | null }>(
  items: readonly T[],
  key: (t: T) => string,
): PrecisionRow[] {
  const judged = items.filter((t) => t.verdict !== null);
  const groups = new Map<string, T[]>();
  for (const t of judged) groups.set(key(t), [...(groups.get(key(t)) ?? []), t]);
  const row = (k: string, ts: readonly T[]): PrecisionRow => {
    const correct = ts.filter((t) => t.verdict === true).length;
    return {
      key: k,
      n: ts.length,
      correct,
      precision: ts.length ? correct / ts.length : 0,
      ...wilson(correct, ts.length),
    };
  };
  const rows = [...groups].map(([k, ts]) => row(k, ts)).sort((a, b) => b.n - a.n || a.key.localeCompare(b.key));
  return [...rows, row('all', judged)];
}

/** Bin edges for the reliability table: [0, 0.5) then tenths up to 1 (1.0 falls in the last bin). */
export const RELIABILITY_EDGES: readonly number[] = [0, 0.5, 0.6, 0.7, 0.8, 0.9, 1];

/** One row of a reliability table: the bin, how many fall in it, their mean confidence and observed precision. */
export interface ReliabilityRow {
  from: number;
  to: number;
  n: number;
  meanConfidence: number;
  precision: number;
}

/** Groups (confidence, verdict) pairs into bins and compares stated confidence with observed precision. */
export function reliability(
  points: readonly { confidence: number; verdict: boolean }[],
  edges = RELIABILITY_EDGES,
): ReliabilityRow[] {
  const rows: ReliabilityRow[] = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    const from = edges[i] as number;
    const to = edges[i + 1] as number;
    const last = i + 2 === edges.length;
    const inBin = points.filter((p) => p.confidence >= from && (p.confidence < to || (last && p.confidence <= to)));
    const n = inBin.length;
    rows.push({
      from,
      to,
      n,
      meanConfidence: n ? inBin.reduce((s, p) => s + p.confidence, 0) / n : 0,
      precision: n ? inBin.filter((p) => p.verdict).length / n : 0,
    });
  }
  return rows;
}

/** Precision of the points at or above a confidence threshold, with its interval. */
export function precisionAtLeast(
  points: readonly { confidence: number; verdict: boolean }[],
  threshold: number,
): PrecisionRow {
  const kept = points.filter((p) => p.confidence >= threshold);
  const correct = kept.filter((p) => p.verdict).length;
  return {
    key: `>= ${threshold}`,
    n: kept.length,
    correct,
    precision: kept.length ? correct / kept.length : 0,
    ...wilson(correct, kept.length),
  };
}

/** Mean squared gap between confidence and outcome: lower is better, 0.25 is a coin at 0.5. */
export function brier(points: readonly { confidence: number; verdict: boolean }[]): number {
  if (points.length === 0) return 0;
  return points.reduce((s, p) => s + (p.confidence - (p.verdict ? 1 : 0)) ** 2, 0) / points.length;
}

/**
 * Evidence that visibly is not one whole sentence: no terminal punctuation or closing quote at its end, a paragraph
 * break inside, or a lower-case start (it begins mid-sentence).
 */
export function evidenceLooksCut(evidence: string): boolean {
  const t = evidence.trim();
  if (/\n[ \t\u00a0]*\n/.test(t) || /^[a-z]/.test(t)) return true;
  return !/[.!?]["'\u201d\u2019)\]]*$|[.!?:]?["\u201d\u2019]$/.test(t);
}
