// Every dev-set figure of the extractor in one run, scored by the project's own scorers in ../shared/eval:
// CoNLL++ dev entities, Re-DocRED dev relations, news-sentence relations (when $CONLL04_DEV names a CoNLL04-format
// dev file), GUM dev and the two mention proxies, the seed article's checks and speed.
// Usage: pnpm run -s bench:extract-dev
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main as corefDev } from './coref-dev';
import { evalScript, extractDocs, run } from './commands';
import { devData, importEval } from './eval-modules';
import { main as extractSpeed } from './extract-speed';
import { main as mentionsDev } from './mentions-dev';
import { main as newsReDev } from './news-re-dev';
import { root, runMain } from './support';

/** Runs every dev set through `extract --jsonl` in a scratch folder and prints each scorer's figures under a heading. */
export async function main(): Promise<void> {
  const { loadConll } = await importEval('ner_data.mjs');
  const { loadDocred } = await importEval('re_data.mjs');
  const nerScore = await importEval('ner_score.mjs');
  const reScore = await importEval('re_score.mjs');
  const gum = await importEval('gum_coref.mjs');
  const tmp = mkdtempSync(join(tmpdir(), 'extract-dev-'));
  const at = (name: string): string => join(tmp, name);
  try {
    console.log('== entities: CoNLL++ dev (PER/ORG/LOC, name mentions, exact spans)');
    extractDocs(loadConll(devData.conll), at('ner-out.jsonl'));
    console.log(JSON.stringify(nerScore.score(loadConll(devData.conll), nerScore.readJsonl(at('ner-out.jsonl')))));

    console.log('== one entity, many mentions: CoNLL++ dev news proxy (mention recall; grouping approximated)');
    await mentionsDev(['--out', at('ner-out.jsonl')]);

    console.log('== relations: Re-DocRED dev');
    extractDocs(loadDocred(devData.docred), at('re-out.jsonl'));
    console.log(JSON.stringify(reScore.score(loadDocred(devData.docred), nerScore.readJsonl(at('re-out.jsonl')))));

    console.log('== relations: news sentences (CoNLL04-style dev, outside the repository)');
    const conll04 = process.env.CONLL04_DEV;
    if (conll04) await newsReDev([conll04], { tmp });
    else console.log('skipped: set CONLL04_DEV to a CoNLL04-format dev file');

    console.log('== one entity, many mentions: GUM dev (linked proper-name mentions, scored as the held-out test is)');
    extractDocs(gum.loadGum(devData.gum), at('gum-out.jsonl'));
    console.log(JSON.stringify(gum.score(gum.loadGum(devData.gum), nerScore.readJsonl(at('gum-out.jsonl')))));

    console.log('== one entity, many mentions: Re-DocRED dev proxy');
    await corefDev(['--out', at('re-out.jsonl')]);

    console.log('== the seed article');
    const seed = readFileSync(join(root, 'seeds', '000_bcba7e35c127046e.txt'), 'utf8');
    extractDocs([{ id: 'seed', text: seed }], at('seed-out.jsonl'));
    // a failed check is reported by the checker itself and does not stop the other figures
    run('node', evalScript('seed_check.mjs', at('seed-out.jsonl')));

    console.log('== speed: whole commands on the same ~850 kB, ours against compromise');
    await extractSpeed(tmp);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

runMain(module, () => main());
