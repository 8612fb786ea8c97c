import { z } from 'zod';

/** The entity types of the extraction contract; each becomes a Neo4j label. */
export const ENTITY_TYPES = ['Person', 'Organization', 'Country', 'Location', 'Policy', 'Event'] as const;
export const EntityTypeSchema = z.enum(ENTITY_TYPES);
export type EntityType = z.infer<typeof EntityTypeSchema>;

/** The contract's predicates; each becomes a Neo4j relationship type. */
export const PREDICATES = [
  'HOLDS_POSITION',
  'MEMBER_OF',
  'PART_OF',
  'LOCATED_IN',
  'CITIZEN_OF',
  'FOUNDED',
  'ISSUED',
  'PROPOSED',
  'SUPPORTS',
  'OPPOSES',
  'ACCUSES',
  'MET_WITH',
  'COOPERATES_WITH',
  'PARTICIPATED_IN',
] as const;
export const PredicateSchema = z.enum(PREDICATES);
export type Predicate = z.infer<typeof PredicateSchema>;

const ACTORS: readonly EntityType[] = ['Person', 'Organization', 'Country'];
const ANY: readonly EntityType[] = ENTITY_TYPES;

/** Which subject and object types each predicate accepts, so no extractor can emit a nonsensical edge. */
export const PREDICATE_SIGNATURES: Record<
  Predicate,
  { subject: readonly EntityType[]; object: readonly EntityType[] }
> = {
  HOLDS_POSITION: { subject: ['Person'], object: ['Organization', 'Country'] },
  MEMBER_OF: { subject: ACTORS, object: ['Organization'] },
  PART_OF: { subject: ['Organization'], object: ['Organization'] },
  LOCATED_IN: { subject: ['Organization', 'Location', 'Event'], object: ['Location', 'Country'] },
  CITIZEN_OF: { subject: ['Person'], object: ['Country'] },
  FOUNDED: { subject: ACTORS, object: ['Organization', 'Event', 'Policy'] },
  ISSUED: { subject: ACTORS, object: ['Policy'] },
  PROPOSED: { subject: ACTORS, object: ['Policy'] },
  SUPPORTS: { subject: ACTORS, object: ANY },
  OPPOSES: { subject: ACTORS, object: ANY },
  ACCUSES: { subject: ACTORS, object: ACTORS },
  MET_WITH: { subject: ACTORS, object: ACTORS },
  COOPERATES_WITH: { subject: ACTORS, object: ACTORS },
  PARTICIPATED_IN: { subject: ACTORS, object: ['Event'] },
};

/** True when the predicate's signature allows this subject and object type. */
export function allowsRelation(predicate: Predicate, subject: EntityType, object: EntityType): boolean {
  const signature = PREDICATE_SIGNATURES[predicate];
  return signature.subject.includes(subject) && signature.object.includes(object);
}

// `nested`: a name inside a longer name ("Texas" in "University of Texas"), which CoNLL-style name scoring leaves out
export const MENTION_KINDS = ['name', 'demonym', 'nominal', 'pronoun', 'nested'] as const;
export const MentionKindSchema = z.enum(MENTION_KINDS);
export type MentionKind = z.infer<typeof MentionKindSchema>;
