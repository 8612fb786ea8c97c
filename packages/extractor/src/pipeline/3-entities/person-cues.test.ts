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

  it('leaves a place named after a person where the text is in or at it ("out of Simon Peres")', () => {
    const text = 'Flights out of Simon Peres were delayed for hours.';
    const tagger = fakeTagger(text, [['Simon Peres', 'LOC', 0.6]]);
    expect(nameMentions(text, tagger)).toEqual(['Simon Peres/Location']);
  });
});

describe('an acronym typed as a place is a body unless it is a place written in capitals', () => {
  it('reads "FRPB" as a body, "SAIPAN" (also written "Saipan") and the place of a dateline ("VORDA") as places', () => {
    const text =
      'SAIPAN, May 2 - Grants from the FRPB reached Saipan. The FRPB said more would follow.\nTHE VORDA 12 May';
    const tagger = fakeTagger(text, [
      ['SAIPAN', 'LOC', 0.8],
      ['FRPB', 'LOC', 0.6],
      ['Saipan', 'LOC', 0.9],
      ['FRPB', 'LOC', 0.6, 1],
      ['VORDA', 'LOC', 0.7],
    ]);
    expect(nameMentions(text, tagger)).toEqual([
      'FRPB/Organization',
      'FRPB/Organization',
      'SAIPAN/Location',
      'Saipan/Location',
      'VORDA/Location',
    ]);
  });
});
