import { fakeTagger, nameMentions } from './fake-tagger';

describe('people in a list of places', () => {
  it('reads an unknown "person" among listed places as a place ("Quebradillas" between towns)', () => {
    const text = 'Aid went to Ponce, Quebradillas, Salinas, and Yauco after the storm.';
    const tagger = fakeTagger(text, [
      ['Ponce', 'LOC', 0.8],
      ['Quebradillas', 'PER', 0.7],
      ['Salinas', 'LOC', 0.8],
      ['Yauco', 'LOC', 0.8],
    ]);
    expect(nameMentions(text, tagger)).toEqual([
      'Ponce/Location',
      'Quebradillas/Location',
      'Salinas/Location',
      'Yauco/Location',
    ]);
  });

  it('leaves people listed with a place alone ("Maria Lopez, James Ortiz and Ponce")', () => {
    const text = 'Maria Lopez, James Ortiz and Ramos visited Ponce.';
    const tagger = fakeTagger(text, [
      ['Maria Lopez', 'PER', 0.9],
      ['James Ortiz', 'PER', 0.9],
      ['Ramos', 'PER', 0.7],
      ['Ponce', 'LOC', 0.8],
    ]);
    expect(nameMentions(text, tagger)).toEqual([
      'James Ortiz/Person',
      'Maria Lopez/Person',
      'Ponce/Location',
      'Ramos/Person',
    ]);
  });

  it('leaves a titled person in a list of places alone ("Senators Kowalczyk")', () => {
    const text = 'Thanks to Senators Kowalczyk, Ohio, Texas and Utah for the bill. Anna Kowalczyk wrote it.';
    const tagger = fakeTagger(text, [
      ['Senators Kowalczyk', 'PER', 0.7],
      ['Anna Kowalczyk', 'PER', 0.9],
      ['Ohio', 'LOC', 0.9],
      ['Texas', 'LOC', 0.9],
      ['Utah', 'LOC', 0.9],
    ]);
    expect(nameMentions(text, tagger)).toEqual([
      'Anna Kowalczyk/Person',
      'Kowalczyk/Person',
      'Ohio/Location',
      'Texas/Location',
      'Utah/Location',
    ]);
  });
});
