import { fakeTagger, nameMentions } from './fake-tagger';

describe('names stop where the name stops: openings, second subjects, initials and glued tails', () => {
  it('takes back the second subject of a body cut at "and" ("Institute for Marine Science and Fisheries")', () => {
    const text = 'Divers from the Institute for Marine Science and Fisheries mapped the reef in May.';
    const tagger = fakeTagger(text, [['Institute for Marine Science', 'ORG', 0.8]]);
    expect(nameMentions(text, tagger)).toEqual(['Institute for Marine Science and Fisheries/Organization']);
  });

  it('takes back the second subject after a plural head that names one body ("Centers for Soil Health and Nutrition")', () => {
    const text = 'A report by the Centers for Soil Health and Nutrition was released on Tuesday.';
    const tagger = fakeTagger(text, [['Centers for Soil Health', 'ORG', 0.8]]);
    expect(nameMentions(text, tagger)).toEqual(['Centers for Soil Health and Nutrition/Organization']);
  });

  it('leaves two bodies a plural head or a place lists apart ("Ports of Tacoma and Seattle")', () => {
    const text = 'Cargo at the Ports of Tacoma and Seattle rose. The Office of Water Quality and Tacoma signed a deal.';
    const tagger = fakeTagger(text, [
      ['Ports of Tacoma', 'ORG', 0.8],
      ['Seattle', 'LOC', 0.9],
      ['Office of Water Quality', 'ORG', 0.9],
      ['Tacoma', 'LOC', 0.9, 1],
    ]);
    expect(nameMentions(text, tagger)).toEqual([
      'Office of Water Quality/Organization',
      'Ports of Tacoma/Organization',
      'Seattle/Location',
      'Tacoma/Location',
    ]);
  });

  it('does not take a title after "and" into a body ("Professor of Law and Dean")', () => {
    const text = 'She was named Chair of the Council on Trade and Director of its fund.';
    const tagger = fakeTagger(text, [['Council on Trade', 'ORG', 0.8]]);
    expect(nameMentions(text, tagger)).toEqual(['Council on Trade/Organization']);
  });

  it('takes back the opening words a law lost mid-sentence ("Keep Rivers Clean Act", "For the Children Act")', () => {
    const text = 'Lawmakers revived the Keep Rivers Clean Act and then the For the Children Act this spring.';
    const tagger = fakeTagger(text, [
      ['Rivers Clean Act', 'MISC', 0.7],
      ['Children Act', 'MISC', 0.7],
    ]);
    expect(nameMentions(text, tagger)).toEqual(['For the Children Act/Policy', 'Keep Rivers Clean Act/Policy']);
  });

  it('takes back a hyphenated opening ("U.S.-Kenya Framework on Trade")', () => {
    const text = 'Officials signed the U.S.-Kenya Framework on Trade in Nairobi.';
    const tagger = fakeTagger(text, [
      ['Kenya Framework on Trade', 'MISC', 0.7],
      ['Nairobi', 'LOC', 0.9],
    ]);
    expect(nameMentions(text, tagger)[0]).toBe('Nairobi/Location');
    expect(nameMentions(text, tagger)[1]).toMatch(/^U\.S\.-Kenya Framework on Trade\//);
  });

  it('takes no words from a title-case headline or a title ("Senate Passes Rivers Clean Act", "Secretary")', () => {
    const text = 'Senate Passes Rivers Clean Act\n\nThe bill was praised by Secretary Budget Office staff.';
    const tagger = fakeTagger(text, [
      ['Rivers Clean Act', 'MISC', 0.7],
      ['Budget Office', 'ORG', 0.7],
    ]);
    expect(nameMentions(text, tagger)).toEqual(expect.arrayContaining(['Budget Office/Organization']));
    expect(nameMentions(text, tagger).some((m) => m.startsWith('Passes') || m.startsWith('Secretary'))).toBe(false);
  });

  it('joins a name cut after a middle initial to the name that follows ("Mary T. Okafor Science Center")', () => {
    const text = 'Pupils toured the Mary T. Okafor Science Center on Friday.';
    const tagger = fakeTagger(text, [
      ['Mary T.', 'PER', 0.8],
      ['Okafor Science Center', 'ORG', 0.8],
    ]);
    expect(nameMentions(text, tagger)).toEqual(['Mary T. Okafor Science Center/Organization']);
  });

  it('cuts an adjective\'s hyphenated ending off a body ("Wellcome Trust-backed")', () => {
    const text = 'The trial was Wellcome Trust-backed and ran for a year.';
    const tagger = fakeTagger(text, [['Wellcome Trust-backed', 'ORG', 0.8]]);
    expect(nameMentions(text, tagger)).toEqual(['Wellcome Trust/Organization']);
  });

  it('cuts the next words of a headline or sentence off a person or place ("Okafor Before Vote", "D.C. Since")', () => {
    const text =
      'Senator Okafor Before Vote\n\nShe lives in Washington, D.C. Since May she has led the panel. Grace Okafor is its chair.';
    const tagger = fakeTagger(text, [
      ['Okafor Before Vote', 'PER', 0.7],
      ['Washington', 'LOC', 0.9],
      ['D.C. Since', 'LOC', 0.6],
      ['Grace Okafor', 'PER', 0.9],
    ]);
    expect(nameMentions(text, tagger)).toEqual([
      'D.C./Location',
      'Grace Okafor/Person',
      'Okafor/Person',
      'Washington/Location',
    ]);
  });
});
