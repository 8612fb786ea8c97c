import { relationsOf } from './test-doc';

describe('verbs of meeting with a post between the verb and the one met', () => {
  it('meet the holder named after the post and the country qualifying it, not the country', () => {
    const text =
      'Trade Envoy Mara Quist met with Norwegian Fisheries Minister Lars Tennvik in Bergen. ' +
      'Later she spoke with Chancellor Odile Ferrand by phone.';
    const rels = relationsOf(text, [
      ['Mara Quist', 'Person'],
      ['Norwegian', 'Country', 'demonym', 'country:NO'],
      ['Lars Tennvik', 'Person'],
      ['Bergen', 'Location'],
      ['Odile Ferrand', 'Person'],
    ]);
    expect(rels).toContain('Mara Quist MET_WITH Lars Tennvik');
    expect(rels.filter((r) => r.includes('MET_WITH') && r.includes('country:NO'))).toEqual([]);
  });

  it('reach no holder past a lower-case noun or a body', () => {
    const rels = relationsOf(
      'Mara Quist met with the visiting delegation of Governor Lars Tennvik. Odile Ferrand met with Northwind Holdings Chairman Lars Tennvik.',
      [
        ['Mara Quist', 'Person'],
        ['Lars Tennvik', 'Person'],
        ['Odile Ferrand', 'Person'],
        ['Northwind Holdings', 'Organization'],
      ],
    );
    expect(rels).not.toContain('Mara Quist MET_WITH Lars Tennvik');
    expect(rels).not.toContain('Odile Ferrand MET_WITH Lars Tennvik');
  });
});

describe('verbs of acting on something, read only between names', () => {
  it('take no pronoun or nominal as the one acting or acted on', () => {
    const rels = relationsOf(
      'Ada Brook praised Tomas Reyes. He set up the Harbour Safety Board in 2020. Ilse Marren joined the agency in 2015.',
      [
        ['Ada Brook', 'Person'],
        ['Tomas Reyes', 'Person'],
        ['He', 'Person', 'pronoun', 'person:tomas-reyes'],
        ['Harbour Safety Board', 'Organization'],
        ['Ilse Marren', 'Person'],
        ['the agency', 'Organization', 'nominal', 'organization:harbour-safety-board'],
      ],
    );
    expect(rels.filter((r) => r.includes('Harbour Safety Board'))).toEqual([]);
  });

  it('take no body whose name is cut after an "and"', () => {
    const rels = relationsOf(
      'Ada Brook and Tomas Reyes established the Nordic Fisheries and Ocean Council. Ilse Marren established the Ocean Council.',
      [
        ['Ada Brook', 'Person'],
        ['Tomas Reyes', 'Person'],
        ['Ocean Council', 'Organization'],
        ['Ilse Marren', 'Person'],
      ],
    );
    expect(rels).toEqual(['Ilse Marren FOUNDED Ocean Council']);
    expect(
      relationsOf('Ada Brook met the Vice President and Harbour Board Chair Ilse Marren.', [
        ['Ada Brook', 'Person'],
        ['Harbour Board', 'Organization'],
        ['Ilse Marren', 'Person'],
      ]),
    ).toContain('Ilse Marren HOLDS_POSITION Harbour Board');
  });
});
