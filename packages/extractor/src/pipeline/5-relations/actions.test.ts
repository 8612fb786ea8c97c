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
