import { extractText } from '../3-entities/fake-tagger';

describe('a place first met in capitals (a dateline or headline) is named as prose writes it', () => {
  const nameOf = (text: string, mention: string): string | undefined =>
    extractText(text).entities.find((e) => e.mentions.some((m) => m.kind === 'name' && m.text === mention))?.name;

  it('takes the prose spelling the story gives later ("OSAKA" then "Osaka")', () => {
    const text = 'OSAKA, June 4 - Exporters in Osaka said orders from Europe fell for a third month.';
    expect(nameOf(text, 'OSAKA')).toBe('Osaka');
  });

  it('writes a dateline place the story never names again in title case ("SAN DIEGO" → "San Diego")', () => {
    const text = 'SAN DIEGO, June 4 - The shipyard said it would hire 300 welders this year.';
    expect(nameOf(text, 'SAN DIEGO')).toBe('San Diego');
  });

  it('keeps an organisation acronym in capitals', () => {
    const text = 'Ministers of OPEC met on Tuesday, and OPEC said output would hold.';
    expect(nameOf(text, 'OPEC')).toBe('OPEC');
  });
});
