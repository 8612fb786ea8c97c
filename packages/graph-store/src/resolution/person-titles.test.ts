import { genderOf, isFullMention, titlesOf } from './person-titles';

const at = (text: string, name: string): string | undefined =>
  titlesOf(text, text.indexOf(name), text.indexOf(name) + name.length).join('+') || undefined;

describe('titlesOf', () => {
  it('reads the title before a mention, the longest one, in any case', () => {
    expect(at('Talks with President Xi ended.', 'Xi')).toBe('president');
    expect(at('Vice President Harris spoke.', 'Harris')).toBe('vice president');
    expect(at('MR. SULLIVAN: Thanks.', 'SULLIVAN')).toBe('mr');
    expect(at('Sen. Schumer said', 'Schumer')).toBe('senator');
  });

  it('reads a run of titles, nearest first', () => {
    expect(at('First Lady Dr. Jill Biden spoke.', 'Jill Biden')).toBe('dr+first lady');
  });

  it('reads a title the mention itself starts with', () => {
    expect(at('Yesterday Mr. Sullivan said', 'Mr. Sullivan')).toBe('mr');
  });

  it('finds none where the word before is not a title', () => {
    expect(at('the presidents Biden and Obama', 'Biden')).toBeUndefined();
    expect(at('Biden said', 'Biden')).toBeUndefined();
  });
});

describe('isFullMention', () => {
  it('counts the words of the name, not of its title', () => {
    expect(isFullMention('Jill Biden')).toBe(true);
    expect(isFullMention('Dr. Jill Biden')).toBe(true);
    expect(isFullMention('Dr. Biden')).toBe(false);
    expect(isFullMention('Biden')).toBe(false);
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
