import { relationsOf } from './test-doc';

describe('relations bound to what their sentence says', () => {
  it('never places a news agency at its dateline, only where a sentence says it is based', () => {
    const e: Parameters<typeof relationsOf>[1] = [
      ['TOKYO', 'Location'],
      ['Japan', 'Country'],
      ['Reuters', 'Organization'],
      ['London', 'Location'],
      ['Kyodo', 'Organization'],
    ];
    expect(relationsOf('TOKYO, March 3 (Reuters) - Japan Airlines said it would cut fares.', e)).toEqual([]);
    expect(
      relationsOf('Officials in Japan told Kyodo in Tokyo that talks would resume.', e).filter((x) =>
        x.startsWith('Kyodo'),
      ),
    ).toEqual([]);
    expect(relationsOf('Reuters, based in London, sells news to banks.', e)).toContain('Reuters LOCATED_IN London');
  });

  it('reads nothing into a dateline place', () => {
    const e: Parameters<typeof relationsOf>[1] = [
      ['KINSHASA', 'Location'],
      ['Zaire', 'Country'],
      ['Gecamines', 'Organization'],
    ];
    expect(relationsOf('KINSHASA, Zaire, May 5 - Gecamines said copper output rose.', e)).toEqual([]);
  });

  it('holds no post in a title written as a name', () => {
    const e: Parameters<typeof relationsOf>[1] = [
      ['Liz Sherwood', 'Person'],
      ['White House Homeland Security Advisor', 'Organization'],
      ['Nashville Mayor', 'Organization'],
      ['John Cooper', 'Person'],
    ];
    expect(relationsOf('She spoke with White House Homeland Security Advisor Liz Sherwood on Monday.', e)).toEqual([]);
    expect(relationsOf("He sits on Nashville Mayor John Cooper's council.", e)).toEqual([]);
  });

  it('holds no post only nominated to', () => {
    const e: Parameters<typeof relationsOf>[1] = [
      ['Ann Ruiz', 'Person'],
      ['National Mediation Board', 'Organization'],
    ];
    expect(relationsOf('Ann Ruiz, Nominee for Member of the National Mediation Board, testified today.', e)).toEqual(
      [],
    );
    expect(relationsOf('Ann Ruiz, a senior member of the National Mediation Board, testified today.', e)).toContain(
      'Ann Ruiz MEMBER_OF National Mediation Board',
    );
  });

  it('reads "a member of" as membership and "joined" a company as a post', () => {
    const e: Parameters<typeof relationsOf>[1] = [
      ['Rob Klein', 'Person'],
      ['National Honor Society', 'Organization'],
      ['Apple', 'Organization'],
    ];
    expect(relationsOf('In school Rob Klein was a member of the National Honor Society.', e)).toEqual([
      'Rob Klein MEMBER_OF National Honor Society',
    ]);
    expect(relationsOf('In 2016 Rob Klein joined Apple as vice president.', e)).toContain(
      'Rob Klein HOLDS_POSITION Apple',
    );
  });

  it('meets no one by receiving a degree', () => {
    const e: Parameters<typeof relationsOf>[1] = [
      ['Lori Peek', 'Person'],
      ['Ph.D', 'Organization'],
      ['Mark Rutte', 'Person'],
    ];
    expect(relationsOf('Lori Peek received her Ph.D in sociology.', e)).toEqual([]);
    expect(relationsOf('Lori Peek received Mark Rutte at the ministry.', e)).toContain('Lori Peek MET_WITH Mark Rutte');
  });

  it('places no organisation whose name only qualifies the noun after it', () => {
    const e: Parameters<typeof relationsOf>[1] = [
      ['U.S.', 'Country', 'name', 'country:US'],
      ['LNG', 'Organization'],
      ['America', 'Country', 'name', 'country:US'],
      ['Gold Star', 'Organization'],
      ['Congress', 'Organization'],
    ];
    expect(relationsOf('U.S. LNG exports to Europe tripled.', e)).toEqual([]);
    expect(relationsOf("We honour America's Gold Star families.", e)).toEqual([]);
    expect(relationsOf('The U.S. Congress passed the bill.', e)).toEqual(['Congress LOCATED_IN America']);
  });
});

describe('a person misread as an organisation', () => {
  it('takes part in no relation when a title stands before it', () => {
    const e: Parameters<typeof relationsOf>[1] = [
      ['Trudeau of Canada', 'Organization'],
      ['Los Angeles', 'Location'],
    ];
    expect(relationsOf('Biden met Prime Minister Trudeau of Canada in Los Angeles on Friday.', e)).toEqual([]);
    expect(relationsOf('Biden met Prime Minister Justin\nTrudeau of Canada in Los Angeles on Friday.', e)).toEqual([]);
  });
});

describe('a kind of instrument is no policy', () => {
  it('issues nothing when the object is only "an Executive Order"', () => {
    const e: Parameters<typeof relationsOf>[1] = [
      ['Dana Cole', 'Person'],
      ['Executive Order', 'Policy'],
      ['Clean Water Act', 'Policy'],
    ];
    expect(relationsOf('Governor Dana Cole signed an Executive Order on Monday.', e)).toEqual([]);
    expect(relationsOf('Governor Dana Cole signed the Clean Water Act on Monday.', e)).toEqual([
      'Dana Cole ISSUED Clean Water Act',
    ]);
  });
});

describe('a fragment of a longer name', () => {
  it('takes part in no relation', () => {
    const e: Parameters<typeof relationsOf>[1] = [
      ['Jr.', 'Location'],
      ['USA', 'Country'],
      ['Patrick Leahy', 'Person'],
      ['States', 'Organization'],
    ];
    expect(relationsOf('He honoured Colonel Ralph Puckett, Jr., USA (Ret.), a legend.', e)).toEqual([]);
    expect(relationsOf('The bill was written by United States Senator Patrick Leahy.', e)).toEqual([]);
  });
});
