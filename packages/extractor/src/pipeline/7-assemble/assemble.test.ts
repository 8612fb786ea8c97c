import { extractText, fakeTagger } from '../3-entities/fake-tagger';

describe('assemble', () => {
  it('collapses a wrapped line break in names and aliases to one space', () => {
    const text =
      'The Maryland Chamber of\n    Commerce met on Monday. Later the Maryland Chamber of   Commerce said it agreed.';
    const tagger = fakeTagger(text, [
      ['Maryland Chamber of\n    Commerce', 'ORG', 0.9],
      ['Maryland Chamber of   Commerce', 'ORG', 0.9],
    ]);
    const org = extractText(text, tagger).entities.find((e) => e.type === 'Organization');
    expect([org?.name, org?.aliases]).toEqual(['Maryland Chamber of Commerce', []]);
  });

  it("shows a name without a markdown link's bracket or a dash that broke off the sentence after it", () => {
    const text =
      'Grants came from the Department of [Veterans Affairs](https://example.org/va) this spring. ' +
      'Reporters asked whether the Pentagon -\n\nThe Pentagon later answered.';
    const tagger = fakeTagger(text, [
      ['Department of [Veterans Affairs', 'ORG', 0.9],
      ['Pentagon -', 'ORG', 0.9],
      ['Pentagon', 'ORG', 0.9],
    ]);
    const names = extractText(text, tagger).entities.map((e) => [e.name, e.aliases]);
    expect(names).toEqual(
      expect.arrayContaining([
        ['Department of Veterans Affairs', []],
        ['Pentagon', []],
      ]),
    );
  });

  it('drops a name cut off on a word that must go on ("Department of —")', () => {
    const text = 'Officials at the Department of — well, the agency — declined to comment.';
    const tagger = fakeTagger(text, [['Department of —', 'ORG', 0.9]]);
    expect(extractText(text, tagger).entities.map((e) => e.name)).toEqual([]);
  });
});
