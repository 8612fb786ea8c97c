import { resolveShortMention, type NameCandidate, type ShortMention } from './decide';

/** A person of that name in the graph; what a test does not say is one mention in one article, no title. */
function candidate(id: string, name: string, fields: Partial<NameCandidate> = {}): NameCandidate {
  return { id, name, side: 'last', ownMentions: 1, articleCount: 1, titles: [], ...fields };
}

const joe = candidate('person:joseph-biden', 'Joe Biden', {
  ownMentions: 40,
  articleCount: 20,
  titles: ['president', 'mr'],
});
const jill = candidate('person:jill-biden', 'Jill Biden', {
  ownMentions: 5,
  articleCount: 3,
  titles: ['first lady', 'dr'],
});
const mention = (titles: string[], key = 'biden'): ShortMention => ({
  key,
  articleId: 'a1',
  sourceId: `person:${key}`,
  titles,
});

describe('resolveShortMention', () => {
  it('goes to the one person bearing the surname', () => {
    expect(resolveShortMention(mention([]), [joe])).toBe('person:joseph-biden');
  });

  it('stays apart when two people of comparable prominence bear the surname and no title tells them apart', () => {
    const busyJill = { ...jill, ownMentions: 20 };
    expect(resolveShortMention(mention([]), [joe, busyJill])).toBe('person:biden');
    expect(resolveShortMention(mention(['senator']), [joe, busyJill])).toBe('person:biden');
  });

  it('goes to the far better known bearer of the surname when no title tells them apart (Joe Biden eight times Jill)', () => {
    expect(resolveShortMention(mention([]), [joe, jill])).toBe('person:joseph-biden');
  });

  it('goes to the one named in full three times as often as any other, but not at less', () => {
    const stray = candidate('person:jill-biden-continues', 'Jill Biden Continues', { ownMentions: 13 });
    expect(resolveShortMention(mention([]), [joe, stray])).toBe('person:joseph-biden');
    expect(resolveShortMention(mention([]), [joe, { ...stray, ownMentions: 14 }])).toBe('person:biden');
  });

  it('among several sharing the title, goes to one named in full three times as often ("Vice President Harris")', () => {
    const kamala = candidate('person:kamala-harris', 'Kamala Harris', {
      ownMentions: 33,
      articleCount: 24,
      titles: ['vice president'],
    });
    const stray = candidate('person:harrins-harris', 'Harrins - Harris', { titles: ['vice president'] });
    expect(resolveShortMention(mention(['vice president'], 'harris'), [stray, kamala])).toBe('person:kamala-harris');
    expect(resolveShortMention(mention(['vice president'], 'harris'), [{ ...stray, ownMentions: 12 }, kamala])).toBe(
      'person:harris',
    );
  });

  it('lets a surname match with the title win over a first-name match with it ("President Biden", not "Biden Harris")', () => {
    const ticket = candidate('person:biden-harris', 'Biden Harris', {
      side: 'first',
      ownMentions: 2,
      titles: ['president'],
    });
    expect(resolveShortMention(mention(['president']), [ticket, joe, jill])).toBe('person:joseph-biden');
  });

  it('lets a title only one of them carries decide', () => {
    expect(resolveShortMention(mention(['president']), [joe, jill])).toBe('person:joseph-biden');
    expect(resolveShortMention(mention(['dr']), [jill, joe])).toBe('person:jill-biden');
  });

  it("does not give a woman's honorific to the one man of that surname", () => {
    expect(resolveShortMention(mention(['mrs']), [joe])).toBe('person:biden');
    expect(resolveShortMention(mention(['mrs']), [joe, jill])).toBe('person:jill-biden');
  });

  it('lets a title pick a first-name match over a surname match ("President Xi" is Xi Jinping, not Wang Xi)', () => {
    const xi = candidate('person:xi-jinping', 'Xi Jinping', { side: 'first', ownMentions: 3, titles: ['president'] });
    const wang = candidate('person:wang-xi', 'Wang Xi');
    expect(resolveShortMention(mention(['president'], 'xi'), [xi])).toBe('person:xi-jinping');
    expect(resolveShortMention(mention(['president'], 'xi'), [wang, xi])).toBe('person:xi-jinping');
    expect(resolveShortMention(mention([], 'xi'), [xi])).toBe('person:xi-jinping');
  });

  it('without a deciding title, prefers the one surname match to first-name matches', () => {
    const ticket = candidate('person:biden-harris', 'Biden Harris', { side: 'first', ownMentions: 2 });
    expect(resolveShortMention(mention([]), [ticket, joe])).toBe('person:joseph-biden');
  });

  it('leaves a given name several people bear to its article, however much better known one of them is', () => {
    const joeBiden = candidate('person:joseph-biden', 'Joe Biden', { side: 'first', ownMentions: 1500 });
    const manchin = candidate('person:joseph-manchin', 'Joe Manchin', { side: 'first', ownMentions: 140 });
    expect(resolveShortMention(mention([], 'joseph'), [joeBiden, manchin])).toBe('person:joseph');
    expect(resolveShortMention(mention([], 'joseph'), [joeBiden])).toBe('person:joseph-biden');
    // a surname still goes to the far better known bearer
    expect(
      resolveShortMention(mention([]), [
        { ...joe, ownMentions: 1500 },
        { ...jill, titles: [] },
      ]),
    ).toBe('person:joseph-biden');
  });
});
