import { extract } from '../../extract';

function located(text: string): string[] {
  const r = extract({ id: 't', text });
  const name = (id: string): string => r.entities.find((e) => e.id === id)?.name ?? id;
  for (const x of r.relations) expect(text.slice(x.evidence.start, x.evidence.end)).toBe(x.evidence.text);
  return r.relations.filter((x) => x.predicate === 'LOCATED_IN').map((x) => `${name(x.subject)} > ${name(x.object)}`);
}

describe('document country', () => {
  const doc = 'Harstad is a town in Troms county. It is one of the largest urban areas in Norway. '
    + 'The town is home to the Harstad Museum. Visitors also sail the Barents Sea from there.';

  it('places the places of a document that names one country in that country', () => {
    expect(located(doc)).toEqual(expect.arrayContaining(['Harstad > Norway', 'Troms > Norway', 'Harstad Museum > Norway']));
    expect(located(doc)).not.toContain('Barents Sea > Norway');
  });

  it('does nothing when a document names two countries', () => {
    const two = `${doc} Some go to Spain instead.`;
    expect(located(two)).not.toContain('Harstad > Norway');
    expect(located(two)).not.toContain('Harstad > Spain');
  });

  it('does nothing for a single sentence', () => {
    expect(located('Harstad and Leeds are towns that attract tourists from Norway.')).toEqual([]);
  });
});
