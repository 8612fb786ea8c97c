import { extractText, fakeTagger, nameMentions } from './fake-tagger';

// the bundled tagger throughout: these are sentences from White House releases, proclamations and briefings

describe('generic capitalised words are no entities', () => {
  it('drops "Federal", "Administration", "Independence", "Executive Order", "God", "AI" and "PFAS" but keeps the names beside them', () => {
    const text =
      'Federal agencies will act, and my Administration is committed to it. ' +
      'We celebrate our Nation’s Independence on July 4. ' +
      'President Biden signed an Executive Order with Governor Gavin Newsom in California. ' +
      'The Environmental Protection Agency will limit PFAS in drinking water and study AI. ' +
      'May God bless you, and may God protect our troops.';
    const names = nameMentions(text);
    for (const word of ['Federal', 'Administration', 'Independence', 'Executive Order', 'God', 'AI', 'PFAS'])
      expect(names.filter((n) => n.startsWith(`${word}/`))).toEqual([]);
    expect(names).toEqual(
      expect.arrayContaining([
        'Biden/Person',
        'Gavin Newsom/Person',
        'California/Location',
        'Environmental Protection Agency/Organization',
      ]),
    );
  });

  it('drops a country\'s post named without its holder ("the newly inaugurated Korean President")', () => {
    const text = 'President Biden will meet the newly inaugurated Korean President, President Yoon, in Seoul.';
    const names = nameMentions(text);
    expect(names.filter((n) => /Korean President/.test(n))).toEqual([]);
    expect(names).toEqual(expect.arrayContaining(['Biden/Person', 'Yoon/Person']));
  });

  it('types the Constitution as a policy, not a place', () => {
    const text = 'We took an oath to defend the Constitution. The Constitution guarantees the right to vote.';
    expect(nameMentions(text)).toEqual(['Constitution/Policy', 'Constitution/Policy']);
  });
});

describe('citations of bills and statutes are no places', () => {
  it('drops "H.R. 4591", "S. 321", "H.R. 21" and "31 U.S.C. 9101" but keeps the acts they name', () => {
    const text =
      'I thank Representative Al Lawson and the bipartisan efforts of the Florida delegation for their leadership. ' +
      'H.R. 4591, the "VA Electronic Health Record Transparency Act," requires reports. ' +
      'I thank Senators Cassidy and Sinema for their leadership. ' +
      'S. 321, the "Six Triple Eight" Congressional Gold Medal Act, honors them. ' +
      'If H.R. 21 were presented to the President in its current form, he would veto it. ' +
      'The order is issued under 31 U.S.C. 9101.';
    const names = nameMentions(text);
    expect(names.filter((n) => /^(?:H\.R|S\.|U\.S\.C)/.test(n))).toEqual([]);
    expect(names).toEqual(
      expect.arrayContaining([
        'VA Electronic Health Record Transparency Act/Policy',
        'Congressional Gold Medal Act/Policy',
        'Al Lawson/Person',
      ]),
    );
  });
});

describe('titles before names', () => {
  it('reads "POTUS Biden" and "Senator Manchin" as people, and the Ambassador Bridge as a place', () => {
    const text =
      'How is POTUS Biden going to deal with Iran? Senator Manchin met the press. Trucks crossed the Ambassador Bridge. ' +
      'Joe Manchin spoke.';
    const entities = extractText(text).entities;
    const byName = new Map(entities.map((e) => [e.name, e.type]));
    expect(byName.get('Biden')).toBe('Person');
    expect(byName.get('Joe Manchin')).toBe('Person');
    expect(byName.get('Ambassador Bridge')).toBe('Location');
    expect(entities.filter((e) => /POTUS|Senator/.test(e.name))).toEqual([]);
  });
});

describe("one key for a ticket's administration", () => {
  it("gives the Biden-Harris Administration the Biden Administration's id", () => {
    const text = 'The Biden-Harris Administration announced new funding. The Biden Administration has delivered.';
    const administrations = extractText(text).entities.filter((e) => /Administration/.test(e.name));
    expect(administrations.map((e) => [e.id, e.mentions.map((m) => m.text)])).toEqual([
      ['org:biden-administration', ['Biden-Harris Administration', 'Biden Administration']],
    ]);
  });
});

