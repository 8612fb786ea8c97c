// Fits the extractor's confidence calibration on a judged file and reports its cross-validated reliability.
// Usage: pnpm run -s bench:judge-fit [FILE ...] [--holdout FILE] [--strength 4] [--folds 5] [--seed 1] [--out TABLE] [--dry-run]
// Several files are pooled; --holdout scores the table fitted on them against another judged file, out of sample.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { calibrate, CalibrationTableSchema } from '@newsgraph/extractor';
import { parseJudgedFile, type JudgedRelation } from './judged-item';
import { fitTable, type KeyedPoint } from './isotonic';
import { reliabilityTable } from './score';
import { rng, sample } from './seeded';
import { brier, precisionAtLeast, reliability } from './stats';

const ROOT = resolve(__dirname, '..', '..');
const TABLE = 'packages/extractor/src/pipeline/5-relations/calibration-table.json';
const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? String(args[i + 1]) : fallback;
};

/** Judged relations as fitting points, keyed on predicate and producing rule. */
export function pointsOf(relations: readonly JudgedRelation[]): KeyedPoint[] {
  return relations.flatMap((r) =>
    r.verdict === null
      ? []
      : [
          {
            predicate: r.predicate,
            raw: r.rawConfidence,
            correct: r.verdict,
            ...(r.rule ? { rule: r.rule } : {}),
          },
        ],
  );
}

/** Each point's calibrated confidence from a table fitted without its fold: an honest reliability estimate. */
export function crossValidated(
  points: readonly KeyedPoint[],
  folds: number,
  seed: number,
  strength: number,
): { confidence: number; verdict: boolean }[] {
  const order = sample(
    points.map((_, i) => i),
    points.length,
    rng(seed),
  );
  const foldOf = new Map(order.map((index, position) => [index, position % folds]));
  const out: { confidence: number; verdict: boolean }[] = [];
  for (let f = 0; f < folds; f++) {
    const table = fitTable(
      points.filter((_, i) => foldOf.get(i) !== f),
      strength,
      'cross-validation',
    );
    points.forEach((p, i) => {
      if (foldOf.get(i) === f)
        out.push({ confidence: calibrate(table, p.predicate, p.raw, p.rule), verdict: p.correct });
    });
  }
  return out;
}

function describe(label: string, points: readonly { confidence: number; verdict: boolean }[]): string {
  const at8 = precisionAtLeast(points, 0.8);
  return [
    `${label}:`,
    reliabilityTable(reliability(points)),
    `precision at >= 0.8: ${at8.correct}/${at8.n}${at8.n ? ` = ${(100 * at8.precision).toFixed(1)}%` : ''}; Brier ${brier(points).toFixed(3)}`,
  ].join('\n');
}

/** The judged relations of a file. */
function relationsIn(file: string): JudgedRelation[] {
  return parseJudgedFile(readFileSync(file, 'utf8')).filter((i): i is JudgedRelation => i.kind === 'relation');
}

function main(): void {
  const valued = new Set(['--strength', '--folds', '--seed', '--out', '--holdout']);
  const named = args.filter((a, i) => !a.startsWith('--') && !valued.has(args[i - 1] ?? ''));
  const files = (named.length > 0 ? named : ['bench/judge/samples/whitehouse-before.jsonl']).map((f) =>
    resolve(ROOT, f),
  );
  const strength = Number(option('strength', '4'));
  const folds = Number(option('folds', '5'));
  const seed = Number(option('seed', '1'));
  const points = pointsOf(files.flatMap(relationsIn));
  const names = files.map((f) => basename(f)).join(' + ');
  const table = CalibrationTableSchema.parse(
    fitTable(points, strength, `${names}: ${points.length} judged relations, prior strength ${strength}`),
  );
  process.stdout.write(
    `${describe(
      'raw confidence',
      points.map((p) => ({ confidence: p.raw, verdict: p.correct })),
    )}\n\n`,
  );
  process.stdout.write(
    `${describe(`calibrated, ${folds}-fold cross-validated`, crossValidated(points, folds, seed, strength))}\n\n`,
  );
  process.stdout.write(
    `${describe(
      'calibrated, in-sample (optimistic)',
      points.map((p) => ({ confidence: calibrate(table, p.predicate, p.raw, p.rule), verdict: p.correct })),
    )}\n`,
  );
  const holdout = option('holdout', '');
  if (holdout) {
    const held = pointsOf(relationsIn(resolve(ROOT, holdout)));
    process.stdout.write(
      `\n${describe(
        `fitted on ${names}, scored on ${basename(holdout)} (out of sample)`,
        held.map((p) => ({ confidence: calibrate(table, p.predicate, p.raw, p.rule), verdict: p.correct })),
      )}\n`,
    );
  }
  if (args.includes('--dry-run')) return;
  const out = resolve(ROOT, option('out', TABLE));
  writeFileSync(out, `${JSON.stringify(table, null, 2)}\n`);
  process.stderr.write(`wrote ${out}\n`);
}

if (require.main === module) main();
