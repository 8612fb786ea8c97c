import { lookupCountry } from '../../knowledge/countries';
import { emit, gap, typeOf, type SentenceView } from './context';

const UNDER = /^\s+(?:under|within|affiliated (?:with|to)|attached to|of)\s+(?:the\s+)?(?:[A-Z][a-z]+\s+)?$/;
const UNIT_OF = /^,\s+(?:an?\s+|the\s+)?(?:(?:wholly[- ]owned|former|main|research|regional|local)\s+)?(?:subsidiary|unit|division|branch|department|arm|wing|affiliate|member|part|agency|bureau|office|component)\s+of\s+(?:the\s+)?$/;
const NATIONAL = /^,?(?:\s+\([^)]*\))?,?\s+(?:is|was)\s+an?\s+(?:(?:former|retired|professional|famous|renowned|prominent|well-known|naturalized|naturalised)\s+)*$/;
const DEMONYM_ROLE = /^\s+(?:(?:[a-z-]+)\s+){1,2}$/;

/** PART_OF, CITIZEN_OF and an organisation's country: "X under Y", "X is an American actor", "American actor X". */
export function structureRelations(view: SentenceView): void {
  const ms = view.mentions;
  for (let i = 0; i < ms.length; i++) {
    const a = ms[i];
    const b = ms[i + 1];
    if (!a) continue;
    const at = typeOf(view, a);
    if (at === 'Organization') orgCountry(view, a);
    if (!b) continue;
    const bt = typeOf(view, b);
    const g = gap(view, a, b);
    // "under the Chinese foreign ministry": look past the demonym to the organisation
    const c = bt === 'Country' && b.kind === 'demonym' ? ms[i + 2] : b;
    if (at === 'Organization' && c && typeOf(view, c) === 'Organization') {
      const gc = gap(view, a, c);
      if (UNDER.test(gc) || UNIT_OF.test(gc)) emit(view, a, 'PART_OF', c, 0.8);
    }
    if (at === 'Person' && bt === 'Country' && b.kind === 'demonym' && NATIONAL.test(g)) emit(view, a, 'CITIZEN_OF', b, 0.8);
    if (at === 'Organization' && bt === 'Country' && b.kind === 'demonym' && NATIONAL.test(g)) emit(view, a, 'LOCATED_IN', b, 0.7);
    if (at === 'Country' && a.kind === 'demonym' && bt === 'Person' && DEMONYM_ROLE.test(g) && !/\b(?:and|or|of|by|to|with)\b/.test(g)) {
      emit(view, b, 'CITIZEN_OF', a, 0.65);
    }
  }
}

/** "Cyberspace Administration of China", "Chinese Ministry of Commerce": a country-scoped organisation. */
function orgCountry(view: SentenceView, org: { start: number; end: number; entity: string; kind: string }): void {
  if (org.kind !== 'name') return;
  const surface = view.doc.norm.slice(org.start, org.end);
  const prefix = view.mentions.find((m) => m.end === org.start - 1 && typeOf(view, m) === 'Country');
  const id = view.doc.entities.get(org.entity)?.id ?? '';
  const scoped = /^org:([a-z]{2}):/.exec(id);
  const suffix = / of (?:the )?([A-Z][\w. ]+)$/.exec(surface);
  const explicit = (suffix && lookupCountry(suffix[1] ?? '')?.kind === 'name') || prefix;
  if (scoped && explicit) emit(view, org.entity, 'LOCATED_IN', `country:${(scoped[1] ?? '').toUpperCase()}`, 0.7);
}
