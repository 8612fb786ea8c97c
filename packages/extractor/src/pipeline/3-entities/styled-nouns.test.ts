import { fakeTagger, nameMentions } from './fake-tagger';

describe('a common noun capitalised for style is no name', () => {
  it('drops a one-word "name" the article also writes in lower case ("Coalition", "Delegates")', () => {
    const text =
      'We will defend this Coalition. The coalition is strong. Delegates voted at noon. Some delegates left.';
    const tagger = fakeTagger(text, [
      ['Coalition', 'ORG', 0.7],
      ['Delegates', 'PER', 0.6],
    ]);
    expect(nameMentions(text, tagger)).toEqual([]);
  });

  it('keeps a place the text goes to though the article also uses the word ("to Boulder", "push the boulder")', () => {
    const text = 'We will push the boulder uphill. Will he be traveling to Boulder?';
    const tagger = fakeTagger(text, [['Boulder', 'LOC', 0.8]]);
    expect(nameMentions(text, tagger)).toEqual(['Boulder/Location']);
  });

  it('keeps a one-word name written capitalised more often than not, and an institution ("Labour", "House")', () => {
    const text = 'Labour won the seat. The labour market is tight, Labour said. The House voted; my house is old.';
    const tagger = fakeTagger(text, [
      ['Labour', 'ORG', 0.9],
      ['Labour', 'ORG', 0.9, 1],
      ['House', 'ORG', 0.9],
    ]);
    expect(nameMentions(text, tagger)).toEqual(['House/Organization', 'Labour/Organization', 'Labour/Organization']);
  });
});
