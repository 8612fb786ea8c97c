import { normaliseAliases, normaliseName } from './normalise-name';

describe('normaliseName', () => {
  it('folds Unicode variants of one written name into one spelling', () => {
    const variants = [
      'United States of America',
      'United\u00a0States  of America',
      'United States\u200b of America',
      ' United States of\nAmerica ',
      'Ｕnited States of America',
    ];
    expect(new Set(variants.map(normaliseName))).toEqual(new Set(['United States of America']));
    expect(normaliseName('\u201cU.S.\u201d \u2013 Xi\u2019s')).toBe('"U.S." - Xi\'s');
  });

  it('drops repeats and the name itself from aliases', () => {
    expect(
      normaliseAliases('United States', [
        'United States',
        'United\u00a0States',
        'U.S.',
        'U.S.',
        'United States of America',
      ]),
    ).toEqual(['U.S.', 'United States of America']);
  });
});
