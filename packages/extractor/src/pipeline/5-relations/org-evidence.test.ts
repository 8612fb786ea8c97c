import { relationsOf } from './test-doc';

describe('an organisation placed somewhere', () => {
  it('must be named as a body: an event, weapon or product typed as one is placed nowhere', () => {
    expect(
      relationsOf('Crews fought the Cedar Ridge Fire in eastern Oregon on Sunday.', [
        ['Cedar Ridge Fire', 'Organization'],
        ['Oregon', 'Location'],
      ]),
    ).toEqual([]);
    expect(
      relationsOf("Officials praised Peru's Condor Shield during the drill.", [
        ['Peru', 'Country'],
        ['Condor Shield', 'Organization'],
      ]),
    ).toEqual([]);
    expect(
      relationsOf('She taught at Tolland College in Vermont for a decade.', [
        ['Tolland College', 'Organization'],
        ['Vermont', 'Location'],
      ]),
    ).toEqual(['Tolland College LOCATED_IN Vermont']);
    expect(
      relationsOf("Auditors visited Peru's Ministry of Mines last week.", [
        ['Peru', 'Country'],
        ['Ministry of Mines', 'Organization'],
      ]),
    ).toEqual(['Ministry of Mines LOCATED_IN Peru']);
  });

  it('counts a kind of body written after the name as that evidence', () => {
    expect(
      relationsOf("Hamburg's Reinwald bank lent the money.", [
        ['Hamburg', 'Location'],
        ['Reinwald', 'Organization'],
      ]),
    ).toEqual(['Reinwald LOCATED_IN Hamburg']);
  });
});

describe('a country written before an organisation', () => {
  it('places a body of its government, not a name it opens or two names glued', () => {
    const e: Parameters<typeof relationsOf>[1] = [
      ['United States', 'Country', 'name', 'country:US'],
      ['Navy Choir', 'Organization'],
      ['Coast Guard and Marine Corps', 'Organization'],
      ['Trade Commission', 'Organization'],
    ];
    expect(relationsOf('The United States Navy Choir sang the anthem.', e)).toEqual([]);
    expect(relationsOf('The United States Coast Guard and Marine Corps drilled together.', e)).toEqual([]);
    expect(relationsOf('The United States Trade Commission ruled on Monday.', e)).toEqual([
      'Trade Commission LOCATED_IN United States',
    ]);
  });
});

describe('"<body> of <place>"', () => {
  it('sites a firm an abbreviated suffix closes, not a body whose name goes on with the place', () => {
    const e: Parameters<typeof relationsOf>[1] = [
      ['Regional Development Corporation', 'Organization'],
      ['Brill Tool Corp.', 'Organization'],
      ['Dayton', 'Location'],
    ];
    expect(relationsOf('She advised the Regional Development Corporation of Dayton for years.', e)).toEqual([]);
    expect(relationsOf('She advised Brill Tool Corp. of Dayton for years.', e)).toEqual([
      'Brill Tool Corp. LOCATED_IN Dayton',
    ]);
  });
});

describe('two bodies read as one name', () => {
  it('take part in no relation', () => {
    const e: Parameters<typeof relationsOf>[1] = [
      ['Tax Service and Merrow Savings Co.', 'Organization'],
      ['Department of Parks and Wildlife', 'Organization'],
      ['Albany', 'Location'],
    ];
    expect(relationsOf('The Tax Service and Merrow Savings Co. of Albany filed the plan.', e)).toEqual([]);
    expect(relationsOf('She led the Department of Parks and Wildlife in Albany.', e)).toEqual([
      'Department of Parks and Wildlife LOCATED_IN Albany',
    ]);
  });
});

describe('a kind of body written before the name', () => {
  it('is evidence the organisation is one', () => {
    expect(
      relationsOf('He was an associate at the law firm Marsh Tolland Pike in Albany.', [
        ['Marsh Tolland Pike', 'Organization'],
        ['Albany', 'Location'],
      ]),
    ).toEqual(['Marsh Tolland Pike LOCATED_IN Albany']);
  });
});
