import { nameTokens, tokensSure } from './name-tokens';
import { buildNameWords, prefixScores } from './name-words';

describe("the words of names, as the full-text index's standard analyser makes them", () => {
  it('splits at hyphens, ampersands and spaces, and keeps apostrophes, inner periods and digit groups', () => {
    expect(nameTokens('Maria Ortiz-Delgado of K&L, Inc.')).toEqual([
      'maria',
      'ortiz',
      'delgado',
      'of',
      'k',
      'l',
      'inc',
    ]);
    expect(nameTokens("D'Arcy O’Malley, U.S. Fund")).toEqual(["d'arcy", 'o’malley', 'u.s', 'fund']);
    expect(nameTokens('H5N1 Plan 2,500 3.75 Act')).toEqual(['h5n1', 'plan', '2,500', '3.75', 'act']);
    expect(nameTokens('Zoë Ångström')).toEqual(['zoë', 'ångström']);
  });

  it('is unsure of scripts a dictionary segments, and of words longer than Lucene keeps whole', () => {
    expect(tokensSure('Zoë Ångström-Park (Acting)')).toBe(true);
    expect(tokensSure('李明华')).toBe(false);
    expect(tokensSure('ภูเก็ต')).toBe(false);
    expect(tokensSure('x'.repeat(300))).toBe(false);
  });
});

describe('prefix scores of the names index', () => {
  const index = buildNameWords([
    { name: 'Tamsin Holloway-Reed', aliasText: ' Reedy' },
    { name: 'Reed Foundation', aliasText: '' },
    { name: 'Orla Breen', aliasText: ' Reedham Orla' },
    { name: '周Reed', aliasText: '' },
    { name: 'Iolana; Breen-Ames', aliasText: ' 周 Ames' },
  ]);

  it('counts the fields a word starting with the prefix is in, 1 or 2, and only words of sure names', () => {
    expect(prefixScores(index, 'Hollo')).toEqual(new Map([[0, 1]]));
    expect(prefixScores(index, 'orl')).toEqual(new Map([[2, 2]]));
    expect(prefixScores(index, 'bree')).toEqual(
      new Map([
        [2, 1],
        [4, 1],
      ]),
    );
    expect(prefixScores(index, 'zzz')).toEqual(new Map());
  });

  it('gives up when an unsure piece between spaces holds the prefix anywhere', () => {
    expect(prefixScores(index, 'reed')).toBeUndefined();
    expect(prefixScores(index, 'ree')).toBeUndefined();
    expect(prefixScores(index, 'iola')).toBeUndefined();
    expect(prefixScores(index, 'na;')).toBeUndefined();
    expect(prefixScores(index, 'foun')).toEqual(new Map([[1, 1]]));
  });

  it('counts the sure pieces of a name that has unsure ones, in each field they are in', () => {
    expect(prefixScores(index, 'ame')).toEqual(new Map([[4, 2]]));
    expect(prefixScores(index, 'breen-')).toEqual(new Map());
    expect(buildNameWords([{ name: 'Iolana; Breen-Ames', aliasText: ' 周 Ames' }]).unsure).toEqual([
      { entity: 0, text: 'iolana;\n周' },
    ]);
  });
});
