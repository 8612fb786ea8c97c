import { fakeTagger, nameMentions } from './fake-tagger';

describe('an adviser’s or an administrator’s post glued to the holder', () => {
  it('is the person, not a body, and a surname alone after the post goes when the article never gives it in full', () => {
    const text =
      'Deputy Climate Advisor Nadia Okafor met Relief Administrator Laura Price in Dakar. ' +
      'Regional Coordinator Brennan joined them by phone.';
    const names = nameMentions(
      text,
      fakeTagger(text, [
        ['Deputy Climate Advisor Nadia Okafor', 'ORG', 0.8],
        ['Relief Administrator Laura Price', 'ORG', 0.8],
        ['Dakar', 'LOC', 0.9],
        ['Regional Coordinator Brennan', 'ORG', 0.7],
      ]),
    );
    expect(names).toEqual(expect.arrayContaining(['Nadia Okafor/Person', 'Laura Price/Person', 'Dakar/Location']));
    expect(names.some((n) => n.endsWith('/Organization'))).toBe(false);
    expect(names.some((n) => n.includes('Brennan'))).toBe(false);
  });
});
