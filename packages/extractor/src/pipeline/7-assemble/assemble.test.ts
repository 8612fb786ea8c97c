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
});
