// The gold mentions of GUM dev that `extract --jsonl` does not find with a compatible type, by class, and the linked
// entities whose found mentions land in several output entities (the pairs pairwise recall loses), so that work on
// mention recall starts from what is missed. Scored as gum_coref.mjs scores: overlap, compatible type, `name` first.
//
// Usage: pnpm run -s bench:gum-misses [--out existing-output.jsonl] [--list] [--splits N]
import { mkdirSync } from 'node:fs';
import type { ExtractionResult } from '@newsgraph/schema';
import { extractDocs } from './commands';
import { devData, importEval, type GumDoc } from './eval-modules';
import { matchMention, outputMentions, type OutputMention } from './match-mention';
import { recordsById, runMain, takeOption, takeSwitch } from './support';

const GOLD_TYPE: Readonly<Record<string, string>> = { person: 'PER', organization: 'ORG', place: 'LOC' };

/** One missed gold mention: its document, type, text, link, class and a line of context. */
export interface Miss {
  doc: string;
  type: string;
  text: string;
  identity: string;
  cls: string;
  context: string;
}

/**
 * Why a gold mention was not found: the output's mentions over it are of another type (same span, inside a longer
 * name, or a shorter part of it), a demonym, or there is none ("the X", anything else); "linked elsewhere" when
 * another mention of the same linked entity is found, which coreference could have reached.
 */
export function classifyMiss(
  doc: GumDoc,
  gold: GumDoc['gold'][number],
  out: OutputMention[],
  found: boolean[],
): string {
  const text = doc.text.slice(gold.start, gold.end);
  const over = out.filter((m) => m.start < gold.end && gold.start < m.end);
  const bare = text.replace(/^the /i, '');
  let cls: string;
  if (over.length === 0) cls = /^the /i.test(text) ? 'not found: "the X"' : 'not found: other';
  else if (over.some((m) => m.kind === 'demonym')) cls = 'demonym typed as its country';
  else if (over.some((m) => doc.text.slice(m.start, m.end) === bare)) cls = 'other type, same span';
  else if (over.some((m) => m.start <= gold.start && gold.end <= m.end)) cls = 'other type, inside a longer name';
  else cls = 'other type, only part of it found';
  const sibling = doc.gold.some((g, i) => g !== gold && g.identity === gold.identity && found[i]);
  return `${cls}${sibling ? ' (linked elsewhere)' : ''}`;
}

/** Every miss of every document, and the lines of linked entities split over several output entities. */
export function gumMisses(docs: GumDoc[], byId: ReadonlyMap<string, ExtractionResult>) {
  const misses: Miss[] = [];
  const splits: { lost: number; line: string }[] = [];
  for (const d of docs) {
    const out = outputMentions(byId.get(d.id));
    const hits = d.gold.map((g) => matchMention({ ...g, type: GOLD_TYPE[g.type] ?? '' }, out));
    const found = hits.map((h) => h !== undefined);
    d.gold.forEach((g, i) => {
      if (found[i]) return;
      const context = `${d.text.slice(Math.max(0, g.start - 50), g.start)}[[${d.text.slice(g.start, g.end)}]]${d.text.slice(g.end, g.end + 40)}`;
      misses.push({
        doc: d.id,
        type: g.type,
        text: d.text.slice(g.start, g.end),
        identity: g.identity,
        cls: classifyMiss(d, g, out, found),
        context: context.replace(/\n/g, ' / '),
      });
    });
    const byIdentity = new Map<string, Map<string, string[]>>();
    d.gold.forEach((g, i) => {
      const hit = hits[i];
      if (!hit) return;
      const groups = byIdentity.get(g.identity) ?? new Map<string, string[]>();
      groups.set(hit.entity, [...(groups.get(hit.entity) ?? []), d.text.slice(g.start, g.end)]);
      byIdentity.set(g.identity, groups);
    });
    for (const [identity, groups] of byIdentity) {
      if (groups.size < 2) continue;
      const sizes = [...groups.values()].map((v) => v.length);
      const total = sizes.reduce((a, b) => a + b, 0);
      const lost = (total * (total - 1) - sizes.reduce((a, s) => a + s * (s - 1), 0)) / 2;
      const parts = [...groups].map(([e, v]) => `${e}: ${[...new Set(v)].join(' / ')} (${v.length})`);
      splits.push({ lost, line: `${lost}\t${d.id}\t${identity}\t${parts.join(' || ')}` });
    }
  }
  return { misses, splits: splits.sort((a, b) => b.lost - a.lost) };
}

/** Prints the classes with counts and documents; `--list` adds every miss, `--splits N` the N worst split entities. */
export async function main(args: string[], scratch = process.env.BENCH_TMP ?? '/tmp/ent'): Promise<void> {
  const gum = await importEval('gum_coref.mjs');
  const given = takeOption(args, '--out');
  const showSplits = Number(takeOption(args, '--splits') ?? 0);
  const list = takeSwitch(args, '--list');
  const docs = gum.loadGum(devData.gum);
  let outPath = given;
  if (!outPath) {
    mkdirSync(scratch, { recursive: true });
    outPath = `${scratch}/gum-misses-out.jsonl`;
    extractDocs(docs, outPath, process.env.BENCH_WRAP);
  }
  const { misses, splits } = gumMisses(docs, recordsById(outPath));
  const classes = new Map<string, Miss[]>();
  for (const m of misses) classes.set(m.cls, [...(classes.get(m.cls) ?? []), m]);
  console.log(`${misses.length} of ${docs.reduce((n, d) => n + d.gold.length, 0)} gold mentions missed`);
  for (const [cls, ms] of [...classes].sort((a, b) => b[1].length - a[1].length))
    console.log(`${ms.length}\t${new Set(ms.map((m) => m.doc)).size} documents\t${cls}`);
  if (list) for (const m of misses) console.log([m.doc, m.type, m.text, m.identity, m.cls, m.context].join('\t'));
  if (showSplits) {
    console.log(`pairs lost to split entities: ${splits.reduce((n, s) => n + s.lost, 0)}`);
    for (const s of splits.slice(0, showSplits)) console.log(s.line);
  }
}

runMain(module, (args) => main(args));
