import { extractText, fakeTagger } from './fake-tagger';

const typeOf = (text: string, form: string, tagger?: Parameters<typeof extractText>[1]): string[] =>
  extractText(text, tagger)
    .entities.filter((e) => e.mentions.some((m) => m.text === form && m.kind === 'name'))
    .map((e) => e.type);

describe('mediaFromMisc', () => {
  it('makes an outlet the tagger read as a title an organisation wherever it stands ("Wikinews interviews")', () => {
    const text = 'Wikinews interviewed Ana Ruiz in May. Ruiz told Wikinews that Wikinews readers wrote in.';
    const tagger = fakeTagger(text, [
      ['Wikinews', 'MISC', 0.8],
      ['Ana Ruiz', 'PER', 0.9],
      ['Ruiz', 'PER', 0.9],
      ['Wikinews', 'MISC', 0.8, 1],
      ['Wikinews', 'MISC', 0.8, 2],
    ]);
    const record = extractText(text, tagger);
    const outlet = record.entities.find((e) => e.name === 'Wikinews');
    expect(outlet?.type).toBe('Organization');
    expect(outlet?.mentions.map((m) => m.text)).toEqual(['Wikinews', 'Wikinews', 'Wikinews']);
  });

  it('finds an outlet the tagger missed only where it interviews or employs reporters', () => {
    const text = 'Zetanews interviews a mayor. Thursday interviews were held.';
    const tagger = fakeTagger(text, []);
    expect(typeOf(text, 'Zetanews', tagger)).toEqual(['Organization']);
    expect(typeOf(text, 'Thursday', tagger)).toEqual([]);
  });

  it('leaves a MISC name that does nothing an outlet does alone', () => {
    const text = 'The Olympics opened. Fans watched the Olympics.';
    const tagger = fakeTagger(text, [['Olympics', 'MISC', 0.9]]);
    expect(typeOf(text, 'Olympics', tagger)).toEqual([]);
  });
});
