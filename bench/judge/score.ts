// Scores a judged file: precision by predicate and entity type, evidence cut mid-phrase, and confidence reliability.
// Usage: pnpm run -s bench:judge-score [FILE]   (default bench/judge/samples/whitehouse-before.jsonl)
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseJudgedFile, type JudgedEntity, type JudgedRelation } from './judged-item';
import {
  brier,
  evidenceLooksCut,
  precisionAtLeast,
  precisionBy,
  reliability,
  type PrecisionRow,
  type ReliabilityRow,
} from './stats';

const ROOT = resolve(__dirname, '..', '..');
const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

/** A Markdown table of grouped precision with 95% Wilson intervals. */
export function precisionTable(title: string, rows: readonly PrecisionRow[]): string {
  const lines = [`| ${title} | judged | correct | precision | 95% interval |`, '| --- | ---: | ---: | ---: | --- |'];
  for (const r of rows)
    lines.push(`| ${r.key} | ${r.n} | ${r.correct} | ${pct(r.precision)} | ${pct(r.lo)}–${pct(r.hi)} |`);
  return lines.join('\n');
}

/** A Markdown reliability table: per confidence bin, count, mean confidence and observed precision. */
export function reliabilityTable(rows: readonly ReliabilityRow[]): string {
  const lines = ['| confidence | relations | mean confidence | observed precision |', '| --- | ---: | ---: | ---: |'];
  for (const r of rows)
    lines.push(
      `| ${r.from.toFixed(1)}–${r.to.toFixed(1)} | ${r.n} | ${r.n ? r.meanConfidence.toFixed(2) : '–'} | ${r.n ? pct(r.precision) : '–'} |`,
    );
  return lines.join('\n');
}

/** Wrong items counted by the error class the judge gave them, most frequent first. */
export function errorTable(
  title: string,
  items: readonly { verdict: boolean | null; error?: string | undefined }[],
): string {
  const counts = new Map<string, number>();
  for (const i of items)
    if (i.verdict === false)
      counts.set(i.error ?? '(no class given)', (counts.get(i.error ?? '(no class given)') ?? 0) + 1);
  const lines = [`| ${title} error class | wrong |`, '| --- | ---: |'];
  for (const [k, n] of [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])))
    lines.push(`| ${k} | ${n} |`);
  return lines.join('\n');
}

/** The whole report for one judged file, as Markdown. */
export function scoreReport(relations: readonly JudgedRelation[], entities: readonly JudgedEntity[]): string {
  const judged = relations.filter((r): r is JudgedRelation & { verdict: boolean } => r.verdict !== null);
  const cutByJudge = judged.filter((r) => r.evidenceCut !== undefined);
  const cutMechanical = relations.filter((r) => evidenceLooksCut(r.evidence)).length;
  const at8 = precisionAtLeast(judged, 0.8);
  const out = [
    `Relations judged ${judged.length} of ${relations.length}; entities judged ${entities.filter((e) => e.verdict !== null).length} of ${entities.length}.`,
    '',
    precisionTable(
      'predicate',
      precisionBy(relations, (r) => r.predicate),
    ),
    '',
    precisionTable(
      'rule',
      precisionBy(relations, (r) => `${r.predicate} ${r.rule ?? '(sentence pattern)'}`),
    ),
    '',
    precisionTable(
      'entity type',
      precisionBy(entities, (e) => e.type),
    ),
    '',
    `Evidence cut mid-phrase: mechanical check ${cutMechanical}/${relations.length} (${pct(relations.length ? cutMechanical / relations.length : 0)})` +
      (cutByJudge.length
        ? `; judged ${cutByJudge.filter((r) => r.evidenceCut).length}/${cutByJudge.length} (${pct(cutByJudge.filter((r) => r.evidenceCut).length / cutByJudge.length)})`
        : '; not judged'),
    '',
    reliabilityTable(reliability(judged)),
    '',
    `Precision at confidence >= 0.8: ${at8.correct}/${at8.n} = ${pct(at8.precision)} (95% ${pct(at8.lo)}–${pct(at8.hi)}); Brier ${brier(judged).toFixed(3)}.`,
  ];
  const right = judged.filter((r) => r.verdict);
  const wrong = judged.filter((r) => !r.verdict);
  const mean = (xs: readonly JudgedRelation[]): string =>
    xs.length ? (xs.reduce((s, r) => s + r.confidence, 0) / xs.length).toFixed(2) : '–';
  out.push(`Mean confidence of correct relations ${mean(right)}, of wrong ones ${mean(wrong)}.`);
  out.push('', errorTable('relation', relations), '', errorTable('entity', entities));
  return out.join('\n');
}

function main(): void {
  const file = resolve(ROOT, process.argv[2] ?? 'bench/judge/samples/whitehouse-before.jsonl');
  const items = parseJudgedFile(readFileSync(file, 'utf8'));
  const relations = items.filter((i): i is JudgedRelation => i.kind === 'relation');
  const entities = items.filter((i): i is JudgedEntity => i.kind === 'entity');
  process.stdout.write(`${scoreReport(relations, entities)}\n`);
}

if (require.main === module) main();
