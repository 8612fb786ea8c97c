import { countryByCode, lookupCountry } from './countries';

describe('lookupCountry', () => {
  it('reads an all-capitals headline name as the country ("SRI LANKA")', () => {
    expect(lookupCountry('SRI LANKA')).toEqual({ country: { code: 'LK', name: 'Sri Lanka' }, kind: 'name' });
    expect(lookupCountry('NEW ZEALAND')?.country.code).toBe('NZ');
  });

  it('does not read an all-capitals demonym, which is as often a team ("INDIANS")', () => {
    expect(lookupCountry('Indians')?.kind).toBe('demonym');
    expect(lookupCountry('INDIANS')).toBeUndefined();
  });

  it('stays case-sensitive for mixed case ("us" is never the US)', () => {
    expect(lookupCountry('us')).toBeUndefined();
    expect(lookupCountry('Sri lanka')).toBeUndefined();
  });

  it('knows short and older names ("Bosnia", "Zaire")', () => {
    expect(lookupCountry('Bosnia')?.country.code).toBe('BA');
    expect(lookupCountry('Zairean')).toEqual({ country: countryByCode('CD'), kind: 'demonym' });
  });

  it('keeps England, a part of the United Kingdom, apart from it, while "English" people are British citizens', () => {
    expect(lookupCountry('England')).toBeUndefined();
    expect(lookupCountry('Britain')?.country.code).toBe('GB');
    expect(lookupCountry('English')).toEqual({ country: countryByCode('GB'), kind: 'demonym' });
  });

  it('reads only sovereign states as countries: a dependent territory is a place, partly recognised states stay', () => {
    expect(lookupCountry('Hong Kong')).toBeUndefined();
    expect(lookupCountry('Faroe Islands')).toBeUndefined();
    expect(lookupCountry('Puerto Rico')).toBeUndefined();
    expect(lookupCountry('Taiwan')?.country.code).toBe('TW');
    expect(lookupCountry('Palestinian')?.kind).toBe('demonym');
    expect(lookupCountry('Kosovo')?.country.code).toBe('XK');
  });

  it('knows the 1990s wire spelling "Kazakstan"', () => {
    expect(lookupCountry('Kazakstan')?.country.code).toBe('KZ');
  });
});