describe('more words that name nothing, or name another kind of thing', () => {
  it('drops "God" in a formula or an oath but keeps the God a biography tells of', () => {
    const text =
      'One nation under God. Thank God, and God bless America. ' +
      'During one of these illnesses, he had a vision that led him to devote himself to God.';
    expect(nameMentions(text).filter((n) => n.startsWith('God/'))).toEqual(['God/Person']);
  });

  it('drops a proclamation\'s closing formula ("IN WITNESS WHEREOF")', () => {
    const text =
      'I call upon the people of Ohio to observe this day. IN WITNESS WHEREOF, I have hereunto set my hand this third day of February.';
    expect(nameMentions(text)).toEqual(['Ohio/Location']);
  });

  it('types a name joined by an ampersand as a body, not a person ("Jack & Jill of America")', () => {
    const text = 'Making her home in Columbia, she serves Delta Sigma Theta Sorority and Jack & Jill of America.';
    const names = nameMentions(text);
    expect(names).toContain('Jack & Jill/Organization');
    expect(names.filter((n) => n.endsWith('/Person'))).toEqual([]);
  });

  it('keeps a speaker\'s fond adjective out of the name ("Big John")', () => {
    const text = 'I heard Big John say it. John Smith would add integrity to the delegation.';
    const people = extractText(text).entities.filter((e) => e.type === 'Person');
    expect(people.map((e) => e.mentions.filter((m) => m.kind === 'name').map((m) => m.text))).toEqual([
      ['John', 'John Smith'],
    ]);
  });

  it('reads the State of the Union as one event however it is written', () => {
    const text =
      'In my State of the Union Address, I called on the Congress to act. Q And then one more on the State of the Union.';
    const events = extractText(text).entities.filter((e) => e.type === 'Event');
    expect(events.map((e) => [e.id, e.mentions.map((m) => m.text)])).toEqual([
      ['event:state-of-the-union', ['State of the Union Address', 'State of the Union']],
    ]);
  });

  it('drops a kind of body named in the plural ("the Regional Advisory Councils")', () => {
    const text = 'Each of the Regional Advisory Councils will report to the Department of Labor.';
    const tagger = fakeTagger(text, [
      ['Regional Advisory Councils', 'ORG', 0.8],
      ['Department of Labor', 'ORG', 0.9],
    ]);
    expect(nameMentions(text, tagger)).toEqual(['Department of Labor/Organization']);
  });

  it('keeps a body named after the bodies it gathers ("Association of Rural Water Authorities")', () => {
    const text = 'The Association of Rural Water Authorities praised the plan.';
    const tagger = fakeTagger(text, [['Association of Rural Water Authorities', 'ORG', 0.8]]);
    expect(nameMentions(text, tagger)).toEqual(['Association of Rural Water Authorities/Organization']);
  });

  it('drops "God" in "God\'s truth", an oath', () => {
    const text = 'It is the God’s truth, Ms. Alvarez said in Denver.';
    expect(nameMentions(text).filter((n) => n.startsWith('God'))).toEqual([]);
  });

  it('drops an acronym the text spells out in lower-case words ("ground-based midcourse defense (GMD)")', () => {
    const text = 'The budget funds ground-based midcourse defense (GMD) tests and the Missile Defense Agency (MDA).';
    const tagger = fakeTagger(text, [
      ['GMD', 'ORG', 0.8],
      ['Missile Defense Agency', 'ORG', 0.9],
      ['MDA', 'ORG', 0.9],
    ]);
    expect(nameMentions(text, tagger)).toEqual(['MDA/Organization', 'Missile Defense Agency/Organization']);
  });

  it('drops one spelled out after a dash ("PNT — or positioning, navigation, and timing — services")', () => {
    const text = 'Ships rely on PNT — or positioning, navigation, and timing — services from NASA.';
    const tagger = fakeTagger(text, [
      ['PNT', 'ORG', 0.8],
      ['NASA', 'ORG', 0.9],
    ]);
    expect(nameMentions(text, tagger)).toEqual(['NASA/Organization']);
  });
});
