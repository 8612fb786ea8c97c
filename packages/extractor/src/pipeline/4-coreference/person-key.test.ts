import { personId, personTokens } from './person-key';

describe('personId', () => {
  it('gives every way of writing Joe Biden one id', () => {
    const forms = [
      'Joe Biden',
      'Joseph R. Biden',
      'JOSEPH R. BIDEN JR.',
      'Joseph R. Biden, Jr.',
      'President Joseph R. Biden Jr.',
      'joseph biden',
    ];
    expect(new Set(forms.map(personId))).toEqual(new Set(['person:joseph-biden']));
  });

  it('folds common nicknames into the formal given name', () => {
    expect(personId('Bill Clinton')).toBe(personId('William Clinton'));
    expect(personId('Bob Menendez')).toBe(personId('Robert Menendez'));
    expect(personId('Rob Portman')).toBe('person:robert-portman');
    expect(personId('Jim Jordan')).toBe('person:james-jordan');
    expect(personId('Mike Pence')).toBe('person:michael-pence');
    expect(personId('Tony Blinken')).toBe(personId('Anthony Blinken'));
    expect(personId('Tom Vilsack')).toBe('person:thomas-vilsack');
    expect(personId('Dick Durbin')).toBe('person:richard-durbin');
    expect(personId('Liz Truss')).toBe('person:elizabeth-truss');
    expect(personId('Chuck Schumer')).toBe('person:charles-schumer');
  });

  it("gives one id to a spelling of a given name and to a leader's nickname, so the person is not split in two", () => {
    expect(new Set(['Antony Blinken', 'Tony Blinken', 'Anthony Blinken'].map(personId))).toEqual(
      new Set(['person:anthony-blinken']),
    );
    expect(personId('Bibi Netanyahu')).toBe(personId('Benjamin Netanyahu'));
    // a department left before the name by a span cut after "Secretary of"
    expect(personId('State Antony Blinken')).toBe('person:anthony-blinken');
    expect(personId('Energy Jennifer Granholm')).toBe('person:jennifer-granholm');
    expect(personId('Treasury Kane')).toBe('person:treasury-kane');
  });

  it('drops titles and honorifics, but keeps a surname that only a title preceded', () => {
    expect(personId('Mr. Sullivan')).toBe('person:sullivan');
    expect(personId('MR. SULLIVAN')).toBe('person:sullivan');
    expect(personId('President Xi')).toBe('person:xi');
    expect(personId('Vice President Kamala Harris')).toBe('person:kamala-harris');
    expect(personId('Dr. Jill Biden')).toBe('person:jill-biden');
    expect(personId('Secretary of State Antony Blinken')).toBe('person:anthony-blinken');
  });

  it('keeps names apart that differ in more than initials, case or accents', () => {
    expect(personId('Jill Biden')).not.toBe(personId('Joe Biden'));
    expect(personId('Björn Seibert')).toBe('person:bjorn-seibert');
    expect(personId('Hunter Biden')).toBe('person:hunter-biden');
  });

  it('joins hyphenated and apostrophe names into one token so an id splits back into its words', () => {
    expect(personTokens('Karine Jean-Pierre')).toEqual(['karine', 'jeanpierre']);
    expect(personTokens("Beto O'Rourke")).toEqual(['beto', 'orourke']);
    expect(personTokens('J.K. Rowling')).toEqual(['rowling']);
    expect(personTokens('R. Biden')).toEqual(['biden']);
  });

  it('does not strip a title that is the whole name, nor a suffix that is', () => {
    expect(personTokens('Prince')).toEqual(['prince']);
    expect(personTokens('Joe')).toEqual(['joseph']);
  });
});
