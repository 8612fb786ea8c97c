import { fakeTagger, nameMentions } from './fake-tagger';

describe('retypePlaceRegions', () => {
  it('makes an unsure name after a place and a comma the region the place lies in, and keeps it when it is a given name', () => {
    const text = 'Nell Arden grew up in Tarnby, Wessmoor. She later taught in Halvik, Carolyn.';
    const tagger = fakeTagger(text, [
      ['Nell Arden', 'PER', 0.9],
      ['Tarnby', 'LOC', 0.9],
      ['Wessmoor', 'PER', 0.5],
      ['Halvik', 'LOC', 0.9],
      ['Carolyn', 'ORG', 0.5],
    ]);
    expect(nameMentions(text, tagger)).toEqual([
      'Carolyn/Location',
      'Halvik/Location',
      'Nell Arden/Person',
      'Tarnby/Location',
      'Wessmoor/Location',
    ]);
  });

  it('keeps a given name after a place that no preposition puts in the sentence or that is called out', () => {
    const text = 'Books I loved:\nDunmore, Jack.\nHalvik, Greta.\nWelcome to Halvik, Tom!';
    const tagger = fakeTagger(text, [
      ['Dunmore', 'LOC', 0.9],
      ['Jack', 'PER', 0.5],
      ['Halvik', 'LOC', 0.9],
      ['Greta', 'LOC', 0.5],
      ['Halvik', 'LOC', 0.9, 1],
      ['Tom', 'PER', 0.5],
    ]);
    expect(nameMentions(text, tagger).filter((m) => /^(?:Jack|Greta|Tom)\//.test(m))).toEqual([]);
  });

  it('keeps a person of the article, a body, a list of names and a name that goes on', () => {
    const text =
      'Omar Velti spoke in Dunmore, Velti. Police in Dunmore, Harrow Bank and Lisk met. ' +
      'Back in Dunmore, Kestrel Partners hired. In Dunmore, Halloway wrote the plan.';
    const tagger = fakeTagger(text, [
      ['Omar Velti', 'PER', 0.9],
      ['Dunmore', 'LOC', 0.9],
      ['Velti', 'PER', 0.5, 1],
      ['Dunmore', 'LOC', 0.9, 1],
      ['Harrow Bank', 'ORG', 0.5],
      ['Lisk', 'ORG', 0.5],
      ['Dunmore', 'LOC', 0.9, 2],
      ['Kestrel Partners', 'ORG', 0.5],
      ['Dunmore', 'LOC', 0.9, 3],
      ['Halloway', 'PER', 0.5],
    ]);
    const found = nameMentions(text, tagger);
    expect(found.filter((m) => !m.startsWith('Dunmore/'))).toEqual([
      'Halloway/Person',
      'Harrow Bank/Organization',
      'Kestrel Partners/Organization',
      'Lisk/Organization',
      'Omar Velti/Person',
      'Velti/Person',
    ]);
  });
});
