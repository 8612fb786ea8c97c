import { relationsOf } from './test-doc';

// Kinds of wrong relation found by judging the White House sample at 0.3.8
// (bench/judge/samples/whitehouse-0.3.8-relations.jsonl), each written anew with made-up names.
describe('relations an analyst would not cite, judged at 0.3.8', () => {
  it('reads a career member of a corps as its member, not as holding a post in it', () => {
    const e: Parameters<typeof relationsOf>[1] = [
      ['Lena Ortiz', 'Person'],
      ['Diplomatic Corps of Freedonia', 'Organization'],
      ['Omar Haddad', 'Person'],
      ['Ocean Institute', 'Organization'],
    ];
    expect(
      relationsOf('Lena Ortiz, a career member of the Diplomatic Corps of Freedonia, will lead the talks.', e),
    ).toEqual(['Lena Ortiz MEMBER_OF Diplomatic Corps of Freedonia']);
    // a staff member works there
    expect(relationsOf('Omar Haddad, a staff member of the Ocean Institute, said the tide was late.', e)).toEqual([
      'Omar Haddad HOLDS_POSITION Ocean Institute',
    ]);
  });

  it('gives the post in a body whose name a country opens, and none to the country', () => {
    const e: Parameters<typeof relationsOf>[1] = [
      ['Rosa Delgado', 'Person'],
      ['U.S.', 'Country'],
      ['Bureau of Mines', 'Organization'],
      ['Ivan Petrov', 'Person'],
      ['United States', 'Country'],
    ];
    const r = relationsOf('Rosa Delgado, director of the U.S. Bureau of Mines, opened the hearing.', e);
    expect(r).toContain('Rosa Delgado HOLDS_POSITION Bureau of Mines');
    expect(r).not.toContain('Rosa Delgado HOLDS_POSITION U.S.');
    expect(relationsOf('Ivan Petrov, commander of the United States Arctic Fleet, flew home.', e)).toEqual([]);
    // a person named after the country is no longer name
    expect(relationsOf('We thank Ivan Petrov, ambassador of the United States Tuesday.', e)).toEqual([
      'Ivan Petrov HOLDS_POSITION United States',
    ]);
  });

  it('takes no action on a country that opens a longer name', () => {
    const e: Parameters<typeof relationsOf>[1] = [
      ['Dana Holt', 'Person'],
      ['U.S.', 'Country'],
      ['Paul Kerr', 'Person'],
    ];
    expect(relationsOf('Governor Dana Holt joins U.S. Energy Secretary Paul Kerr in Tulsa.', e)).toEqual([]);
  });

  it('takes no action on a country written as the adjective of a noun or a title', () => {
    const e: Parameters<typeof relationsOf>[1] = [
      ['Grain Fund', 'Organization'],
      ['United Kingdom', 'Country', 'name', 'country:gb'],
      ['British', 'Country', 'name', 'country:gb'],
      ['Mayor Ann Bell', 'Person'],
    ];
    expect(relationsOf('The Grain Fund supports British farmers and their cooperatives.', e)).toEqual([]);
    expect(relationsOf('Mayor Ann Bell spoke with British Prime Minister Luis Vega today.', e)).toEqual([]);
    expect(relationsOf('The Grain Fund supports the United Kingdom in the talks.', e)).toEqual([
      'Grain Fund SUPPORTS United Kingdom',
    ]);
  });

  it('reads a series of places with an article or a closing body as a list, not as containment', () => {
    const e: Parameters<typeof relationsOf>[1] = [
      ['Maine', 'Location'],
      ['Fiji', 'Country'],
      ['Republic of Palau', 'Country'],
      ['Tonga', 'Country'],
      ['Nauru', 'Country'],
      ['Pacific Trade Office', 'Organization'],
    ];
    expect(relationsOf('Grants went to Maine, Fiji, the Republic of Palau and Tonga.', e)).toEqual([]);
    expect(relationsOf('We welcome Maine, Nauru, and the Pacific Trade Office as partners.', e)).toEqual([]);
  });

  it("takes the title from the clause that names the body, without a diplomat's rank", () => {
    const e: Parameters<typeof relationsOf>[1] = [
      ['Mara Quinn', 'Person'],
      ['Harbor Trust', 'Organization'],
      ['River Fund', 'Organization'],
    ];
    const r = relationsOf(
      'Mara Quinn served as Chairman of the Harbor Trust; a board member of the River Fund; and adviser to the mayor.',
      e,
      'title',
    );
    expect(r.filter((x) => x.includes('River Fund') && x.includes('chairman'))).toEqual([]);
  });
});
