// How a gold mention is found among the extractor's output mentions, shared by the coreference and mention proxies.
import type { ExtractionResult, Mention } from '@newsgraph/schema';
import type { Span } from './eval-modules';

/** An output mention with the type and id of the entity it belongs to. */
export type OutputMention = Mention & { type: string; entity: string };

// Person for people, Organization or Country for organisations, Country or Location for places.
export const COMPATIBLE: Readonly<Record<string, readonly string[]>> = {
  PER: ['Person'],
  ORG: ['Organization', 'Country'],
  LOC: ['Country', 'Location'],
};

/** Every mention of a record's entities, each with its entity's type and id. */
export const outputMentions = (rec: ExtractionResult | undefined): OutputMention[] =>
  (rec?.entities ?? []).flatMap((e) => e.mentions.map((m) => ({ ...m, type: e.type, entity: e.id })));

/** The output mention a gold mention is found as: compatible type, `name` mentions first, then the largest overlap. */
export function matchMention(gold: Span & { type: string }, outMentions: OutputMention[]): OutputMention | undefined {
  let best: { m: OutputMention; rank: [number, number] } | undefined;
  for (const m of outMentions) {
    if (!COMPATIBLE[gold.type]?.includes(m.type)) continue;
    const overlap = Math.min(gold.end, m.end) - Math.max(gold.start, m.start);
    if (overlap <= 0) continue;
    const rank: [number, number] = [m.kind === 'name' ? 1 : 0, overlap];
    if (!best || rank[0] > best.rank[0] || (rank[0] === best.rank[0] && rank[1] > best.rank[1])) best = { m, rank };
  }
  return best?.m;
}
