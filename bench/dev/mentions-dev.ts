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
// Usage: pnpm run -s bench:mentions-dev [conllpp_dev.txt] [--out existing-output.jsonl] [--misses N] [--splits N] [--merges N]
import { mkdirSync } from 'node:fs';
import type { ExtractionResult } from '@newsgraph/schema';
import { extractDocs } from './commands';
import { devData, importEval, type ConllDoc } from './eval-modules';
import { matchMention, outputMentions } from './match-mention';
import { pseudoClusters } from './pseudo-clusters';
import { recordsById, runMain, takeOption } from './support';

const TYPES = ['PER', 'ORG', 'LOC'];

/** The lines a run can print besides its figures: missed spans, pseudo-gold pairs split apart, pairs merged wrongly. */
export interface MentionReport {
  misses: string[];
  splits: string[];
  merges: string[];
}

const r3 = (x: number): number => +x.toFixed(3);

/** Mention recall per gold type and pairwise precision/recall against the pseudo-gold clusters of each document. */
export function scoreMentions(
  docs: ConllDoc[],
  byId: ReadonlyMap<string, ExtractionResult>,
  report: MentionReport = { misses: [], splits: [], merges: [] },
) {
  const per = new Map(TYPES.map((t) => [t, { total: 0, found: 0 }]));
  let predSame = 0,
    goldSame = 0,
    bothSame = 0;
  for (const d of docs) {
    const outMentions = outputMentions(byId.get(d.id));
    const golds = d.gold
      .filter((g) => TYPES.includes(g.type))
      .map((g) => ({ ...g, hit: matchMention(g, outMentions) }));
    const clusters = pseudoClusters(golds);
    for (const g of golds) {
      const count = per.get(g.type);
      if (count) count.total++;
      if (g.hit) {
        if (count) count.found++;
      } else
        report.misses.push(
          `${d.id} ${g.type} ${JSON.stringify(g.text)} | ${JSON.stringify(d.text.slice(Math.max(0, g.start - 40), g.end + 40).replace(/\n/g, ' / '))}`,
        );
    }
    golds.forEach((a, i) => {
      golds.forEach((b, j) => {
        if (j <= i) return;
        const gs = clusters[i] === clusters[j];
        const ps = !!a.hit && !!b.hit && a.hit.entity === b.hit.entity;
        if (gs) goldSame++;
        if (ps) predSame++;
        if (gs && ps) bothSame++;
        if (gs && !ps && a.hit && b.hit)
          report.splits.push(
            `${d.id} ${a.type} ${JSON.stringify(a.text)}→${a.hit.entity} / ${JSON.stringify(b.text)}→${b.hit.entity}`,
          );
        if (ps && !gs && a.hit)
          report.merges.push(
            `${d.id} ${JSON.stringify(a.text)}/${a.type} + ${JSON.stringify(b.text)}/${b.type} → ${a.hit.entity}`,
          );
      });
    });
  }
  const count = (t: string, k: 'total' | 'found'): number => per.get(t)?.[k] ?? 0;
  const total = TYPES.reduce((n, t) => n + count(t, 'total'), 0),
    found = TYPES.reduce((n, t) => n + count(t, 'found'), 0);
  const P = bothSame / (predSame || 1),
    R = bothSame / (goldSame || 1);
  return {
    mentions: total,
    mentionRecall: r3(found / (total || 1)),
    recallByType: Object.fromEntries(TYPES.map((t) => [t, r3(count(t, 'found') / (count(t, 'total') || 1))])),
    pseudoPairwise: { P: r3(P), R: r3(R), F1: r3((2 * P * R) / (P + R || 1)) },
  };
}

/** Scores an existing output file (`--out`) or a fresh `extract --jsonl` run; prints one JSON line, lists on stderr. */
export async function main(args: string[], scratch = process.env.BENCH_TMP ?? '/tmp/ent'): Promise<void> {
  const { loadConll } = await importEval('ner_data.mjs');
  const given = takeOption(args, '--out');
  const showMisses = Number(takeOption(args, '--misses') ?? 0);
  const showSplits = Number(takeOption(args, '--splits') ?? 0);
  const showMerges = Number(takeOption(args, '--merges') ?? 0);
  const docs = loadConll(args[0] ?? devData.conll);
  let outPath = given;
  if (!outPath) {
    mkdirSync(scratch, { recursive: true });
    outPath = `${scratch}/mentions-dev-out.jsonl`;
    extractDocs(docs, outPath, process.env.BENCH_WRAP);
  }
  const report: MentionReport = { misses: [], splits: [], merges: [] };
  console.log(JSON.stringify(scoreMentions(docs, recordsById(outPath), report)));
  if (showMisses) console.error(report.misses.slice(0, showMisses).join('\n'));
  if (showSplits) console.error(report.splits.slice(0, showSplits).join('\n'));
  if (showMerges) console.error(report.merges.slice(0, showMerges).join('\n'));
}

runMain(module, (args) => main(args));
