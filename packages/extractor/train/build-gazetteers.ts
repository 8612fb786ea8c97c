import nlp from 'compromise';
import countries from 'world-countries';
import type { GazetteerLists } from '../src/ner/gazetteer';

interface CompromiseModel {
  one: { lexicon: Record<string, string | string[]> };
  two: { orgWords: string[] | Record<string, unknown>; placeWords: string[] | Record<string, unknown> };
}

const LEXICON_TAGS: Record<string, string> = {
  FirstName: 'first',
  MaleName: 'first',
  FemaleName: 'first',
  LastName: 'last',
  City: 'city',
  Region: 'region',
  Country: 'country',
  Demonym: 'demonym',
  Person: 'person',
  SportsTeam: 'team',
  Organization: 'orgabbr',
};

/** Collects name lists from world-countries and compromise's lexicon at training time, so the runtime needs neither package. */
export function buildGazetteers(): GazetteerLists {
  const lists: Record<string, Set<string>> = {};
  const add = (cat: string, name: string | undefined): void => {
    if (!name || name.length < 2) return;
    (lists[cat] ??= new Set()).add(name);
  };
  for (const c of countries) {
    add('country', c.name.common);
    add('country', c.name.official);
    for (const alt of c.altSpellings) if (alt.length > 3) add('country', alt);
    for (const cap of c.capital) add('capital', cap);
    for (const d of Object.values(c.demonyms).slice(0, 1)) {
      add('demonym', d.m);
      add('demonym', d.f);
    }
  }
  const model = (nlp as unknown as { model(): CompromiseModel }).model();
  for (const [word, tags] of Object.entries(model.one.lexicon)) {
    for (const tag of Array.isArray(tags) ? tags : [tags]) {
      const cat = LEXICON_TAGS[tag];
      if (cat) add(cat, word);
    }
  }
  const words = (v: string[] | Record<string, unknown>): string[] => (Array.isArray(v) ? v : Object.keys(v));
  for (const w of words(model.two.orgWords)) add('orgword', w);
  for (const w of words(model.two.placeWords)) add('placeword', w);
  return Object.fromEntries(Object.entries(lists).map(([k, v]) => [k, [...v].sort()]));
}
