import { extract } from '../../extract';
import { fakeTagger } from '../3-entities/fake-tagger';
import { useTagger } from '../3-entities/ner-source';

afterEach(() => useTagger(undefined));

describe('assemble', () => {
  it('collapses a wrapped line break in names and aliases to one space', () => {
    const text =
      'The Maryland Chamber of\n    Commerce met on Monday. Later the Maryland Chamber of   Commerce said it agreed.';
    fakeTagger(text, [
      ['Maryland Chamber of\n    Commerce', 'ORG', 0.9],
      ['Maryland Chamber of   Commerce', 'ORG', 0.9],
    ]);
    const org = extract({ id: 't', text }).entities.find((e) => e.type === 'Organization');
    expect([org?.name, org?.aliases]).toEqual(['Maryland Chamber of Commerce', []]);
  });
});
