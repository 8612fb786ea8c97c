import { OverridesSchema } from '@newsgraph/schema';
import { entitiesOf, entriesFor, listCorrections, withEntries, withoutCorrection } from './corrections';

const scopes = new Map([
  ['person:joe-biden', { id: 'person:joe-biden', name: 'Joe Biden', sources: ['person:biden', 'person:joe-biden'] }],
  ['person:jill-biden', { id: 'person:jill-biden', name: 'Jill Biden', sources: ['person:jill-biden'] }],
  ['country:US', { id: 'country:US', name: 'United States', sources: ['country:US'] }],
]);
const stamp = (id: string, at: string) => ({ id, by: 'Ann', at });

describe('corrections as override entries', () => {
  it('widens a corrected entity to the extractor ids folded into it, never merging the target into itself', () => {
    const merge = entriesFor(
      { kind: 'merge', by: 'Ann', from: ['person:joe-biden'], into: { id: 'person:jill-biden' } },
      scopes,
      stamp('m', '2026-01-01T00:00:00.000Z'),
    );
    expect(merge.merge).toEqual([
      {
        from: ['person:biden', 'person:joe-biden'],
        into: { id: 'person:jill-biden', name: 'Jill Biden' },
        id: 'm',
        by: 'Ann',
        at: '2026-01-01T00:00:00.000Z',
        label: 'Merged “Joe Biden” into “Jill Biden”',
      },
    ]);
    const reject = entriesFor(
      { kind: 'rejectRelation', by: 'Ann', subject: 'person:joe-biden', predicate: 'CITIZEN_OF', object: 'country:US' },
      scopes,
      stamp('r', '2026-01-02T00:00:00.000Z'),
    );
    expect(reject.rejectRelations.map((e) => [e.subject, e.object])).toEqual([
      ['person:biden', 'country:US'],
      ['person:joe-biden', 'country:US'],
    ]);
    expect(entitiesOf(reject)).toEqual(['person:biden', 'country:US', 'person:joe-biden']);
  });

  it('lists each correction once, newest first, and undoes all its entries and nothing else', () => {
    const handWritten = OverridesSchema.parse({ alias: [{ entity: 'country:US', aliases: ['Washington'] }] });
    const alias = entriesFor(
      { kind: 'alias', by: 'Ann', entity: 'person:joe-biden', aliases: ['POTUS'] },
      scopes,
      stamp('a', '2026-01-01T00:00:00.000Z'),
    );
    const split = entriesFor(
      {
        kind: 'split',
        by: 'Bo',
        entity: 'person:jill-biden',
        mentions: ['Dr. Biden'],
        into: { id: 'person:dr-biden', name: 'Dr. Biden', type: 'Person' },
      },
      scopes,
      stamp('s', '2026-01-03T00:00:00.000Z'),
    );
    const all = withEntries(withEntries(handWritten, alias), split);
    expect(listCorrections(all).map((c) => [c.id, c.kind, c.entities])).toEqual([
      ['s', 'split', ['person:jill-biden', 'person:dr-biden']],
      ['a', 'alias', ['person:biden', 'person:joe-biden']],
    ]);
    const { kept, removed } = withoutCorrection(all, 'a');
    expect(removed.alias).toHaveLength(2);
    expect(kept.alias).toEqual(handWritten.alias);
    expect(kept.split).toEqual(split.split);
    expect(OverridesSchema.parse(kept)).toEqual(kept);
  });
});
