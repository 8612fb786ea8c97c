import type { EntityDraft, LinkedMention } from '../types';
import { mergeCrossTypeShortNames } from './cross-type-short-forms';

type Spec = [id: string, name: string, type: EntityDraft['type'], start: number];

/** Each entity left after the merge as "Type: mention, mention". */
function groupsAfterMerge(specs: Spec[]): string[] {
  const entities = new Map<string, EntityDraft>(
    specs.map(([id, name, type]) => [id, { id, name, type, aliases: new Set<string>() }]),
  );
  const mentions: LinkedMention[] = specs.map(([id, name, , start]) => ({
    start,
    end: start + name.length,
    kind: 'name',
    entity: id,
  }));
  mergeCrossTypeShortNames(entities, mentions);
  const named = (m: LinkedMention): string => specs.find((s) => s[3] === m.start)?.[1] ?? '?';
  return [...entities.values()].map(
    (e) =>
      `${e.type}: ${mentions
        .filter((m) => m.entity === e.id)
        .map(named)
        .join(',')}`,
  );
}

describe('mergeCrossTypeShortNames', () => {
  it('folds a surname the tagger typed an organisation into the one person of the article who bears it', () => {
    expect(
      groupsAfterMerge([
        ['p1', 'Agnieszka Nowicka', 'Person', 14],
        ['o1', 'Nowicka', 'Organization', 42],
      ]),
    ).toEqual(['Person: Agnieszka Nowicka,Nowicka']);
  });

  it('folds an institution\'s first word the tagger typed a place into the institution ("Bowdoin" of Bowdoin College)', () => {
    expect(
      groupsAfterMerge([
        ['o1', 'Bowdoin College', 'Organization', 10],
        ['l1', 'Bowdoin', 'Location', 60],
      ]),
    ).toEqual(['Organization: Bowdoin College,Bowdoin']);
  });

  it('keeps words a lexicon knows apart: the company Ford beside Henry Ford, the city Boston beside Boston College', () => {
    expect(
      groupsAfterMerge([
        ['p1', 'Henry Ford', 'Person', 0],
        ['o1', 'Ford', 'Organization', 30],
        ['o2', 'Boston College', 'Organization', 50],
        ['l1', 'Boston', 'Location', 80],
      ]),
    ).toEqual(['Person: Henry Ford', 'Organization: Ford', 'Organization: Boston College', 'Location: Boston']);
  });

  it('leaves a surname two people of the article share, and a place opening a name that is no institution', () => {
    expect(
      groupsAfterMerge([
        ['p1', 'Agnieszka Nowicka', 'Person', 0],
        ['p2', 'Tomasz Nowicka', 'Person', 30],
        ['o1', 'Nowicka', 'Organization', 60],
        ['o2', 'Bowdoin Ventures', 'Organization', 80],
        ['l1', 'Bowdoin', 'Location', 100],
      ]),
    ).toEqual([
      'Person: Agnieszka Nowicka',
      'Person: Tomasz Nowicka',
      'Organization: Nowicka',
      'Organization: Bowdoin Ventures',
      'Location: Bowdoin',
    ]);
  });
});
