// Every dev set twice, as given and hard-wrapped at 72 columns by ../shared/eval/wrap.mjs (same characters, some
// spaces turned into line breaks): the two figures should not differ. CoNLL04 runs when $CONLL04_DEV names its dev file.
// Usage: [WIDTH=72] pnpm run -s bench:wrapped-dev
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractDocs } from './commands';
import { devData, importEval } from './eval-modules';
import { main as newsReDev } from './news-re-dev';
import { runMain } from './support';

const SETS = ['ner', 're', 'gum'] as const;

/** Extracts and scores each set as given, then each set wrapped, printing the scorers' figures under headings. */
export async function main(width = process.env.WIDTH ?? '72'): Promise<void> {
  const { loadConll } = await importEval('ner_data.mjs');
  const { loadDocred } = await importEval('re_data.mjs');
  const nerScore = await importEval('ner_score.mjs');
  const reScore = await importEval('re_score.mjs');
  const gum = await importEval('gum_coref.mjs');
  const tmp = mkdtempSync(join(tmpdir(), 'wrapped-dev-'));
  const at = (name: string): string => join(tmp, name);
  try {
    const docs = { ner: loadConll(devData.conll), re: loadDocred(devData.docred), gum: gum.loadGum(devData.gum) };
    for (const form of ['plain', 'wrapped'] as const) {
      for (const set of SETS) extractDocs(docs[set], at(`${set}-out.jsonl`), form === 'wrapped' ? width : undefined);
      console.log(`== ${form}: entities, CoNLL++ dev`);
      console.log(JSON.stringify(nerScore.score(loadConll(devData.conll), nerScore.readJsonl(at('ner-out.jsonl')))));
      console.log(`== ${form}: relations, Re-DocRED dev`);
      console.log(JSON.stringify(reScore.score(loadDocred(devData.docred), nerScore.readJsonl(at('re-out.jsonl')))));
      console.log(`== ${form}: one entity, many mentions, GUM dev`);
      console.log(JSON.stringify(gum.score(gum.loadGum(devData.gum), nerScore.readJsonl(at('gum-out.jsonl')))));
      const conll04 = process.env.CONLL04_DEV;
      if (conll04) {
        console.log(`== ${form}: news-sentence relations, CoNLL04 dev`);
        await newsReDev([conll04], { wrap: form === 'wrapped' ? width : undefined });
      }
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

runMain(module, () => main());
