import { isOrgNoun, isPersonNoun } from '../../knowledge/nouns';
import { emit, gap, typeOf, type SentenceView } from './sentence-view';

const UNDER = /^\s+(?:under|within|affiliated (?:with|to)|attached to)\s+(?:the\s+)?(?:[A-Z][a-z]+\s+)?$/;
const UNIT_OF =
  /^,\s+(?:an?\s+|the\s+)?(?:(?:wholly[- ]owned|former|main|research|regional|local)\s+)?(?:subsidiary|unit|division|branch|department|arm|wing|affiliate|member|part|agency|bureau|office|component)\s+of\s+(?:the\s+)?$/;
const NATIONAL =
  /^,?(?:\s+\([^)]*\))?,?\s+(?:is|was)\s+an?\s+(?:(?:former|retired|professional|famous|renowned|prominent|well-known|naturalized|naturalised)\s+)*$/;
const DEMONYM_ROLE = /^\s+(?:(?:[a-z-]+)\s+){1,2}$/;

/** PART_OF, CITIZEN_OF and an organisation's country: "X under Y", "X is an American actor", "American actor X". */
export function structureRelations(view: SentenceView): void {
  const ms = view.mentions;
  for (let i = 0; i < ms.length; i++) {
    const a = ms[i];
    const b = ms[i + 1];
    if (!a) continue;
    const at = typeOf(view, a);
    if (!b) continue;
    const bt = typeOf(view, b);
    const g = gap(view, a, b);
    // "under the Chinese foreign ministry": look past the demonym to the organisation
    const c = bt === 'Country' && b.kind === 'demonym' ? ms[i + 2] : b;
    if (at === 'Organization' && c && typeOf(view, c) === 'Organization') {
      const gc = gap(view, a, c);
      if (UNDER.test(gc) || UNIT_OF.test(gc)) emit(view, a, 'PART_OF', c, 0.8);
    }
    if (bt === 'Country' && b.kind === 'demonym' && NATIONAL.test(g)) {
      const noun = headNoun(view.doc.norm.slice(b.end, b.end + 60));
      if (at === 'Person' && noun && isPersonNoun(noun)) emit(view, a, 'CITIZEN_OF', b, 0.8);
      if (at === 'Organization' && noun && isOrgNoun(noun)) emit(view, a, 'LOCATED_IN', b, 0.7);
    }
    if (
      at === 'Country' &&
      a.kind === 'demonym' &&
      bt === 'Person' &&
      DEMONYM_ROLE.test(g) &&
      !/\b(?:and|or|of|by|to|with|as|in)\b/.test(g)
    ) {
      const noun = g.trim().split(/\s+/).pop() ?? '';
      if (isPersonNoun(noun)) emit(view, b, 'CITIZEN_OF', a, 0.65);
    }
  }
}

/** The noun a demonym qualifies: the last of up to three lower-case words ("professional footballer"). */
function headNoun(after: string): string | undefined {
  const m =
    /^\s+((?:[a-z][a-z-]*\s+){0,3}?[a-z][a-z-]*)(?=\s*(?:[,.;(]|who|from|and|based|born|best|known|in|of|with|$))/.exec(
      after,
    );
  return m?.[1]?.split(/\s+/).pop();
}
