// Relations in news sentences (CoNLL04 style), scored the way contract.md's "Relations, news sentences" describes.
// Usage: pnpm run -s bench:news-re-dev [conll04_dev.json] [--out existing-output.jsonl] [--keep] [--errors] [--entities]
// (--keep leaves the extractor's output in place for later --out runs)
// The data file (a JSON array of {tokens, tags (BILOU Peop/Org/Loc/Other), relations [{head, tail, type}], orig_id})
// is not part of the repository: pass its path or set CONLL04_DEV.
//
// Scoring rules:
// - each output entity is aligned to the first gold entity (in sentence order) that any of its mentions overlaps;
// - Work_For(person, org) is found by HOLDS_POSITION or MEMBER_OF with subject = head, object = tail, once per pair;
// - OrgBased_In and Located_In are found by LOCATED_IN with subject = head, object = tail;
// - Live_In and Kill are not scored: a scored predicate on a pair with no scored gold relation (including a pair
//   that only has Live_In or Kill, or an entity that aligns to no gold entity) is a false positive;
// - every other predicate (OPPOSES, CITIZEN_OF, ...) is ignored.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractDocs } from './commands';
import { importEval } from './eval-modules';
import { loadConll04 } from './news-re/conll04';
import { entityReport } from './news-re/entity-report';
import { score, type Figures } from './news-re/score';
import { recordsById, runMain, takeOption, takeSwitch } from './support';

const line = (name: string, r: Figures): string =>
  `${name.padEnd(12)} P ${r.P.toFixed(3)} R ${r.R.toFixed(3)} F1 ${r.F1.toFixed(3)}  (tp ${r.tp}, predicted ${r.predicted}, gold ${r.gold})`;

/** Extracts (or reads `--out`), scores and prints the figures, then the errors and entity misses when asked. */
export async function main(
  args: string[],
  {
    wrap = process.env.BENCH_WRAP,
    tmp = process.env.BENCH_TMP ?? tmpdir(),
  }: { wrap?: string | undefined; tmp?: string } = {},
): Promise<void> {
  const given = takeOption(args, '--out');
  const showErrors = takeSwitch(args, '--errors');
  const showEntities = takeSwitch(args, '--entities');
  const keep = takeSwitch(args, '--keep');
  const goldPath = args[0] ?? process.env.CONLL04_DEV;
  if (!goldPath) {
    console.error('usage: pnpm run -s bench:news-re-dev <conll04_dev.json> (or set CONLL04_DEV)');
    process.exitCode = 2;
    return;
  }
  const { detokenize } = await importEval('detok.mjs');
  const sentences = loadConll04(goldPath, detokenize);
  let outPath = given;
  let scratch: string | undefined;
  if (!outPath) {
    scratch = mkdtempSync(join(tmp, 'news-re-'));
    outPath = join(scratch, 'out.jsonl');
    extractDocs(sentences, outPath, wrap);
  }
  const byId = recordsById(outPath);
  const { res, errors } = score(sentences, byId);
  const { c, missed } = entityReport(sentences, byId);
  if (scratch && !keep) rmSync(scratch, { recursive: true, force: true });
  console.log(`news relations, ${sentences.length} sentences${scratch && !keep ? '' : ` (${outPath})`}`);
  for (const [name, r] of Object.entries(res)) console.log(line(name, r));
  console.log(
    'entities found with a compatible type: ' +
      Object.entries(c)
        .map(([t, x]) => `${t} ${x.found}/${x.gold}`)
        .join(', '),
  );
  if (showErrors) for (const e of errors) console.log(`${e.kind} [${e.id}] ${e.what} -- ${e.why}\n     ${e.text}`);
  if (showEntities) for (const m of missed) console.log(`ENTITY MISS ${m}`);
}

runMain(module, (args) => main(args));
