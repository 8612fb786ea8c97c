import {
  allowsRelation,
  ENTITY_TYPES,
  EntityTypeSchema,
  MentionKindSchema,
  PREDICATES,
  PREDICATE_SIGNATURES,
  PredicateSchema,
} from './ontology';

const ACTORS = ['Person', 'Organization', 'Country'];
const ANY = ['Person', 'Organization', 'Country', 'Location', 'Policy', 'Event'];

// the predicate table of docs/contract.md, written out here so a signature that drifts from the contract fails
const CONTRACT: Record<string, [string[], string[]]> = {
  HOLDS_POSITION: [['Person'], ['Organization', 'Country']],
  MEMBER_OF: [ACTORS, ['Organization']],
  PART_OF: [['Organization'], ['Organization']],
  LOCATED_IN: [
    ['Organization', 'Location', 'Event'],
    ['Location', 'Country'],
  ],
  CITIZEN_OF: [['Person'], ['Country']],
  FOUNDED: [ACTORS, ['Organization', 'Event', 'Policy']],
  ISSUED: [ACTORS, ['Policy']],
  PROPOSED: [ACTORS, ['Policy']],
  SUPPORTS: [ACTORS, ANY],
  OPPOSES: [ACTORS, ANY],
  ACCUSES: [ACTORS, ACTORS],
  MET_WITH: [ACTORS, ACTORS],
  COOPERATES_WITH: [ACTORS, ACTORS],
  PARTICIPATED_IN: [ACTORS, ['Event']],
};

describe('the ontology', () => {
  it('lists the contract entity types and predicates, in its order', () => {
    expect(ENTITY_TYPES).toEqual(ANY);
    expect(PREDICATES).toEqual(Object.keys(CONTRACT));
  });

  it.each(Object.entries(CONTRACT))('gives %s the subject and object types of the contract', (predicate, [s, o]) => {
    const signature = PREDICATE_SIGNATURES[PredicateSchema.parse(predicate)];
    expect([[...signature.subject].sort(), [...signature.object].sort()]).toEqual([[...s].sort(), [...o].sort()]);
  });

  it('allows a relation exactly when its signature lists both types', () => {
    const wrong: string[] = [];
    for (const p of PREDICATES)
      for (const s of ENTITY_TYPES)
        for (const o of ENTITY_TYPES) {
          const listed = (CONTRACT[p]?.[0] ?? []).includes(s) && (CONTRACT[p]?.[1] ?? []).includes(o);
          if (allowsRelation(p, s, o) !== listed) wrong.push(`${s} ${p} ${o}`);
        }
    expect(wrong).toEqual([]);
  });

  it('rejects a type, predicate or mention kind outside the contract, naming the allowed values', () => {
    const entity = EntityTypeSchema.safeParse('Place');
    expect(entity.success).toBe(false);
    expect(entity.error?.issues[0]?.message).toContain('"Location"');
    expect(PredicateSchema.safeParse('located_in').success).toBe(false);
    expect(MentionKindSchema.safeParse('nested').data).toBe('nested');
    expect(MentionKindSchema.safeParse('acronym').success).toBe(false);
  });
});
