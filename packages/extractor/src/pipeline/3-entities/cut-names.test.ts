import { fakeTagger, nameMentions } from './fake-tagger';

describe('names kept whole across "and", "of" and "for the"', () => {
  it('keeps a capitals signature whole across its middle initial ("MARGARET T. OKAFOR")', () => {
    const text = 'NOW, THEREFORE, I, MARGARET T. OKAFOR, Governor of the Commonwealth, proclaim this week.';
    expect(nameMentions(text, fakeTagger(text, []))).toEqual(['MARGARET T. OKAFOR/Person']);
  });

  it('reads a law named across "and" as one law ("Clean Water and Healthy Soil Act")', () => {
    const text = 'The Senate passed the Clean Water and Healthy Soil Act on Monday.';
    const tagger = fakeTagger(text, [
      ['Senate', 'ORG', 0.9],
      ['Healthy Soil Act', 'MISC', 0.7],
    ]);
    expect(nameMentions(text, tagger)).toEqual(['Clean Water and Healthy Soil Act/Policy', 'Senate/Organization']);
  });

  it('does not join two names a plain "and" lists ("Maine and Vermont")', () => {
    const text = 'Storms hit Maine and Vermont on Monday.';
    const tagger = fakeTagger(text, [
      ['Maine', 'LOC', 0.9],
      ['Vermont', 'LOC', 0.9],
    ]);
    expect(nameMentions(text, tagger)).toEqual(['Maine/Location', 'Vermont/Location']);
  });

  it('keeps an office whole when the tagger cut it before "for the" ("Legal Aid Service for the District of Columbia")', () => {
    const text = 'She was a lawyer at the Legal Aid Service for the District of Columbia until 2012.';
    const tagger = fakeTagger(text, [
      ['Legal Aid Service', 'ORG', 0.9],
      ['District of Columbia', 'LOC', 0.9],
    ]);
    expect(nameMentions(text, tagger)).toEqual(['Legal Aid Service for the District of Columbia/Organization']);
  });

  it('keeps it whole when the tagger found only the last word of the place ("Columbia")', () => {
    const text = 'She was a lawyer at the Legal Aid Service for the District of Columbia until 2012.';
    const tagger = fakeTagger(text, [
      ['Legal Aid Service', 'ORG', 0.9],
      ['Columbia', 'LOC', 0.5],
    ]);
    expect(nameMentions(text, tagger)).toEqual(['Legal Aid Service for the District of Columbia/Organization']);
  });

  it('keeps two bodies the text joins with "and" apart ("Department of the Treasury and Internal Revenue Service")', () => {
    const text = 'The Department of the Treasury and Internal Revenue Service launched the pilot.';
    const tagger = fakeTagger(text, [
      ['Department of the Treasury', 'ORG', 0.9],
      ['Internal Revenue Service', 'ORG', 0.9],
    ]);
    expect(nameMentions(text, tagger)).toEqual([
      'Department of the Treasury/Organization',
      'Internal Revenue Service/Organization',
    ]);
  });

  it('keeps two laws the text lists with "and" apart ("Clean Air Law and Water Quality Act")', () => {
    const text = 'Funds come from the Clean Air Law and Water Quality Act this year.';
    const tagger = fakeTagger(text, []);
    expect(nameMentions(text, tagger)).toEqual(['Clean Air Law/Policy', 'Water Quality Act/Policy']);
  });

  it('ends a firm\'s name before the town it is from ("Acme Widgets Inc of St. Louis")', () => {
    const text = 'The buyer is Acme Widgets Inc of St. Louis, the company said.';
    const tagger = fakeTagger(text, [
      ['Acme Widgets Inc', 'ORG', 0.9],
      ['St. Louis', 'LOC', 0.9],
    ]);
    expect(nameMentions(text, tagger)).toEqual(['Acme Widgets Inc/Organization', 'St. Louis/Location']);
  });
});

describe('names cut at a small word, taken whole', () => {
  it('keeps a law whose name opens with words tied by "for" ("Freedom for Small Farms Act")', () => {
    const text = 'Congress passed the Freedom for Small Farms Act in June.';
    const tagger = fakeTagger(text, [
      ['Congress', 'ORG', 0.9],
      ['Freedom for Small Farms Act', 'ORG', 0.8],
    ]);
    expect(nameMentions(text, tagger)).toEqual(['Congress/Organization', 'Freedom for Small Farms Act/Policy']);
  });

  it('joins a body to the subject it is named for ("Council on the Rights of Older Persons")', () => {
    const text = 'She chairs the Regional Council on the Rights of Older Persons in Tirana.';
    const tagger = fakeTagger(text, [
      ['Regional Council', 'ORG', 0.8],
      ['Rights of Older Persons', 'ORG', 0.7],
      ['Tirana', 'LOC', 0.9],
    ]);
    expect(nameMentions(text, tagger)).toEqual([
      'Regional Council on the Rights of Older Persons/Organization',
      'Tirana/Location',
    ]);
  });

  it('does not join two bodies a plain "on" sets side by side ("Acme Holdings on Apex Partners")', () => {
    const text = 'A ruling for Acme Holdings on Apex Partners came late.';
    const tagger = fakeTagger(text, [
      ['Acme Holdings', 'ORG', 0.8],
      ['Apex Partners', 'ORG', 0.8],
    ]);
    expect(nameMentions(text, tagger)).toEqual(['Acme Holdings/Organization', 'Apex Partners/Organization']);
  });
});
