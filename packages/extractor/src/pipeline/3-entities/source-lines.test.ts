import { extractText, fakeTagger } from './fake-tagger';

/** Names with their types, and the relations as "subject name PREDICATE object name". */
function read(text: string, tagged: Parameters<typeof fakeTagger>[1]): { names: string[]; relations: string[] } {
  const record = extractText(text, fakeTagger(text, tagged));
  const name = new Map(record.entities.map((e) => [e.id, e.name]));
  return {
    names: record.entities.map((e) => `${e.name}/${e.type}`),
    relations: record.relations.map((r) => `${name.get(r.subject)} ${r.predicate} ${name.get(r.object)}`),
  };
}

describe('source lines of a monitoring service', () => {
  it('reads the town and the whole outlet the tagger cut, and places the outlet in the town', () => {
    const text = 'XY1203040506 Lisbon Radio Alvorada Network in Portuguese 1900 GMT 3 Mar 95';
    const { names, relations } = read(text, [
      ['Lisbon Radio', 'ORG', 0.7],
      ['Alvorada', 'PER', 0.6],
    ]);
    expect(names).toEqual(expect.arrayContaining(['Lisbon/Location', 'Radio Alvorada Network/Organization']));
    expect(relations).toContain('Radio Alvorada Network LOCATED_IN Lisbon');
  });

  it('places a paper in capitals alone on its line after its town, even a news agency', () => {
    const { relations } = read('Vienna APA', [['Vienna', 'LOC', 0.9]]);
    expect(relations).toEqual(['APA LOCATED_IN Vienna']);
    const paper = read('Oslo MORGENPOSTEN 12 Mar 95 p 4', [['Oslo', 'LOC', 0.9]]);
    expect(paper.relations).toEqual(['MORGENPOSTEN LOCATED_IN Oslo']);
  });

  it('takes a title-case name alone on its line for a paper, not a town and its outlet', () => {
    const text = 'Denver Herald\n\nThe mayor of Denver spoke on Monday.';
    const { relations, names } = read(text, [
      ['Denver Herald', 'ORG', 0.9],
      ['Denver', 'LOC', 0.9, 1],
    ]);
    expect(names).toContain('Denver Herald/Organization');
    expect(relations).toEqual([]);
  });

  it('leaves a dateline to the story: the agency after it is placed nowhere', () => {
    const text = 'LISBON (AP) -- The mayor spoke on Monday.';
    expect(read(text, [['LISBON', 'LOC', 0.9]]).relations).toEqual([]);
  });
});
