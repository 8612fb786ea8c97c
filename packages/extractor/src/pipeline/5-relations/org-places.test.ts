import { relationsOf } from './test-doc';

describe('organisations in places, news style', () => {
  it('reads sites, home towns and place-qualified kinds', () => {
    expect(
      relationsOf('Reporters met at BBC headquarters in nearby Salford on Monday.', [
        ['BBC', 'Organization'],
        ['Salford', 'Location'],
      ]),
    ).toEqual(['BBC LOCATED_IN Salford']);
    expect(
      relationsOf('The order went to Acme Steel Corp. of Gary, which declined.', [
        ['Acme Steel Corp.', 'Organization'],
        ['Gary', 'Location'],
      ]),
    ).toEqual(['Acme Steel Corp. LOCATED_IN Gary']);
    expect(
      relationsOf('It joined the 3rd Brigade in Ronda in Malaga last year.', [
        ['3rd Brigade', 'Organization'],
        ['Ronda', 'Location'],
        ['Malaga', 'Location'],
      ]),
    ).toContain('3rd Brigade LOCATED_IN Malaga');
    expect(
      relationsOf('Kowloon Holdings, a Hong Kong property firm, bought it.', [
        ['Kowloon Holdings', 'Organization'],
        ['Hong Kong', 'Location'],
      ]),
    ).toEqual(['Kowloon Holdings LOCATED_IN Hong Kong']);
  });

  it('reads a place or demonym written before an organisation, and a place owning one', () => {
    expect(
      relationsOf('The French Senate passed it.', [
        ['French', 'Country', 'demonym', 'country:FR'],
        ['Senate', 'Organization'],
      ]),
    ).toEqual(['Senate LOCATED_IN country:FR']);
    // a town written before an organisation's name is part of that name, which read without it is cut
    expect(
      relationsOf('The Moscow Metro reported the fire.', [
        ['Moscow', 'Location'],
        ['Metro', 'Organization'],
      ]),
    ).toEqual([]);
    // a town before a wire service's name in its source line is where it publishes
    expect(
      relationsOf('Lima EL COMERCIO in Spanish 1800 GMT 3 May 95', [
        ['Lima', 'Location'],
        ['EL COMERCIO', 'Organization'],
      ]),
    ).toEqual(['EL COMERCIO LOCATED_IN Lima']);
    // a wire service's source line ("Moscow INTERFAX in English") is its dateline, not its seat
    expect(
      relationsOf('Moscow INTERFAX in English reported the fire.', [
        ['Moscow', 'Location'],
        ['INTERFAX', 'Organization'],
      ]),
    ).toEqual([]);
    expect(
      relationsOf("Munich's Sparkasse bank refused.", [
        ['Munich', 'Location'],
        ['Sparkasse', 'Organization'],
      ]),
    ).toEqual(['Sparkasse LOCATED_IN Munich']);
    expect(
      relationsOf("Critics loved Mahler's Vienna Philharmonic tour.", [
        ['Mahler', 'Location'],
        ['Vienna Philharmonic', 'Organization'],
      ]),
    ).toEqual([]);
  });

  it('places a news agency at its headquarters, not at a bureau', () => {
    expect(
      relationsOf('The BBC bureau in Tehran was closed.', [
        ['BBC', 'Organization'],
        ['Tehran', 'Location'],
      ]),
    ).toEqual([]);
  });

  it('does not place a news agency at the dateline it files from', () => {
    expect(
      relationsOf('LAGOS, Nigeria (AP)', [
        ['LAGOS', 'Location'],
        ['Nigeria', 'Country'],
        ['AP', 'Organization'],
      ]).filter((t) => t.startsWith('AP')),
    ).toEqual([]);
  });
});

describe('a bare institution word', () => {
  it('is placed in no country by the place written before it', () => {
    expect(
      relationsOf('He served in the British Army for ten years.', [
        ['British', 'Country', 'demonym', 'country:GB'],
        ['Army', 'Organization'],
      ]),
    ).toEqual([]);
    expect(
      relationsOf('Spending by the U.S. Government rose.', [
        ['U.S.', 'Country', 'name', 'country:US'],
        ['Government', 'Organization'],
      ]),
    ).toEqual([]);
  });
});

describe('a bare institution word before "of"', () => {
  it('is not an organisation of that place', () => {
    expect(
      relationsOf('Aid went to the Commonwealth of Kentucky.', [
        ['Commonwealth', 'Organization'],
        ['Kentucky', 'Location'],
      ]),
    ).toEqual([]);
  });
});
