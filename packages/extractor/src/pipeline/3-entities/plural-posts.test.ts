import { isPluralPost } from './plural-posts';

describe('posts in the plural', () => {
  it('are no names', () => {
    for (const t of [
      'National Security Advisors',
      'G20 Finance Ministers',
      'the Attorneys General',
      'Deputy Secretaries of State',
    ])
      expect(isPluralPost(t)).toBe(true);
  });

  it('leave alone the bodies that gather their holders', () => {
    for (const t of [
      'Council of Economic Advisers',
      'Board of Governors',
      'National Conference of Mayors',
      'Rural Health Officials Association',
    ])
      expect(isPluralPost(t)).toBe(false);
  });
});
