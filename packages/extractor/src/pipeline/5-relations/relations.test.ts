import { extract } from '../../extract';

function triples(text: string): string[] {
  const r = extract({ id: 't', text });
  const name = (id: string): string => r.entities.find((e) => e.id === id)?.name ?? id;
  return r.relations.map((x) => `${name(x.subject)} ${x.predicate} ${name(x.object)}`);
}

describe('relation patterns', () => {
  it('reads a location chain but not a list of places', () => {
    expect(triples("The summit was held in Wuzhen, East China's Zhejiang Province.")).toContain(
      'Wuzhen LOCATED_IN Zhejiang Province',
    );
    expect(triples('He studied in London, Paris, and Tokyo.').filter((t) => t.includes('LOCATED_IN'))).toEqual([]);
  });

  it('reads nationality only before a noun for a person', () => {
    expect(triples('Sarah Gibb (born 1970) is an English illustrator.')).toContain(
      'Sarah Gibb CITIZEN_OF United Kingdom',
    );
    expect(triples('Ici Paris is a French magazine.').filter((t) => t.includes('CITIZEN_OF'))).toEqual([]);
  });

  it('reads a passive issue with two issuers', () => {
    const t = triples(
      'The Cyberspace Strategy, jointly released by the Ministry of Commerce and the National Security Agency, says little.',
    );
    expect(t).toEqual(
      expect.arrayContaining([
        'Ministry of Commerce ISSUED Cyberspace Strategy',
        'National Security Agency ISSUED Cyberspace Strategy',
      ]),
    );
  });
});
