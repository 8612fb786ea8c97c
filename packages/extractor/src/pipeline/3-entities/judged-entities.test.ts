import { fakeTagger, nameMentions } from './fake-tagger';

// Kinds of wrong entity found by judging the White House sample at 0.3.2, written anew with made-up names.
describe('entities an analyst would not cite', () => {
  it('types events and sites the tagger reads as bodies by their head word', () => {
    const text = 'They recalled the Elm Street Uprising near the Harlow Building during Clean Water Week.';
    const tagger = fakeTagger(text, [
      ['Elm Street Uprising', 'ORG', 0.8],
      ['Harlow Building', 'ORG', 0.8],
      ['Clean Water Week', 'ORG', 0.8],
    ]);
    expect(nameMentions(text, tagger).sort()).toEqual([
      'Clean Water Week/Event',
      'Elm Street Uprising/Event',
      'Harlow Building/Location',
    ]);
  });

  it('drops the phrases of a bold action heading, keeping bodies named there or in the text', () => {
    const text =
      '- **Deepening Collaboration with Pacific Partners:** The plan helps.\n' +
      '- **Funding the Ocean Science Council:** The Ocean Science Council gets money.';
    const tagger = fakeTagger(text, [
      ['Pacific Partners', 'ORG', 0.7],
      ['Ocean Science Council', 'ORG', 0.8],
      ['Ocean Science Council', 'ORG', 0.8, 1],
    ]);
    expect(nameMentions(text, tagger)).toEqual([
      'Ocean Science Council/Organization',
      'Ocean Science Council/Organization',
    ]);
  });

  it('keeps an organisation named in a bold heading that is no action phrase', () => {
    const text = '**Acme Bay Partners** Acme Bay Partners pledged to hire.';
    const tagger = fakeTagger(text, [
      ['Acme Bay Partners', 'ORG', 0.8],
      ['Acme Bay Partners', 'ORG', 0.8, 1],
    ]);
    expect(nameMentions(text, tagger)).toHaveLength(2);
  });

  it('drops degrees, kinds of document, industry nicknames and posts', () => {
    const text =
      'He holds a Bachelor of Science and an A.B., signed a Memorandum of Understanding, fought Big Pharma, funded HBCUs, and was Deputy Political Counselor.';
    const tagger = fakeTagger(text, [
      ['Bachelor of Science', 'ORG', 0.7],
      ['A.B.', 'LOC', 0.7],
      ['Memorandum of Understanding', 'ORG', 0.7],
      ['Big Pharma', 'ORG', 0.7],
      ['HBCUs', 'LOC', 0.7],
      ['Deputy Political Counselor', 'ORG', 0.7],
    ]);
    expect(nameMentions(text, tagger)).toEqual([]);
  });
});
