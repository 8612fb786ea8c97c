// News proxy for contract.md's "One entity, many mentions" on CoNLL++ dev (Reuters news): how many gold PER/ORG/LOC
// spans `extract --jsonl` finds with an output mention of any kind and a compatible type (overlap, `name` mentions
// first, then the largest overlap; Person for PER, Organization or Country for ORG, Country or Location for LOC),
// per type and overall.
//
// APPROXIMATION: CoNLL has no entity links, so the pairwise grouping figures use pseudo-gold clusters: two gold
// mentions of one document are the same entity when they have the same gold type and either the same normalised
// surface (case, full stops, a leading "the" and a trailing "'s" ignored) or one is a whole-token suffix of exactly
// one longer same-type form ("Clinton" of "Bill Clinton"). Acronyms, aliases and first names are left apart, and two
// people sharing a surname are merged only when one longer form fits, so the figures are indicative, not the score.
//
// Usage: node bench/mentions-dev.mjs [conllpp_dev.txt] [--out existing-output.jsonl] [--misses N] [--splits N] [--merges N]
import { writeFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importEval, recordsById, runExtract, shared, takeOption } from './support.mjs';
import { matchMention } from './coref-dev.mjs';

const { loadConll } = await importEval('ner_data.mjs');
const args = process.argv.slice(2);
const given = takeOption(args, '--out');
const showMisses = Number(takeOption(args, '--misses') ?? 0);
const showSplits = Number(takeOption(args, '--splits') ?? 0);
const showMerges = Number(takeOption(args, '--merges') ?? 0);
const goldPath = args[0] ?? resolve(shared, 'data', 'ner', 'conllpp_dev.txt');
const scratch = process.env.BENCH_TMP ?? '/tmp/ent';
const TYPES = ['PER', 'ORG', 'LOC'];

/** The surface a pseudo-gold cluster is keyed by: case, full stops, "the" and a possessive do not tell entities apart. */
export function normalise(surface) {
  return surface
    .toLowerCase()
    .replace(/\./g, '')
    .replace(/^the\s+/, '')
    .replace(/'s$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Pseudo-gold cluster ids for one document's gold mentions (see the header: an approximation of entity links). */
export function pseudoClusters(golds) {
  const key = (g) => `${g.type}|${normalise(g.text)}`;
  const forms = new Map();
  for (const g of golds) forms.set(key(g), { type: g.type, words: normalise(g.text).split(' ') });
  const target = new Map();
  for (const [k, f] of forms) {
    const longer = [...forms].filter(
      ([k2, f2]) =>
        k2 !== k &&
        f2.type === f.type &&
        f2.words.length > f.words.length &&
        f.words.every((w, i) => f2.words[f2.words.length - f.words.length + i] === w),
    );
    // a short form that fits two longer names ("Smith" of "John Smith" and "Mary Smith") stays on its own
    target.set(k, longer.length === 1 ? longer[0][0] : k);
  }
  const resolveKey = (k) => {
    const seen = new Set();
    while (target.get(k) !== k && !seen.has(k)) {
      seen.add(k);
      k = target.get(k);
    }
    return k;
  };
  return golds.map((g) => resolveKey(key(g)));
}

/** Mention recall per gold type and pairwise precision/recall against the pseudo-gold clusters of each document. */
export function scoreMentions(docs, byId, report = { misses: [], splits: [], merges: [] }) {
  const per = Object.fromEntries(TYPES.map((t) => [t, { total: 0, found: 0 }]));
  let predSame = 0,
    goldSame = 0,
    bothSame = 0;
  for (const d of docs) {
    const rec = byId.get(d.id);
    const outMentions = (rec?.entities ?? []).flatMap((e) =>
      (e.mentions ?? []).map((m) => ({ ...m, type: e.type, entity: e.id })),
    );
    const golds = d.gold
      .filter((g) => TYPES.includes(g.type))
      .map((g) => ({ ...g, hit: matchMention(g, outMentions) }));
    const clusters = pseudoClusters(golds);
    golds.forEach((g) => {
      per[g.type].total++;
      if (g.hit) per[g.type].found++;
      else
        report.misses.push(
          `${d.id} ${g.type} ${JSON.stringify(g.text)} | ${JSON.stringify(d.text.slice(Math.max(0, g.start - 40), g.end + 40).replace(/\n/g, ' / '))}`,
        );
    });
    for (let i = 0; i < golds.length; i++) {
      for (let j = i + 1; j < golds.length; j++) {
        const a = golds[i],
          b = golds[j];
        const gs = clusters[i] === clusters[j];
        const ps = !!a.hit && !!b.hit && a.hit.entity === b.hit.entity;
        if (gs) goldSame++;
        if (ps) predSame++;
        if (gs && ps) bothSame++;
        if (gs && !ps && a.hit && b.hit)
          report.splits.push(
            `${d.id} ${a.type} ${JSON.stringify(a.text)}→${a.hit.entity} / ${JSON.stringify(b.text)}→${b.hit.entity}`,
          );
        if (ps && !gs)
          report.merges.push(
            `${d.id} ${JSON.stringify(a.text)}/${a.type} + ${JSON.stringify(b.text)}/${b.type} → ${a.hit.entity}`,
          );
      }
    }
  }
  const r3 = (x) => +x.toFixed(3);
  const total = TYPES.reduce((n, t) => n + per[t].total, 0),
    found = TYPES.reduce((n, t) => n + per[t].found, 0);
  const P = bothSame / (predSame || 1),
    R = bothSame / (goldSame || 1);
  return {
    mentions: total,
    mentionRecall: r3(found / (total || 1)),
    recallByType: Object.fromEntries(TYPES.map((t) => [t, r3(per[t].found / (per[t].total || 1))])),
    pseudoPairwise: { P: r3(P), R: r3(R), F1: r3((2 * P * R) / (P + R || 1)) },
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const docs = loadConll(goldPath);
  let outPath = given;
  if (!outPath) {
    mkdirSync(scratch, { recursive: true });
    outPath = `${scratch}/mentions-dev-out.jsonl`;
    writeFileSync(outPath, runExtract(docs));
  }
  const byId = recordsById(outPath);
  const report = { misses: [], splits: [], merges: [] };
  console.log(JSON.stringify(scoreMentions(docs, byId, report)));
  if (showMisses) console.error(report.misses.slice(0, showMisses).join('\n'));
  if (showSplits) console.error(report.splits.slice(0, showSplits).join('\n'));
  if (showMerges) console.error(report.merges.slice(0, showMerges).join('\n'));
}
