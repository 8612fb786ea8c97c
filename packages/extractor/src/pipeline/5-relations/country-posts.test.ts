import { appositeCountryPost, countryPostAfter } from '../../knowledge/country-posts';
import { extract } from '../../extract';

const facts = (text: string): { people: string[]; places: string[]; relations: string[] } => {
  const r = extract({ id: 'posts', text });
  const name = new Map(r.entities.map((e) => [e.id, e.name]));
  return {
    people: r.entities.filter((e) => e.type === 'Person').map((e) => e.name),
    places: r.entities.filter((e) => e.type === 'Location').map((e) => e.name),
    relations: r.relations.map((x) => `${name.get(x.subject)} ${x.predicate} ${name.get(x.object)}`),
  };
};

describe('a person named with ", <country> <post>"', () => {
  it('reads the capitalised post after a country, and not a title that goes on into a name', () => {
    expect(countryPostAfter(' Trade Representative, spoke next.')).toBe('Trade Representative');
    expect(countryPostAfter(' Special Envoy for Climate.')).toBe('Special Envoy');
    expect(countryPostAfter(' Ambassador Nicholas Park spoke.')).toBeUndefined();
    expect(countryPostAfter(' officials said.')).toBeUndefined();
    expect(appositeCountryPost(', United States Trade Representative.')).toBe(true);
    expect(appositeCountryPost(',\nUnited States Trade Representative.')).toBe(true);
    expect(appositeCountryPost(', United States, and Canada.')).toBe(false);
  });

  it('holds the post, across a line break, instead of being a place in that country', () => {
    // a hard-wrapped delegation line of the kind joint statements carry, names made up
    const text =
      'The delegations met in Geneva for two days of talks on tariffs and export\n' +
      'controls. The Canadian side was led by Marie Tremblay, Minister of Trade,\n' +
      'and the American side by Daniel Okafor, Secretary of Treasury, and Ruth Adeyemi,\n' +
      'United States Trade Representative.\n';
    const f = facts(text);
    expect(f.people).toEqual(expect.arrayContaining(['Daniel Okafor', 'Ruth Adeyemi']));
    expect(f.places).not.toContain('Ruth Adeyemi');
    expect(f.places).not.toContain('Treasury');
    expect(f.relations).toContain('Ruth Adeyemi HOLDS_POSITION United States');
    expect(f.relations.filter((x) => /LOCATED_IN United States/.test(x))).toEqual([]);
  });

  it('still chains a town to its country after a comma', () => {
    const f = facts('The plant will be built near Springfield, Illinois, United States, by next spring.');
    expect(f.relations).toContain('Springfield LOCATED_IN Illinois');
  });
});
