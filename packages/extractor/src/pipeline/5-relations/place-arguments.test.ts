import { relationsOf, type TestMention } from './test-doc';

describe('LOCATED_IN arguments that are no place or body', () => {
  it('places no observance, law or field of study, nor anything in one', () => {
    expect(
      relationsOf('Instead of Harvest Week, Norway is having a harvest season.', [
        ['Harvest Week', 'Location'],
        ['Norway', 'Country'],
      ]),
    ).toEqual([]);
    expect(
      relationsOf('She holds an M.A. from Lindqvist College in Urban Planning, with honours.', [
        ['Lindqvist College', 'Organization'],
        ['Urban Planning', 'Location'],
      ]),
    ).toEqual([]);
    expect(
      relationsOf('She holds an M.A. from Lindqvist College in Tromsø, with honours.', [
        ['Lindqvist College', 'Organization'],
        ['Tromsø', 'Location'],
      ]),
    ).toEqual(['Lindqvist College LOCATED_IN Tromsø']);
  });

  it('reads a body named for its member as a person, and a body after "a" as described', () => {
    const e: TestMention[] = [
      ['Coast Guard Cadet', 'Organization'],
      ['Harbor Relief Society', 'Organization'],
      ['Chile', 'Country'],
    ];
    expect(relationsOf('He carried a wounded Coast Guard Cadet in Chile to safety.', e)).toEqual([]);
    expect(relationsOf('They opened a Harbor Relief Society in Chile last year.', e)).toEqual([]);
    expect(relationsOf('They joined the Harbor Relief Society in Chile last year.', e)).toEqual([
      'Harbor Relief Society LOCATED_IN Chile',
    ]);
    // an article before another noun and its preposition describes that noun, not the body
    expect(relationsOf('She was a nurse with the Harbor Relief Society in Chile last year.', e)).toEqual([
      'Harbor Relief Society LOCATED_IN Chile',
    ]);
  });

  it('places no institution kind alone, nor a body whose name a person’s name opens', () => {
    expect(
      relationsOf('The talks were held at the University in Tartu.', [
        ['University', 'Organization'],
        ['Tartu', 'Location'],
      ]),
    ).toEqual([]);
    expect(
      relationsOf('Delegates met at the Helga B. Storm Baltic Center for Maritime Law in Estonia.', [
        ['Helga B. Storm', 'Person'],
        ['Baltic Center for Maritime Law', 'Organization'],
        ['Estonia', 'Country'],
      ]),
    ).toEqual([]);
  });

  it('places no acronym the document spells out as a topic, but one spelled out as a body', () => {
    const e: TestMention[] = [
      ['CWR', 'Organization'],
      ['OPF', 'Organization'],
      ['Peru', 'Country'],
    ];
    expect(
      relationsOf('The plan targets clean water rights (CWR) for farmers. It backs CWR in Peru through grants.', e),
    ).toEqual([]);
    expect(
      relationsOf(
        'The plan funds the Ocean Protection Foundation (OPF) for farmers. It backs OPF in Peru through grants.',
        e,
      ),
    ).toContain('OPF LOCATED_IN Peru');
  });

  it('reads a place after a body’s "for" or "on" as its topic, and a one-word everyday word as no place', () => {
    expect(
      relationsOf('He set up the Advisory Council on Andean Heritage in the United States last year.', [
        ['Advisory Council', 'Organization'],
        ['Andean Heritage', 'Location'],
        ['United States', 'Country'],
      ]),
    ).toEqual([]);
    expect(
      relationsOf('Raised in Ghana, she now teaches in Leeds.', [
        ['Raised', 'Location'],
        ['Ghana', 'Country'],
        ['Leeds', 'Location'],
      ]),
    ).toEqual([]);
  });
});

describe('places that cannot hold one another', () => {
  it('reads two continents or regions, two known cities and a state beside a non-country as list items', () => {
    expect(
      relationsOf('Buyers came from Europe, Asia, everywhere.', [
        ['Europe', 'Location'],
        ['Asia', 'Location'],
      ]),
    ).toEqual([]);
    expect(
      relationsOf('The same pill costs less in Paris, Tokyo, anywhere.', [
        ['Paris', 'Location'],
        ['Tokyo', 'Location'],
      ]),
    ).toEqual([]);
    expect(
      relationsOf('In Ohio, Lakeshore Credit, which serves farmers, gets a grant.', [
        ['Ohio', 'Location'],
        ['Lakeshore Credit', 'Location'],
      ]),
    ).toEqual([]);
    expect(
      relationsOf('The fleet covered Alaska, Fiji, the Cook Islands and Samoa.', [
        ['Alaska', 'Location'],
        ['Fiji', 'Country'],
        ['Cook Islands', 'Country'],
        ['Samoa', 'Country'],
      ]),
    ).toEqual([]);
    // a town and its state, a state and its country stay chains
    expect(
      relationsOf('She grew up in Dayton, Ohio, United States.', [
        ['Dayton', 'Location'],
        ['Ohio', 'Location'],
        ['United States', 'Country'],
      ]),
    ).toEqual(expect.arrayContaining(['Dayton LOCATED_IN Ohio', 'Ohio LOCATED_IN United States']));
  });

  it('places no body said to be in several places side by side', () => {
    const e: TestMention[] = [
      ['Rural Water Agency', 'Organization'],
      ['Idaho', 'Location'],
      ['Utah', 'Location'],
      ['Oregon', 'Location'],
      ['Boise', 'Location'],
    ];
    expect(relationsOf('She worked for the Rural Water Agency in Idaho, Utah, and Oregon for years.', e)).toEqual([]);
    expect(relationsOf('She worked for the Rural Water Agency in Idaho and Oregon for years.', e)).toEqual([]);
    expect(relationsOf('She worked for the Rural Water Agency in Boise, Idaho, for years.', e)).toEqual(
      expect.arrayContaining(['Rural Water Agency LOCATED_IN Boise', 'Boise LOCATED_IN Idaho']),
    );
  });
});
