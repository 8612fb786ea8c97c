import { fakeTagger, nameMentions } from './fake-tagger';

describe('headings read as names', () => {
  it('drops a bold heading line the tagger took for a body ("**Maritime Domain Awareness**")', () => {
    const text = '**Maritime Domain Awareness**\n\nThe partners will share more data on the seas.\n';
    const tagger = fakeTagger(text, [['Maritime Domain Awareness', 'ORG', 0.8]]);
    expect(nameMentions(text, tagger)).toEqual([]);
  });

  it('drops the name of an article of an agreement ("**Article 4.1: Treatment of Data Flows**")', () => {
    const text = '**Article 4.1: Treatment of Data Flows**\n\nChile shall allow data to cross borders.\n';
    const tagger = fakeTagger(text, [
      ['Treatment of Data Flows', 'ORG', 0.8],
      ['Chile', 'LOC', 0.9],
    ]);
    expect(nameMentions(text, tagger)).toEqual(['Chile/Country']);
  });

  it('drops a body read inside a heading in capitals that acts ("**RESTORING PUBLIC TRUST:**")', () => {
    const text = '**RESTORING PUBLIC TRUST IN SCIENCE:** The order sets new rules for grants.\n';
    const tagger = fakeTagger(text, [['PUBLIC TRUST IN SCIENCE', 'ORG', 0.8]]);
    expect(nameMentions(text, tagger)).toEqual([]);
  });

  it('keeps a body that heads its own line with its head word, and a name run on from the heading', () => {
    const text = '**Environmental Protection Agency**\n\n**Acme Robotics** will hire 200 people.\n';
    const tagger = fakeTagger(text, [
      ['Environmental Protection Agency', 'ORG', 0.9],
      ['Acme Robotics', 'ORG', 0.9],
    ]);
    expect(nameMentions(text, tagger)).toEqual([
      'Acme Robotics/Organization',
      'Environmental Protection Agency/Organization',
    ]);
  });
});
