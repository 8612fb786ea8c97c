import { relationsOf } from './test-doc';

const ENTITIES: Parameters<typeof relationsOf>[1] = [
  ['Harstad', 'Location'],
  ['Troms', 'Location'],
  ['Norway', 'Country'],
  ['Harstad Museum', 'Organization'],
  ['Barents Sea', 'Location'],
  ['Spain', 'Country'],
  ['Leeds', 'Location'],
];
const DOC =
  'Harstad is a town in Troms county. It is one of the largest urban areas in Norway. ' +
  'The town is home to the Harstad Museum. Visitors also sail the Barents Sea from there.';

describe('document country', () => {
  it('places the places and organisations of a document that names one country in that country', () => {
    const t = relationsOf(DOC, ENTITIES);
    expect(t).toEqual(
      expect.arrayContaining([
        'Harstad LOCATED_IN Norway',
        'Troms LOCATED_IN Norway',
        'Harstad Museum LOCATED_IN Norway',
      ]),
    );
    expect(t).not.toContain('Barents Sea LOCATED_IN Norway');
  });

  it('does nothing when a document names two countries', () => {
    const t = relationsOf(`${DOC} Some go to Spain instead.`, ENTITIES);
    expect(t.filter((x) => x.endsWith('Norway') || x.endsWith('Spain'))).toEqual([]);
  });

  it('also reads a country met only as an adjective, with less confidence', () => {
    const text = 'Harstad is a Norwegian town. It lies in Troms county. The town is home to the Harstad Museum.';
    expect(relationsOf(text, [...ENTITIES, ['Norwegian', 'Country', 'demonym', 'country:NO']])).toEqual(
      expect.arrayContaining(['Harstad LOCATED_IN country:NO', 'Harstad Museum LOCATED_IN country:NO']),
    );
  });

  it('does nothing for a single sentence', () => {
    expect(relationsOf('Harstad and Leeds are towns that attract tourists from Norway.', ENTITIES)).toEqual([]);
  });
});
