import { fakeTagger, nameMentions } from './fake-tagger';

describe('a person typed as a place or body is read as a person from what only a person has', () => {
  it('reads a leader from "X\'s war" and "the X administration"', () => {
    const text = 'Fuel costs rose with Medvedko’s war. Aid fell under the Tarrant administration.';
    const tagger = fakeTagger(text, [
      ['Medvedko', 'LOC', 0.6],
      ['Tarrant', 'LOC', 0.6],
    ]);
    expect(nameMentions(text, tagger)).toEqual(['Medvedko/Person', 'Tarrant/Person']);
  });

  it('reads two plain words opening with a known given name as a person, not a town ("Gregory Halloran")', () => {
    const text = 'Lawmakers met Gregory Halloran on Monday, then flew to Elizabeth City.';
    const tagger = fakeTagger(text, [
      ['Gregory Halloran', 'LOC', 0.6],
      ['Elizabeth City', 'LOC', 0.9],
    ]);
    expect(nameMentions(text, tagger)).toEqual(['Elizabeth City/Location', 'Gregory Halloran/Person']);
  });
});
