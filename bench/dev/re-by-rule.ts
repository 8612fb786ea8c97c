// Re-DocRED dev precision of each relation rule (`attributes.rule`), so confidences can be set from what each rule earns.
// Usage: pnpm run -s bench:re-by-rule <redocred_dev.json> <extract-output.jsonl>
import type { ExtractedRelation } from '@newsgraph/schema';
import { importEval } from './eval-modules';
import { recordsById, runMain } from './support';

const ruleOf = (r: ExtractedRelation): string => r.attributes?.rule ?? r.attributes?.basis ?? '?';

/** Scores the output once per rule, with only that rule's relations kept, and prints a table by number predicted. */
export async function main(args: string[]): Promise<void> {
  const { loadDocred } = await importEval('re_data.mjs');
  const { score } = await importEval('re_score.mjs');
  const [goldPath, predPath] = args;
  if (!goldPath || !predPath) {
    console.error('usage: pnpm run -s bench:re-by-rule <redocred_dev.json> <extract-output.jsonl>');
    process.exitCode = 2;
    return;
  }
  const docs = loadDocred(goldPath);
  const byId = recordsById(predPath);
  const rules = new Set<string>();
  for (const rec of byId.values()) for (const r of rec.relations) rules.add(ruleOf(r));
  const rows = [];
  for (const rule of rules) {
    const only = new Map(
      [...byId].map(([id, rec]) => [id, { ...rec, relations: rec.relations.filter((r) => ruleOf(r) === rule) }]),
    );
    const s = score(
      docs.map((d) => ({ ...d })),
      only,
    );
    rows.push({ rule, predicted: s.ALL.predicted, P: s.ALL.P, R: s.ALL.R });
  }
  rows.sort((a, b) => b.predicted - a.predicted);
  console.table(rows);
}

runMain(module, main);
