import { betterName } from './display-name';

describe('betterName', () => {
  it('prefers a name not in capitals, then the longer, then accents, whichever comes first', () => {
    const pairs: [string, string, string][] = [
      ['WASHINGTON', 'Washington', 'Washington'],
      ['US Treasury', 'U.S. Treasury', 'U.S. Treasury'],
      ['Sao Paulo', 'São Paulo', 'São Paulo'],
    ];
    for (const [a, b, best] of pairs) {
      expect(betterName(a, b)).toBe(best);
      expect(betterName(b, a)).toBe(best);
    }
  });
});
