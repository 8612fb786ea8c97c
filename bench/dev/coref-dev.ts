// Coreference proxy on Re-DocRED dev: how many gold PER/ORG/LOC mentions `extract --jsonl` finds with a compatible
// type, and how well it groups mentions of one entity into one output entity (pairwise precision/recall/F1), scored
// the way contract.md's "One entity, many mentions" describes.
// Usage: node bench/coref-dev.mjs [redocred_dev.json] [--out existing-output.jsonl] [--misses N]
import { writeFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importEval, recordsById, runExtract, shared, takeOption } from './support.mjs';

const { loadDocred } = await importEval('re_data.mjs');
const args = process.argv.slice(2);
const given = takeOption(args, '--out');
const showMisses = Number(takeOption(args, '--misses') ?? 0);
const goldPath = args[0] ?? resolve(shared, 'data', 're', 'redocred_dev.json');
const scratch = process.env.BENCH_TMP ?? '/tmp/ent';

// Person for people, Organization or Country for organisations, Country or Location for places.
const COMPATIBLE = { PER: ['Person'], ORG: ['Organization', 'Country'], LOC: ['Country', 'Location'] };

/** The output mention a gold mention is found as: compatible type, `name` mentions first, then the largest overlap. */
export function matchMention(gold, outMentions) {
  let best;
  for (const m of outMentions) {
    if (!COMPATIBLE[gold.type]?.includes(m.type)) continue;
    const overlap = Math.min(gold.end, m.end) - Math.max(gold.start, m.start);
    if (overlap <= 0) continue;
    const rank = [m.kind === 'name' ? 1 : 0, overlap];
    if (!best || rank[0] > best.rank[0] || (rank[0] === best.rank[0] && rank[1] > best.rank[1])) best = { m, rank };
  }
  return best?.m;
}

/** Mention recall and pairwise same-entity precision/recall over the PER/ORG/LOC clusters of each document. */
export function scoreCoref(docs, byId, misses = []) {
  let total = 0,
    found = 0,
    predSame = 0,
    goldSame = 0,
    bothSame = 0;
  for (const d of docs) {
    const rec = byId.get(d.id);
    const outMentions = (rec?.entities ?? []).flatMap((e) =>
      (e.mentions ?? []).map((m) => ({ ...m, type: e.type, entity: e.id })),
    );
    const golds = [];
    d.vertices.forEach((cluster, ci) => {
      const type = cluster[0]?.type;
      if (!COMPATIBLE[type]) return;
      for (const g of cluster) golds.push({ ...g, type, cluster: ci, hit: matchMention({ ...g, type }, outMentions) });
    });
    for (const g of golds) {
      total++;
      if (g.hit) found++;
      else misses.push(`${d.id} ${g.type} ${JSON.stringify(d.text.slice(g.start, g.end))}`);
    }
    for (let i = 0; i < golds.length; i++) {
      for (let j = i + 1; j < golds.length; j++) {
        const a = golds[i],
          b = golds[j];
        const gs = a.cluster === b.cluster;
        const ps = !!a.hit && !!b.hit && a.hit.entity === b.hit.entity;
        if (gs) goldSame++;
        if (ps) predSame++;
        if (gs && ps) bothSame++;
      }
    }
  }
  const P = bothSame / (predSame || 1),
    R = bothSame / (goldSame || 1);
  const r3 = (x) => +x.toFixed(3);
  return {
    mentions: total,
    mentionRecall: r3(found / (total || 1)),
    pairwise: { P: r3(P), R: r3(R), F1: r3((2 * P * R) / (P + R || 1)) },
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const docs = loadDocred(goldPath);
  let outPath = given;
  if (!outPath) {
    mkdirSync(scratch, { recursive: true });
    outPath = `${scratch}/coref-dev-out.jsonl`;
    writeFileSync(outPath, runExtract(docs));
  }
  const byId = recordsById(outPath);
  const misses = [];
  console.log(JSON.stringify(scoreCoref(docs, byId, misses)));
  if (showMisses) console.error(misses.slice(0, showMisses).join('\n'));
}
