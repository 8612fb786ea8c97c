import type { EntityDraft, LinkedMention } from '../types';
import { initialsOf, mergeAcronymEntities, mergeShortNames } from './merge-names';

type Spec = [id: string, name: string, type: EntityDraft['type'], starts: number[]];

function setUp(specs: Spec[]): {
  entities: Map<string, EntityDraft>;
  mentions: LinkedMention[];
  groups: () => string[][];
} {
  const entities = new Map<string, EntityDraft>(
    specs.map(([id, name, type]) => [id, { id, name, type, aliases: new Set<string>() }]),
  );
  const mentions: LinkedMention[] = specs.flatMap(([id, name, , starts]) =>
    starts.map((start) => ({ start, end: start + name.length, kind: 'name' as const, entity: id })),
  );
  const groups = (): string[][] =>
    [...entities.keys()].map((id) =>
      mentions.filter((m) => m.entity === id).map((m) => specs.find((s) => s[3].includes(m.start))?.[1] ?? '?'),
    );
  return { entities, mentions, groups };
}

describe('mergeShortNames', () => {
  it('folds surnames, given names and shortened full names into the one longer person', () => {
    const { entities, mentions, groups } = setUp([
      ['p1', 'Henrik August Angell', 'Person', [0]],
      ['p2', 'Henrik Angell', 'Person', [50]],
      ['p3', 'Angell', 'Person', [90]],
    ]);
    mergeShortNames(entities, mentions);
    expect(groups()).toEqual([['Henrik August Angell', 'Henrik Angell', 'Angell']]);
  });

  it('folds an all-capitals headline surname into the full name ("EDBERG")', () => {
    const { entities, mentions, groups } = setUp([
      ['p1', 'EDBERG', 'Person', [0]],
      ['p2', 'Stefan Edberg', 'Person', [30]],
    ]);
    mergeShortNames(entities, mentions);
    expect(groups()).toEqual([['EDBERG', 'Stefan Edberg']]);
  });

  it('gives an ambiguous surname to the person named last before it', () => {
    const { entities, mentions } = setUp([
      ['p1', 'Gaetano Donizetti', 'Person', [0]],
      ['p2', 'Giuseppe Donizetti', 'Person', [40]],
      ['p3', 'Donizetti', 'Person', [80]],
    ]);
    mergeShortNames(entities, mentions);
    expect(mentions.find((m) => m.start === 80)?.entity).toBe('p2');
  });

  it('reads a lone name that is one person\'s surname and another\'s given name as the surname ("Savage")', () => {
    const { entities, mentions } = setUp([
      ['p1', 'Dan Savage', 'Person', [0]],
      ['p2', 'Savage Love', 'Person', [30]],
      ['p3', 'Savage', 'Person', [60]],
    ]);
    mergeShortNames(entities, mentions);
    expect(mentions.find((m) => m.start === 60)?.entity).toBe('p1');
  });
  it('folds a titled short form into the full name, and a lone surname past the shorter full forms ("Norton")', () => {
    const { entities, mentions, groups } = setUp([
      ['p1', 'Halvorsen', 'Person', [0]],
      ['p2', 'Karin Lise Halvorsen', 'Person', [40]],
      ['p3', 'Karin Halvorsen', 'Person', [80]],
      ['p4', 'Halvorsen Brooke', 'Person', [120]],
      ['p5', 'Governor Halvorsen', 'Person', [160]],
    ]);
    mergeShortNames(entities, mentions);
    expect(groups()).toEqual([
      ['Halvorsen', 'Karin Lise Halvorsen', 'Karin Halvorsen', 'Governor Halvorsen'],
      ['Halvorsen Brooke'],
    ]);
  });

  it('keeps a regnal number: "Karol II" is neither Karol I nor the "Jan Karol" of the article', () => {
    const { entities, mentions, groups } = setUp([
      ['p1', 'Karol I', 'Person', [0]],
      ['p2', 'Karol II', 'Person', [30]],
      ['p3', 'Jan Karol', 'Person', [60]],
    ]);
    mergeShortNames(entities, mentions);
    expect(groups()).toEqual([['Karol I'], ['Karol II'], ['Jan Karol']]);
  });

  it('folds a name written surname first into the same name written given name first ("Tanaka Yumiko")', () => {
    const { entities, mentions, groups } = setUp([
      ['p1', 'Yumiko Tanaka', 'Person', [0]],
      ['p2', 'Tanaka Yumiko', 'Person', [30]],
      ['p3', 'Tanaka Hiroshi', 'Person', [60]],
    ]);
    mergeShortNames(entities, mentions);
    expect(groups()).toEqual([['Yumiko Tanaka', 'Tanaka Yumiko'], ['Tanaka Hiroshi']]);
  });

  it("folds an organisation's first or last words into it, but not a generic head", () => {
    const { entities, mentions, groups } = setUp([
      ['o1', 'San Antonio Spurs', 'Organization', [0]],
      ['o2', 'Spurs', 'Organization', [30]],
      ['o3', 'Taito Corporation', 'Organization', [60]],
      ['o4', 'Taito', 'Organization', [90]],
      ['o5', 'Labour Party', 'Organization', [120]],
      ['o6', 'Party', 'Organization', [150]],
    ]);
    mergeShortNames(entities, mentions);
    expect(groups()).toEqual([
      ['San Antonio Spurs', 'Spurs'],
      ['Taito Corporation', 'Taito'],
      ['Labour Party'],
      ['Party'],
    ]);
  });

  it('keeps a country-scoped agency apart from another country\'s ("U.S. Treasury" is not "NSW Treasury")', () => {
    const { entities, mentions, groups } = setUp([
      ['org:us:treasury', 'Treasury', 'Organization', [0]],
      ['org:nsw-treasury', 'NSW Treasury', 'Organization', [30]],
    ]);
    mergeShortNames(entities, mentions);
    expect(groups()).toEqual([['Treasury'], ['NSW Treasury']]);
  });

  it('folds no lone opening word many names share into the one organisation it opens ("United")', () => {
    const { entities, mentions, groups } = setUp([
      ['o1', 'United Nations', 'Organization', [0]],
      ['o2', 'United', 'Organization', [40]],
      ['o3', 'Pirelli Tyres', 'Organization', [60]],
      ['o4', 'Pirelli', 'Organization', [90]],
    ]);
    mergeShortNames(entities, mentions);
    expect(groups()).toEqual([['United Nations'], ['United'], ['Pirelli Tyres', 'Pirelli']]);
  });

  it('keeps a place apart from a longer place unless it is the same city', () => {
    const { entities, mentions, groups } = setUp([
      ['l1', 'New York City', 'Location', [0]],
      ['l2', 'New York', 'Location', [30]],
      ['l3', 'Connecticut River', 'Location', [60]],
      ['l4', 'Connecticut', 'Location', [90]],
    ]);
    mergeShortNames(entities, mentions);
    expect(groups()).toEqual([['New York City', 'New York'], ['Connecticut River'], ['Connecticut']]);
  });
});

