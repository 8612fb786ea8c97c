// Coreference proxy on Re-DocRED dev: how many gold PER/ORG/LOC mentions `extract --jsonl` finds with a compatible
// type, and how well it groups mentions of one entity into one output entity (pairwise precision/recall/F1), scored
// the way contract.md's "One entity, many mentions" describes.
// Usage: pnpm run -s bench:coref-dev [redocred_dev.json] [--out existing-output.jsonl] [--misses N]
import { mkdirSync } from 'node:fs';
import type { ExtractionResult } from '@newsgraph/schema';
import { extractDocs } from './commands';
import { devData, importEval, type DocredDoc } from './eval-modules';
import { COMPATIBLE, matchMention, outputMentions, type OutputMention } from './match-mention';
import { recordsById, runMain, takeOption } from './support';

interface Gold {
  start: number;
  end: number;
  type: string;
  cluster: number;
  hit: OutputMention | undefined;
}

const r3 = (x: number): number => +x.toFixed(3);

/** Mention recall and pairwise same-entity precision/recall over the PER/ORG/LOC clusters of each document. */
export function scoreCoref(docs: DocredDoc[], byId: ReadonlyMap<string, ExtractionResult>, misses: string[] = []) {
  let total = 0,
    found = 0,
    predSame = 0,
    goldSame = 0,
    bothSame = 0;
  for (const d of docs) {
    const outMentions = outputMentions(byId.get(d.id));
    const golds: Gold[] = [];
    d.vertices.forEach((cluster, ci) => {
      const type = cluster[0]?.type;
      if (type === undefined || !COMPATIBLE[type]) return;
      for (const g of cluster) golds.push({ ...g, type, cluster: ci, hit: matchMention({ ...g, type }, outMentions) });
    });
    for (const g of golds) {
      total++;
      if (g.hit) found++;
      else misses.push(`${d.id} ${g.type} ${JSON.stringify(d.text.slice(g.start, g.end))}`);
    }
    golds.forEach((a, i) => {
      for (const b of golds.slice(i + 1)) {
        const gs = a.cluster === b.cluster;
        const ps = !!a.hit && !!b.hit && a.hit.entity === b.hit.entity;
        if (gs) goldSame++;
        if (ps) predSame++;
        if (gs && ps) bothSame++;
      }
    });
  }
  const P = bothSame / (predSame || 1),
    R = bothSame / (goldSame || 1);
  return {
    mentions: total,
    mentionRecall: r3(found / (total || 1)),
    pairwise: { P: r3(P), R: r3(R), F1: r3((2 * P * R) / (P + R || 1)) },
  };
}

/** Scores an existing output file (`--out`) or a fresh `extract --jsonl` run; prints one JSON line. */
export async function main(args: string[], scratch = process.env.BENCH_TMP ?? '/tmp/ent'): Promise<void> {
  const { loadDocred } = await importEval('re_data.mjs');
  const given = takeOption(args, '--out');
  const showMisses = Number(takeOption(args, '--misses') ?? 0);
  const docs = loadDocred(args[0] ?? devData.docred);
  let outPath = given;
  if (!outPath) {
    mkdirSync(scratch, { recursive: true });
    outPath = `${scratch}/coref-dev-out.jsonl`;
    extractDocs(docs, outPath, process.env.BENCH_WRAP);
  }
  const misses: string[] = [];
  console.log(JSON.stringify(scoreCoref(docs, recordsById(outPath), misses)));
  if (showMisses) console.error(misses.slice(0, showMisses).join('\n'));
}

runMain(module, (args) => main(args));
