import { genderOf, titleOf } from './person-titles';

const at = (text: string, name: string): string | undefined => titleOf(text, text.indexOf(name), text.indexOf(name) + name.length);

describe('titleOf', () => {
  it('reads the title before a mention, the longest one, in any case', () => {
    expect(at('Talks with President Xi ended.', 'Xi')).toBe('president');
    expect(at('Vice President Harris spoke.', 'Harris')).toBe('vice president');
    expect(at('MR. SULLIVAN: Thanks.', 'SULLIVAN')).toBe('mr');
    expect(at('Sen. Schumer said', 'Schumer')).toBe('senator');
  });

  it('reads a title the mention itself starts with', () => {
    expect(at('Yesterday Mr. Sullivan said', 'Mr. Sullivan')).toBe('mr');
  });

  it('finds none where the word before is not a title', () => {
    expect(at('the presidents Biden and Obama', 'Biden')).toBeUndefined();
    expect(at('Biden said', 'Biden')).toBeUndefined();
  });
});

describe('genderOf', () => {
  it('tells a gender only when the titles agree on one', () => {
    expect(genderOf(['mrs', 'first lady'])).toBe('f');
    expect(genderOf(['mr', 'president'])).toBe('m');
    expect(genderOf(['president'])).toBeUndefined();
    expect(genderOf(['mr', 'mrs'])).toBeUndefined();
  });
});
