import { fakeTagger, nameMentions } from './fake-tagger';

describe('places a place noun or a state marks', () => {
  it('reads every name of "the counties of …" as a place, past a name the tagger missed', () => {
    const text = 'Aid is open to residents of the counties of Dunmore, Halloway, Pratt, Keene, and Ostrow.';
    const tagger = fakeTagger(text, [
      ['Dunmore', 'PER', 0.7],
      ['Halloway', 'ORG', 0.6],
      ['Keene', 'PER', 0.8],
      ['Ostrow', 'PER', 0.7],
    ]);
    expect(nameMentions(text, tagger)).toEqual([
      'Dunmore/Location',
      'Halloway/Location',
      'Keene/Location',
      'Ostrow/Location',
    ]);
  });

  it('reads the names before "counties" as places ("Tallis, Van Brocklin and Moray counties")', () => {
    const text = 'Hail struck farms in Tallis, Van Brocklin and Moray counties on Sunday.';
    const tagger = fakeTagger(text, [
      ['Tallis', 'PER', 0.7],
      ['Van Brocklin', 'PER', 0.8],
      ['Moray', 'ORG', 0.6],
    ]);
    expect(nameMentions(text, tagger)).toEqual(['Moray/Location', 'Tallis/Location', 'Van Brocklin/Location']);
  });

  it('reads a town and its postal code as places ("Brookvale, OR - Elm Falls, MI")', () => {
    const text = 'The new members:\n- Brookvale, OR\n- Elm Falls, MI\n- Carlow, NE';
    const tagger = fakeTagger(text, [
      ['Brookvale', 'PER', 0.7],
      ['OR', 'ORG', 0.6],
      ['Elm Falls', 'ORG', 0.7],
      ['MI', 'ORG', 0.6],
      ['Carlow', 'LOC', 0.8],
      ['NE', 'ORG', 0.6],
    ]);
    expect(nameMentions(text, tagger)).toEqual([
      'Brookvale/Location',
      'Carlow/Location',
      'Elm Falls/Location',
      'MI/Location',
      'NE/Location',
      'OR/Location',
    ]);
  });

  it('reads a one-word name before its state as a town ("Milo, Maine")', () => {
    const text = 'Plants will open in Dayton, Ohio, and Milo, Maine.';
    const tagger = fakeTagger(text, [
      ['Dayton', 'LOC', 0.8],
      ['Ohio', 'LOC', 0.9],
      ['Milo', 'PER', 0.7],
      ['Maine', 'LOC', 0.9],
    ]);
    expect(nameMentions(text, tagger)).toEqual(['Dayton/Location', 'Maine/Location', 'Milo/Location', 'Ohio/Location']);
  });

  it('leaves people before a state or a degree alone ("Senator Brandt, Ohio", "Dr. Ada Quill, MD", "Tom Reyes, Iowa")', () => {
    const text = 'Lena Brandt spoke. We thank Senator Brandt, Ohio, and Dr. Ada Quill, MD, and Tom Reyes, Iowa.';
    const tagger = fakeTagger(text, [
      ['Lena Brandt', 'PER', 0.9],
      ['Brandt', 'PER', 0.8, 1],
      ['Ohio', 'LOC', 0.9],
      ['Ada Quill', 'PER', 0.9],
      ['Tom Reyes', 'PER', 0.9],
      ['Iowa', 'LOC', 0.9],
    ]);
    expect(nameMentions(text, tagger)).toEqual([
      'Ada Quill/Person',
      'Brandt/Person',
      'Iowa/Location',
      'Lena Brandt/Person',
      'Ohio/Location',
      'Tom Reyes/Person',
    ]);
  });
});
