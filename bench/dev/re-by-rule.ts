// Re-DocRED dev precision of each relation rule (`attributes.rule`), so confidences can be set from what each rule earns.
// Usage: node bench/re-by-rule.mjs <redocred_dev.json> <extract-output.jsonl>
import { importEval, recordsById } from './support.mjs';

const { loadDocred } = await importEval('re_data.mjs');
const { score } = await importEval('re_score.mjs');

const [goldPath, predPath] = process.argv.slice(2);
const docs = loadDocred(goldPath);
const byId = recordsById(predPath);
const rules = new Set();
for (const rec of byId.values())
  for (const r of rec.relations ?? []) rules.add(r.attributes?.rule ?? r.attributes?.basis ?? '?');
const rows = [];
for (const rule of rules) {
  const only = new Map(
    [...byId].map(([id, rec]) => [
      id,
      {
        ...rec,
        relations: (rec.relations ?? []).filter((r) => (r.attributes?.rule ?? r.attributes?.basis ?? '?') === rule),
      },
    ]),
  );
  const s = score(
    docs.map((d) => ({ ...d })),
    only,
  );
  rows.push({ rule, predicted: s.ALL.predicted, P: s.ALL.P, R: s.ALL.R });
}
rows.sort((a, b) => b.predicted - a.predicted);
console.table(rows);
