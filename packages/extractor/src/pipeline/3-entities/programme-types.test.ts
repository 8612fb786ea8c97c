import { fakeTagger, nameMentions } from './fake-tagger';

describe('programmes, diseases and common phrases the tagger reads as bodies', () => {
  it('types programmes and grants as policies and drops a disease, a religion and a technology', () => {
    const text =
      'The bill widens Medicare, raises the Pell Grant, fights Ebola, studies Judaism and secures Internet of Things devices.';
    const tagger = fakeTagger(text, [
      ['Judaism', 'LOC', 0.7],
      ['Medicare', 'ORG', 0.8],
      ['Pell Grant', 'ORG', 0.8],
      ['Ebola', 'ORG', 0.7],
      ['Internet of Things', 'ORG', 0.7],
    ]);
    expect(nameMentions(text, tagger)).toEqual(['Medicare/Policy', 'Pell Grant/Policy']);
  });

  it('gives a programme\'s short form its type ("the Pledge" after "the Pledge of Allegiance")', () => {
    const text = 'Pupils said the Pledge of Allegiance. The Pledge unites us.';
    const tagger = fakeTagger(text, [
      ['Pledge of Allegiance', 'ORG', 0.8],
      ['Pledge', 'ORG', 0.7, 1],
    ]);
    expect(nameMentions(text, tagger)).toEqual(['Pledge of Allegiance/Policy', 'Pledge/Policy']);
  });

  it('drops possessive, generic and plural phrases ("My Administration", "Federal Government", "NATO Allies")', () => {
    const text = 'My Administration asked the Federal Government to help NATO Allies, said Ohio officials.';
    const tagger = fakeTagger(text, [
      ['My Administration', 'ORG', 0.7],
      ['Federal Government', 'ORG', 0.7],
      ['NATO Allies', 'ORG', 0.7],
      ['Ohio', 'LOC', 0.9],
    ]);
    expect(nameMentions(text, tagger)).toEqual(['Ohio/Location']);
  });

  it('reads no principle into a verb phrase ("the idea of standing up")', () => {
    const text = 'The idea of standing up to bullies matters. The idea of standing up is old. We like standing up.';
    const tagger = fakeTagger(text, []);
    expect(nameMentions(text, tagger)).toEqual([]);
  });
});
