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
      'Thanks go to Senators Baker and Fuller. Senator Young voted against it. Representatives Hunter and Mills agreed. ' +
      'Its sponsors were Ed Baker, Ann Fuller, Sam Young, Kay Hunter and Lou Mills.';
    const names = nameMentions(
      text,
      fakeTagger(text, [
        ['Senators Baker', 'LOC', 0.8],
        ['Fuller', 'LOC', 0.7],
        ...['Ed Baker', 'Ann Fuller', 'Sam Young', 'Kay Hunter', 'Lou Mills'].map((n): [string, 'PER', number] => [
          n,
          'PER',
          0.9,
        ]),
      ]),
    );
    expect(names).toEqual(
      expect.arrayContaining(['Baker/Person', 'Fuller/Person', 'Young/Person', 'Hunter/Person', 'Mills/Person']),
    );
    expect(names.some((n) => n.startsWith('Senators'))).toBe(false);
  });

  it('drops a titled surname the article never gives in full, and keeps one it does', () => {
    const text =
      'We thank Senators Harrow and Quill, Representative Tamsin and Colonel Brack for the law. Ruth Quill wrote it.';
    const names = nameMentions(
      text,
      fakeTagger(text, [
        ['Harrow', 'PER', 0.9],
        ['Quill', 'PER', 0.9],
        ['Tamsin', 'PER', 0.9],
        ['Brack', 'PER', 0.9],
        ['Ruth Quill', 'PER', 0.9],
      ]),
    );
    expect(names).toEqual(['Quill/Person', 'Ruth Quill/Person']);
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

describe('posts, programmes and titled people', () => {
  it('keeps no post, or the cut end of one, as a body or a person', () => {
    const text =
      'Dana Whitlow is the Chief Operating Officer of the Harbor Trust. Omar Reyes, Senior Official for Rural ' +
      'Growth, met the Counselor for Trade Affairs and the Deputy Staff Director of the panel.';
    const tagger = fakeTagger(text, [
      ['Dana Whitlow', 'PER', 0.9],
      ['Operating Officer', 'PER', 0.7],
      ['Harbor Trust', 'ORG', 0.9],
      ['Omar Reyes', 'PER', 0.9],
      ['Senior Official for Rural Growth', 'ORG', 0.8],
      ['Counselor for Trade Affairs', 'ORG', 0.8],
      ['Deputy Staff Director', 'ORG', 0.8],
    ]);
    expect(nameMentions(text, tagger)).toEqual([
      'Dana Whitlow/Person',
      'Harbor Trust/Organization',
      'Omar Reyes/Person',
    ]);
  });

  it('keeps an office named for its head a body', () => {
    const text = 'The Office of the Chief Data Officer published the plan.';
    expect(nameMentions(text, null)).toEqual(['Office of the Chief Data Officer/Organization']);
  });

  it('makes tax credits, trust funds and funds named for what they pay programmes, but leaves other funds bodies', () => {
    const text =
      'The plan expands the Family Tax Credit, shores up the Highway Trust Fund and refills the Storm Recovery Fund. ' +
      'The Global Fund and the Monetary Fund of Asia welcomed it.';
    const tagger = fakeTagger(text, [
      ['Family Tax Credit', 'ORG', 0.8],
      ['Highway Trust Fund', 'ORG', 0.8],
      ['Storm Recovery Fund', 'ORG', 0.8],
      ['Global Fund', 'ORG', 0.9],
      ['Monetary Fund of Asia', 'ORG', 0.9],
    ]);
    expect(nameMentions(text, tagger)).toEqual([
      'Family Tax Credit/Policy',
      'Global Fund/Organization',
      'Highway Trust Fund/Policy',
      'Monetary Fund of Asia/Organization',
      'Storm Recovery Fund/Policy',
    ]);
  });

  it('makes a name after a title a person when the tagger read it, or it and the title, as a body', () => {
    const text =
      'Second Lady Rosa Delgado visited the school. She once clerked for then-Judge Martin Oyelaran, and later ' +
      'for Appeals Court Judge Helen Voss.';
    const tagger = fakeTagger(text, [
      ['Rosa Delgado', 'ORG', 0.8],
      ['Martin Oyelaran', 'ORG', 0.8],
      ['Appeals Court Judge Helen Voss', 'ORG', 0.8],
    ]);
    expect(nameMentions(text, tagger)).toEqual(['Helen Voss/Person', 'Martin Oyelaran/Person', 'Rosa Delgado/Person']);
  });
});

describe('places the tagger read as bodies or people', () => {
  it('makes an unknown town in a list of places a place, but leaves a union or an acronym a body', () => {
    const text =
      'Buses link Mesa, Tempe, Yuma, Corvallo and Glenrock. Envoys of Kenya, Uganda, the EU and the Lake Union met. ' +
      'Flights are run by Alpine, Boreal, American and Delta.';
    const tagger = fakeTagger(text, [
      ['Mesa', 'LOC', 0.9],
      ['Tempe', 'LOC', 0.9],
      ['Yuma', 'LOC', 0.9],
      ['Corvallo', 'ORG', 0.6],
      ['Glenrock', 'ORG', 0.6],
      ['EU', 'ORG', 0.9],
      ['Lake Union', 'ORG', 0.8],
      ['Alpine', 'ORG', 0.7],
      ['Boreal', 'ORG', 0.7],
      ['Delta', 'LOC', 0.6],
    ]);
    const names = nameMentions(text, tagger);
    expect(names).toEqual(expect.arrayContaining(['Corvallo/Location', 'Glenrock/Location', 'EU/Organization']));
    // a list of airlines with a demonym and one place among them stays a list of bodies
    expect(names).toEqual(
      expect.arrayContaining(['Lake Union/Organization', 'Alpine/Organization', 'Boreal/Organization']),
    );
  });

  it('makes roads, minsters and rivers, lakes and mountains named by their kind places, but not a body named after one', () => {
    const text =
      'Traffic backs up on the Harlow Expressway near Selby Minster. The River Wend rose and Mount Elden was closed. ' +
      'Mount Elden Hospital stayed open.';
    const tagger = fakeTagger(text, [
      ['Harlow Expressway', 'ORG', 0.8],
      ['Selby Minster', 'PER', 0.8],
      ['River Wend', 'ORG', 0.8],
      ['Mount Elden', 'PER', 0.8],
      ['Mount Elden Hospital', 'ORG', 0.8],
    ]);
    expect(nameMentions(text, tagger)).toEqual([
      'Harlow Expressway/Location',
      'Mount Elden Hospital/Organization',
      'Mount Elden/Location',
      'River Wend/Location',
      'Selby Minster/Location',
    ]);
  });
});
