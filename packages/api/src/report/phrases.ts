import type { Predicate, RelationSupport } from '@newsgraph/schema';

// How each predicate reads between its subject and object, so a card states its fact as a sentence.
const PHRASE: Record<Predicate, string> = {
  HOLDS_POSITION: 'holds a post in',
  MEMBER_OF: 'is a member of',
  PART_OF: 'is part of',
  LOCATED_IN: 'is located in',
  CITIZEN_OF: 'is a citizen of',
  FOUNDED: 'founded',
  ISSUED: 'issued',
  PROPOSED: 'proposed',
  SUPPORTS: 'supports',
  OPPOSES: 'opposes',
  ACCUSES: 'accuses',
  MET_WITH: 'met with',
  COOPERATES_WITH: 'cooperates with',
  PARTICIPATED_IN: 'took part in',
};

/** A relation's fact as plain parts (to be escaped by the writer): subject, what links them, object. */
export function factParts(relation: RelationSupport): { subject: string; link: string; object: string } {
  // A post the articles name reads better than the bare predicate: "is President of".
  const link =
    relation.predicate === 'HOLDS_POSITION' && relation.titles.length > 0
      ? `is ${relation.titles.join(' / ')} of`
      : PHRASE[relation.predicate];
  return {
    subject: relation.subject.name,
    link,
    object: relation.object.name,
  };
}

/** A confidence as people read it. */
export const percent = (value: number): string => `${Math.round(value * 100)}%`;

/** "1 article" / "3 articles" (or the plural given). */
export const count = (n: number, noun: string, plural = `${noun}s`): string =>
  `${n.toLocaleString('en')} ${n === 1 ? noun : plural}`;
