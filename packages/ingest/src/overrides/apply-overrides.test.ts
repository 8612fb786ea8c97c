import { OverridesSchema, type ExtractionResult } from '@newsgraph/schema';
import { applyOverrides } from './apply-overrides';

const TEXT = 'Xi met Long. Xinjiang officials and Long spoke.';
const base: ExtractionResult = {
  id: 'doc',
  entities: [
    {
      id: 'person:xi',
      name: 'Xi',
      type: 'Person',
      aliases: [],
      mentions: [{ start: 0, end: 2, text: 'Xi', kind: 'name' }],
    },
    { id: 'person:xi-jinping', name: 'Xi Jinping', type: 'Person', aliases: [], mentions: [] },
    {
      id: 'person:long',
      name: 'Long',
      type: 'Person',
      aliases: [],
      mentions: [
        { start: 7, end: 11, text: 'Long', kind: 'name' },
        { start: 35, end: 39, text: 'Long', kind: 'name' },
      ],
    },
    {
      id: 'person:xinjiang',
      name: 'Xinjiang',
      type: 'Person',
      aliases: [],
      mentions: [{ start: 13, end: 21, text: 'Xinjiang', kind: 'name' }],
    },
  ],
  relations: [
    {
      subject: 'person:xi',
      predicate: 'MET_WITH',
      object: 'person:long',
      confidence: 0.8,
      evidence: { start: 0, end: 12, text: TEXT.slice(0, 12) },
    },
    {
      subject: 'person:xinjiang',
      predicate: 'MET_WITH',
      object: 'person:long',
      confidence: 0.5,
      evidence: { start: 13, end: 47, text: TEXT.slice(13, 47) },
    },
  ],
  quotes: [{ speaker: 'person:xi', start: 0, end: 12, text: TEXT.slice(0, 12), about: ['person:long'] }],
};

describe('applyOverrides', () => {
  it('merges entities: mentions, relations and quote speakers move to the target', () => {
    const out = applyOverrides(
      base,
      OverridesSchema.parse({ merge: [{ from: ['person:xi'], into: { id: 'person:xi-jinping' } }] }),
    );
    const xi = out.entities.find((e) => e.id === 'person:xi-jinping');
    expect(xi).toMatchObject({ name: 'Xi Jinping', aliases: ['Xi'], mentions: [{ text: 'Xi' }] });
    expect(out.entities.some((e) => e.id === 'person:xi')).toBe(false);
    expect(out.relations[0]).toMatchObject({ subject: 'person:xi-jinping', object: 'person:long' });
    expect(out.quotes[0]?.speaker).toBe('person:xi-jinping');
  });

  it('rejects entities (with their relations) and single relations, and adds aliases', () => {
    const out = applyOverrides(
      base,
      OverridesSchema.parse({
        rejectEntities: ['person:xinjiang'],
        rejectRelations: [{ subject: 'person:xi', predicate: 'MET_WITH', object: 'person:long' }],
        alias: [{ entity: 'person:long', aliases: ['Long Zhou'] }],
      }),
    );
    expect(out.entities.map((e) => e.id).sort()).toEqual(['person:long', 'person:xi']);
    expect(out.relations).toEqual([]);
    expect(out.entities.find((e) => e.id === 'person:long')?.aliases).toEqual(['Long Zhou']);
  });

  it('splits mentions off into another entity', () => {
    const out = applyOverrides(
      base,
      OverridesSchema.parse({
        split: [
          {
            entity: 'person:xinjiang',
            mentions: ['Xinjiang'],
            into: { id: 'loc:xinjiang', name: 'Xinjiang', type: 'Location' },
          },
        ],
      }),
    );
    expect(out.entities.find((e) => e.id === 'loc:xinjiang')).toMatchObject({
      type: 'Location',
      mentions: [{ start: 13, end: 21 }],
    });
    expect(out.entities.some((e) => e.id === 'person:xinjiang')).toBe(false);
    expect(out.relations.map((r) => r.subject)).toEqual(['person:xi']);
  });

  it('splits a name off into an entity that exists, which takes the name as an alias', () => {
    const out = applyOverrides(
      base,
      OverridesSchema.parse({
        split: [
          {
            entity: 'person:xi',
            mentions: ['Xi'],
            into: { id: 'person:xi-jinping', name: 'Xi Jinping', type: 'Person' },
          },
        ],
      }),
    );
    expect(out.entities.find((e) => e.id === 'person:xi-jinping')).toMatchObject({
      aliases: ['Xi'],
      mentions: [{ start: 0, end: 2, text: 'Xi' }],
    });
    expect(out.entities.some((e) => e.id === 'person:xi')).toBe(false);
  });

  it('changes nothing without overrides', () => {
    expect(applyOverrides(base, OverridesSchema.parse({}))).toEqual({
      ...base,
      entities: base.entities.filter((e) => e.mentions.length > 0),
    });
  });

  it('rejects a malformed overrides file naming the field', () => {
    const parsed = OverridesSchema.safeParse({ merge: [{ from: [], into: { id: 'x' } }] });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['merge', 0, 'from']);
    expect(OverridesSchema.safeParse({ mrege: [] }).success).toBe(false);
  });
});
