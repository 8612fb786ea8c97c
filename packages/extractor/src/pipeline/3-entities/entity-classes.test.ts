import { extractText, fakeTagger, nameMentions } from './fake-tagger';

const typeOf = (text: string, form: string, tagger: Parameters<typeof extractText>[1]): string | undefined =>
  extractText(text, tagger).entities.find((e) => e.mentions.some((m) => m.text === form && m.kind === 'name'))?.type;

describe('names wrapped onto an indented line', () => {
  // a list hard-wrapped at 72 columns whose items go on under their text, the way markdown exports arrive
  const LIST = [
    '-   The grants announced on Tuesday will reach rural clinics across the',
    '    mountain counties, where officials of the Department of Homeland',
    '    Security and the Federal Emergency Management Agency will review',
    '    every application before the funds are paid out by the United',
    '    States Treasury to the counties that have applied for help.',
    '-   Officials said the second round would open in the spring for',
    '    hospitals in the northern counties, which have waited for years.',
  ].join('\n');

  it('reads a country and an agency split over the break as the names they are', () => {
    const names = nameMentions(LIST, null).map((n) => n.replace(/\s+/g, ' '));
    expect(names).toContain('Department of Homeland Security/Organization');
    expect(names).not.toContain('Department of Homeland/Organization');
    expect(extractText(LIST, null).entities.find((e) => e.name === 'United States')?.type).toBe('Country');
  });
});

describe('people after a legislator’s title', () => {
  it('keeps a surname that is also an ordinary word after a plural or singular title', () => {
    const text =
      'Thanks go to Senators Baker and Fuller. Senator Young voted against it. Representatives Hunter and Mills agreed.';
    const names = nameMentions(
      text,
      fakeTagger(text, [
        ['Senators Baker', 'LOC', 0.8],
        ['Fuller', 'LOC', 0.7],
      ]),
    );
    expect(names).toEqual(
      expect.arrayContaining(['Baker/Person', 'Fuller/Person', 'Young/Person', 'Hunter/Person', 'Mills/Person']),
    );
    expect(names.some((n) => n.startsWith('Senators'))).toBe(false);
  });

  it('leaves a body whose name holds the plural alone', () => {
    const text = 'The Western Governors Association met in Boise on Friday.';
    expect(nameMentions(text, null)).not.toContain('Association/Person');
  });
});

describe('events, rooms and awards', () => {
  it('makes a named storm an event, with its kind in the name', () => {
    const text = 'Crews were ready for Hurricane Delia, and Typhoon Marco flooded the coast last week.';
    const tagger = fakeTagger(text, [
      ['Delia', 'ORG', 0.8],
      ['Typhoon Marco', 'PER', 0.8],
    ]);
    expect(nameMentions(text, tagger)).toEqual(['Hurricane Delia/Event', 'Typhoon Marco/Event']);
  });

  it('makes a summit an event and a room or a capitol building a place', () => {
    const text = 'She spoke to the Rural Leaders Summit from the Oval Office. The Capitol was closed on Monday.';
    const tagger = fakeTagger(text, [
      ['Rural Leaders Summit', 'ORG', 0.8],
      ['Oval Office', 'ORG', 0.8],
      ['Capitol', 'PER', 0.7],
    ]);
    expect([
      typeOf(text, 'Rural Leaders Summit', tagger),
      typeOf(text, 'Oval Office', tagger),
      typeOf(text, 'Capitol', tagger),
    ]).toEqual(['Event', 'Location', 'Location']);
  });

  it('keeps no award, medal or prize as an organisation, but keeps the body that gives it', () => {
    const text =
      'He won the Silver Quill Award from the Prairie Press Association and later the National Medal of Arts.';
    const tagger = fakeTagger(text, [
      ['Silver Quill Award', 'ORG', 0.8],
      ['Prairie Press Association', 'ORG', 0.9],
      ['National Medal of Arts', 'ORG', 0.8],
    ]);
    expect(nameMentions(text, tagger)).toEqual(['Prairie Press Association/Organization']);
  });
});
