import { isAdminArea } from '../../knowledge/admin-areas';
import { isKnownPlace } from '../../knowledge/lexicon';
import { isCommaList } from './comma-list';
import { emit, gap, typeOf, type SentenceView } from './sentence-view';
import type { LinkedMention } from '../types';

const CHAIN =
  /^,\s+(?:(?:East|West|North|South|Northeast|Northwest|Southeast|Southwest|Central|Northern|Southern|Eastern|Western|northern|southern|eastern|western|central|(?:north|south)-?(?:east|west))\s+(?:[A-Z][\w-]*\s+)?(?:[A-Z][\w-]*'s\s+)?)?$/;
const CAPITAL =
  /^,?\s+(?:is\s+|was\s+)?(?:the\s+)?(?:capital|largest city|capital city|seat)\s+(?:city\s+)?of\s+(?:the\s+)?$/;
const BASED = /^(?:-based|\s*,?\s+(?:is\s+|was\s+)?(?:based|headquartered|located|situated)\s+in\s+(?:the\s+)?)$/;
const IS_IN =
  /^(?:,?(?:\s+\([^)]*\))?,?\s+(?:is|was)|,)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,4}?(?:city|town|village|municipality|commune|county|district|province|region|capital|suburb|neighbo(?:u)?rhood|settlement|borough|parish|prefecture|hamlet|community|area|island|river|lake|mountain|state|territory|nation|country|census-designated place|unincorporated community|locality|port|resort)\s+(?:(?:located|situated)\s+)?(?:in|of|on)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?$/;
const EVENT_IN = /^\s+(?:(?:in|of)\s+\d{4}\s+)?(?:(?:was\s+)?held\s+)?in\s+(?:the\s+)?$/;
const POSSESSIVE = /^'s\s+$/;
/** "Kenya's capital, Nairobi". */
const POSSESSIVE_CAPITAL = /^'s\s+(?:capital|capital city|largest city|second-largest city)\s*,?\s+$/;
const PLACE_LIKE = new Set(['Location', 'Country']);

const CHAIN_END =
  /^(?:\s*[,.;:)\]]|\s+(?:and|or|in|on|at|for|from|to|during|where|which|as|with|by|until|before|after|since|near)\b|\s*$)/;

/** "London, Paris, and Tokyo" is a list, not a chain; "Springfield, Illinois, United States" is a chain. */
function isListItem(view: SentenceView, ms: LinkedMention[], k: number): boolean {
  const o = ms[k];
  const next = ms[k + 1];
  if (!o) return true;
  const after = view.doc.norm.slice(o.end, o.end + 60);
  if (/^\s+(?:and|or)\s/.test(after) || /^,\s+(?:and|or)\s/.test(after) || !CHAIN_END.test(after)) return true;
  if (!next || !/^,\s+$/.test(gap(view, o, next))) return false;
  const nt = typeOf(view, next);
  return nt === 'Location' || nt === 'Person' || nt === 'Organization';
}

/** A place the lexicon or its name marks as a town or region, so "Smith's New Jersey home" (a person misread as a place) is not one. */
function isKnownContainer(view: SentenceView, m: LinkedMention): boolean {
  const name = view.doc.entities.get(m.entity)?.name ?? '';
  return isAdminArea(name) || isKnownPlace(name.toLowerCase());
}

/** LOCATED_IN patterns: "Wuzhen, East China's Zhejiang Province", capitals, "X-based", "is a town in Y". */
export function locationRelations(view: SentenceView): void {
  const ms = view.mentions;
  for (let i = 0; i < ms.length; i++) {
    const a = ms[i];
    if (!a || a.kind === 'pronoun') continue;
    const at = typeOf(view, a);
    for (let k = i + 1; k < Math.min(ms.length, i + 4); k++) {
      const b = ms[k];
      if (!b || b.kind === 'pronoun') continue;
      const g = gap(view, a, b);
      const bt = typeOf(view, b);
      if (!PLACE_LIKE.has(bt ?? '')) continue;
      // "East China's Zhejiang Province": the country is a qualifier, the chain goes on to the province
      if (bt === 'Country' && /^'s\s/.test(view.doc.norm.slice(b.end, b.end + 3)) && ms[k + 1]) continue;
      if (
        at === 'Location' &&
        CHAIN.test(g) &&
        k === i + 1 + (/'s\s+$/.test(g) ? 1 : 0) &&
        !isListItem(view, ms, k) &&
        !isCommaList(view, ms, i, k)
      ) {
        const prevGap = i > 0 && ms[i - 1] ? gap(view, ms[i - 1] as LinkedMention, a) : '';
        if (!/^,\s+(?:and\s+|or\s+)?$/.test(prevGap)) emit(view, a, 'LOCATED_IN', b, 0.8);
      }
      if (CAPITAL.test(g)) emit(view, a, 'LOCATED_IN', b, 0.85);
      if (
        at === 'Organization' &&
        /^\s*,?\s+(?:is\s+|was\s+)?(?:based|headquartered|located)\s+in\s+(?:the\s+)?$/.test(g)
      )
        emit(view, a, 'LOCATED_IN', b, 0.8, { rule: 'location-based' });
      if (IS_IN.test(g) && at === 'Location') emit(view, a, 'LOCATED_IN', b, 0.8);
      if (at === 'Event' && EVENT_IN.test(g)) emit(view, a, 'LOCATED_IN', b, 0.7);
      if (bt === 'Country' && at === 'Location') break;
    }
    const next = ms[i + 1];
    if (!next) continue;
    const g = gap(view, a, next);
    if (PLACE_LIKE.has(at ?? '') && BASED.test(g) && g.startsWith('-'))
      emit(view, next, 'LOCATED_IN', a, 0.8, { rule: 'location-based' });
    // "China's Zhejiang Province", "Paris's Place de la Concorde", "Kenya's capital, Nairobi"
    const possessive = POSSESSIVE.test(g) || POSSESSIVE_CAPITAL.test(g);
    if (
      possessive &&
      a.kind === 'name' &&
      typeOf(view, next) === 'Location' &&
      (at === 'Country' || (at === 'Location' && isKnownContainer(view, a)))
    ) {
      emit(view, next, 'LOCATED_IN', a, 0.75);
    }
  }
}
