import type { RelationSupport } from '@newsgraph/schema';
import type { Hop, ReportData } from './gather';
import { factParts } from './phrases';

/** One step of a path as plain text parts and the card (footnote) that backs it. */
export interface NarrativeStep {
  text: string;
  card: number;
  relation: RelationSupport;
}

/** Each path as steps in reading order: "A holds a post in B", then "B is located in C" (or "C … B" when walked backwards). */
export function narratives(data: ReportData): NarrativeStep[][] {
  const cardOf = new Map(data.cards.map((card, i) => [card.key, i + 1]));
  return (data.paths ?? []).map((hops) =>
    hops.flatMap((hop: Hop): NarrativeStep[] => {
      const card = cardOf.get(hop.key);
      const relation = card === undefined ? undefined : data.cards[card - 1];
      if (card === undefined || !relation) return [];
      const { subject, link, object } = factParts(relation);
      return [{ text: `${subject} ${link} ${object}`, card, relation }];
    }),
  );
}
