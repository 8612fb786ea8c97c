import { extractText, fakeTagger, nameMentions } from './fake-tagger';
import { trimEdgePunctuation } from './ner-source';

describe('a tagged name without the punctuation around it', () => {
  it('leaves out the quotes a title stands in ("“Morning Edition”")', () => {
    const text = 'She was a guest on “Morning Edition” last week.';
    const tagger = fakeTagger(text, [['Morning Edition”', 'ORG', 0.9]]);
    expect(nameMentions(text, tagger)).toEqual(['Morning Edition/Organization']);
  });

  it('leaves out the semicolon that ends an item of a list ("the Director of Fernwood Holdings; the Secretary of …")', () => {
    const text = 'The order names the Director of Fernwood Holdings; the Secretary of State; and others.';
    const tagger = fakeTagger(text, [['Fernwood Holdings;', 'ORG', 0.9]]);
    expect(nameMentions(text, tagger)).toEqual(['Fernwood Holdings/Organization']);
  });

  it('keeps a bracket the name opens, drops one it does not', () => {
    const norm = 'the Rural Fund (RF) Compact and (RF) Compact';
    const whole = norm.indexOf('Rural');
    expect(trimEdgePunctuation(norm, whole, whole + 'Rural Fund (RF)'.length)).toEqual([
      whole,
      whole + 'Rural Fund (RF)'.length,
    ]);
    const cut = norm.lastIndexOf('RF) Compact');
    const compact = norm.lastIndexOf('Compact');
    expect(trimEdgePunctuation(norm, cut, cut + 'RF) Compact'.length)).toEqual([compact, compact + 'Compact'.length]);
  });

  it('gives up a span that is nothing but punctuation', () => {
    expect(trimEdgePunctuation('a “” b', 2, 4)).toBeUndefined();
  });
});

describe('a first name the tagger left before a middle initial', () => {
  it('joins the first name to the person ("Tomasz K. Wrona", first name typed an organisation)', () => {
    const text = 'The board named Tomasz K. Wrona as its chair on Friday.';
    const tagger = fakeTagger(text, [
      ['Tomasz', 'ORG', 0.6],
      ['K. Wrona', 'PER', 0.8],
    ]);
    expect(nameMentions(text, tagger)).toEqual(['Tomasz K. Wrona/Person']);
  });

  it('joins it across the line break the text wraps at ("Ines R.\\nSaldaña")', () => {
    const text = 'The nominee replaces Ines R.\nSaldaña, who retired.';
    const tagger = fakeTagger(text, [['R.\nSaldaña', 'PER', 0.8]]);
    expect(nameMentions(text, tagger)).toEqual(['Ines R.\nSaldaña/Person']);
  });

  it('does not take in an ordinary word before the initial ("Today J. Okafor")', () => {
    const text = 'Today J. Okafor opened the hearing.';
    const tagger = fakeTagger(text, [['J. Okafor', 'PER', 0.8]]);
    expect(nameMentions(text, tagger)).toEqual(['J. Okafor/Person']);
  });
});

describe('the names a plural title lists', () => {
  it('reads every surname after "Senators" as a person, whatever the tagger typed it', () => {
    const text =
      'The bill was led by Senators Padilla, Ossoff and Warnock, and Representatives Lofgren and Bacon. ' +
      'Its sponsors are Alex Padilla, Jon Ossoff, Raphael Warnock, Zoe Lofgren and Don Bacon.';
    const tagger = fakeTagger(text, [
      ['Padilla', 'PER', 0.9],
      ['Ossoff', 'LOC', 0.7],
      ['Warnock', 'ORG', 0.7],
      ['Lofgren', 'LOC', 0.7],
      ['Bacon', 'PER', 0.7],
    ]);
    expect(nameMentions(text, tagger)).toEqual([
      'Alex Padilla/Person',
      'Bacon/Person',
      'Don Bacon/Person',
      'Jon Ossoff/Person',
      'Lofgren/Person',
      'Ossoff/Person',
      'Padilla/Person',
      'Raphael Warnock/Person',
      'Warnock/Person',
      'Zoe Lofgren/Person',
    ]);
  });

  it('leaves the places after a singular title\'s "of" alone ("the Governors of Utah and Idaho")', () => {
    const text = 'The Governors of Utah and Idaho met in Boise.';
    const tagger = fakeTagger(text, [
      ['Utah', 'LOC', 0.9],
      ['Idaho', 'LOC', 0.9],
      ['Boise', 'LOC', 0.9],
    ]);
    expect(nameMentions(text, tagger)).toEqual(['Boise/Location', 'Idaho/Location', 'Utah/Location']);
  });
});

describe('words before a name that are not part of it', () => {
  it('leaves a speaker\'s possessive out of a law\'s name ("Our Clean Harbors Act")', () => {
    const text = 'Our Clean Harbors Act is already cleaning up the bay.';
    expect(nameMentions(text, fakeTagger(text, []))).toEqual(['Clean Harbors Act/Policy']);
  });

  it('leaves a body\'s possessive out of the name of what it runs ("Department\'s Safe Streets Initiative")', () => {
    const text = 'The Department’s Safe Streets Initiative starts in May.';
    const tagger = fakeTagger(text, [['Department’s Safe Streets Initiative', 'ORG', 0.8]]);
    expect(nameMentions(text, tagger)).toEqual(['Safe Streets Initiative/Policy']);
  });

  it('reads a rank of the police or the fire service as a title ("Firefighter Dana Ruiz")', () => {
    const text = 'Firefighter Dana Ruiz and Trooper Alvarez pulled the driver out. Trooper Luis Alvarez drove.';
    const tagger = fakeTagger(text, [
      ['Firefighter Dana Ruiz', 'PER', 0.8],
      ['Trooper Alvarez', 'ORG', 0.7],
      ['Luis Alvarez', 'PER', 0.9],
    ]);
    expect(nameMentions(text, tagger)).toEqual(['Alvarez/Person', 'Dana Ruiz/Person', 'Luis Alvarez/Person']);
  });
});

describe('groups of people named by two demonyms', () => {
  it('reads neither the country nor the continent in "Korean American" or "Native Alaskan"', () => {
    const text = 'The grants reach Korean American and Native Alaskan families, and Korean firms too.';
    const names = extractText(text, fakeTagger(text, [])).entities.map((e) => `${e.name}/${e.type}`);
    expect(names).toEqual(['South Korea/Country']);
  });
});