describe('mergeAcronymEntities', () => {
  it('folds "NFL" into the National Football League and "EU" into the European Union', () => {
    const { entities, mentions, groups } = setUp([
      ['o1', 'National Football League', 'Organization', [0]],
      ['o2', 'NFL', 'Organization', [40]],
      ['o3', 'European Union', 'Organization', [60]],
      ['o4', 'EU', 'Organization', [90]],
    ]);
    mergeAcronymEntities(entities, mentions);
    expect(groups()).toEqual([
      ['National Football League', 'NFL'],
      ['European Union', 'EU'],
    ]);
  });

  it('leaves an acronym alone when two names fit it', () => {
    const { entities, mentions, groups } = setUp([
      ['o1', 'Chinese Basketball Association', 'Organization', [0]],
      ['o2', 'Central Bank Authority', 'Organization', [40]],
      ['o3', 'CBA', 'Organization', [80]],
    ]);
    mergeAcronymEntities(entities, mentions);
    expect(groups()).toEqual([['Chinese Basketball Association'], ['Central Bank Authority'], ['CBA']]);
  });

  it('folds no place\'s initials into an organisation that shares them ("D.C.", "NY")', () => {
    const { entities, mentions, groups } = setUp([
      ['o1', 'Department of Commerce', 'Organization', [0]],
      ['l1', 'D.C.', 'Location', [40]],
      ['o2', 'National Youth Orchestra', 'Organization', [60]],
      ['o3', 'NY', 'Organization', [100]],
    ]);
    mergeAcronymEntities(entities, mentions);
    expect(groups()).toEqual([['Department of Commerce'], ['D.C.'], ['National Youth Orchestra'], ['NY']]);
    // while the state itself still takes them
    const state = setUp([
      ['l1', 'North Carolina', 'Location', [0]],
      ['l2', 'N.C.', 'Location', [30]],
    ]);
    mergeAcronymEntities(state.entities, state.mentions);
    expect(state.groups()).toEqual([['North Carolina', 'N.C.']]);
  });

  it('reads initials with and without the small words', () => {
    expect(initialsOf('Recording Industry Association of America')).toEqual(['RIAA', 'RIAOA']);
  });
});
