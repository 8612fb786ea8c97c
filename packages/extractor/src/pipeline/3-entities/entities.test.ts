import { extractText, fakeTagger, nameMentions } from './fake-tagger';
import { lookupCountry } from '../../knowledge/countries';

describe('entity candidates against the tagger', () => {
  it('keeps a person the tagger found even when the name is also a country', () => {
    const text = 'Jordan scored 30 points for Chicago on Friday.';
    const tagger = fakeTagger(text, [
      ['Jordan', 'PER', 0.8],
      ['Chicago', 'ORG', 0.7],
    ]);
    expect(nameMentions(text, tagger)).toContain('Jordan/Person');
  });

  it('keeps the full stop of a company abbreviation at the end of a sentence', () => {
    const text = 'Shares were bought by First Albany Corp.\nTrading was thin.';
    const tagger = fakeTagger(text, [['First Albany Corp.', 'ORG', 0.7]]);
    expect(nameMentions(text, tagger)).toContain('First Albany Corp./Organization');
  });

  it('lets a confident tagger type win over a cue word ("West Bank" is a place)', () => {
    const text = 'Israeli troops sealed off the West Bank on Sunday.';
    const tagger = fakeTagger(text, [['West Bank', 'LOC', 0.75]]);
    expect(nameMentions(text, tagger)).toContain('West Bank/Location');
  });

  it('lets a strong place head outrank a confident tagger ("Lindi Region" is a place)', () => {
    const text = 'The Lindi Region borders Mozambique.';
    const tagger = fakeTagger(text, [['Lindi Region', 'ORG', 0.8]]);
    expect(nameMentions(text, tagger)).toContain('Lindi Region/Location');
  });

  it('drops a country name inside a confident MISC span ("U.S. Open")', () => {
    const text = 'Agassi lost in the second round of the U.S. Open on Thursday.';
    const tagger = fakeTagger(text, [
      ['Agassi', 'PER', 0.8],
      ['U.S. Open', 'MISC', 0.8],
    ]);
    expect(nameMentions(text, tagger)).toEqual(['Agassi/Person']);
  });

  it('turns a fragment into the full name tagged elsewhere in the article ("Xi Jinping")', () => {
    const text = 'Xi Jinping met the delegation in Beijing. Later, President Xi Jinping spoke again.';
    const tagger = fakeTagger(text, [
      ['Jinping', 'PER', 0.6],
      ['Beijing', 'LOC', 0.8],
      ['Xi Jinping', 'PER', 0.8, 1],
    ]);
    const result = extractText(text, tagger);
    const xi = result.entities.filter((e) => e.type === 'Person');
    expect(xi).toHaveLength(1);
    expect(xi[0]?.mentions.map((m) => m.text)).toEqual(['Xi Jinping', 'Xi Jinping']);
  });

  it('gives a hesitant tag the type the tagger gave the same name when sure ("Lotte" the team)', () => {
    const text = 'Lotte beat Hyundai 6-2. Hyundai lost to Lotte again. Lotte play Haitai next.';
    const tagger = fakeTagger(text, [
      ['Lotte', 'ORG', 0.8],
      ['Hyundai', 'ORG', 0.8],
      ['Hyundai', 'ORG', 0.8, 1],
      ['Lotte', 'ORG', 0.8, 1],
      ['Lotte', 'PER', 0.5, 2],
      ['Haitai', 'ORG', 0.8],
    ]);
    expect(nameMentions(text, tagger).filter((n) => n.startsWith('Lotte'))).toEqual([
      'Lotte/Organization',
      'Lotte/Organization',
      'Lotte/Organization',
    ]);
  });

  it('leaves a sure tag alone when the tagger was sure of two readings (a city as team and as place)', () => {
    const text = 'SEATTLE 5 Boston 3.\nIn SEATTLE, fans cheered.';
    const tagger = fakeTagger(text, [
      ['SEATTLE', 'ORG', 0.8],
      ['Boston', 'ORG', 0.8],
      ['SEATTLE', 'LOC', 0.8, 1],
    ]);
    expect(nameMentions(text, tagger).filter((n) => n.startsWith('SEATTLE'))).toEqual([
      'SEATTLE/Location',
      'SEATTLE/Organization',
    ]);
  });

  it('does not take a name glued into a compound as an occurrence ("Dublin-born")', () => {
    const text = 'Neil Jordan flew to Dublin. The Dublin-born director is back.';
    const tagger = fakeTagger(text, [
      ['Neil Jordan', 'PER', 0.8],
      ['Dublin', 'LOC', 0.8],
    ]);
    expect(nameMentions(text, tagger).filter((n) => n.startsWith('Dublin'))).toEqual(['Dublin/Location']);
  });
});

describe('country forms', () => {
  it('reads "Thai" as the demonym of Thailand, not its name', () => {
    expect(lookupCountry('Thai')?.kind).toBe('demonym');
    expect(lookupCountry('Thailand')?.kind).toBe('name');
  });
});
