import { isAdminArea, isStateOrProvince } from '../../knowledge/admin-areas';
import { countryPostAfter } from '../../knowledge/country-posts';
import { lexiconTags } from '../../knowledge/lexicon';
import { isSupranational } from '../../knowledge/regions';
import { US_STATES } from '../../knowledge/us-states';
import type { LinkedMention } from '../types';
import { gap, typeOf, type SentenceView } from './sentence-view';

const PLACE = new Set(['Location', 'Country']);
/** "London, United States officials said": a place used as a modifier of the noun after it ends no chain. */
const MODIFIED =
  /^\s+(?:[A-Z][\w.-]*\s+)?(?:officials?|government|authorities|forces|troops|sources|diplomats?|envoys?|negotiators?|companies|firms|markets?|investors|traders|dealers|exports?|imports?|interests|policy|efforts|citizens|nationals|families|entrepreneurs|workers|businesses|farmers|consumers|customers|producers|employees|members|leaders|shipments|deliveries|industry|trade|sector|production|output|sales|supplies|prices|programs?|address|speech|curriculum|moratorium|guidance|funding|passageway)\b/;
/** "in the Middle East, in Africa": the same preposition before each item marks a list of parallel places. */
const PARALLEL = /^,\s+(in|at|from|to|across|throughout)\s+(?:the\s+)?$/;

const isPlace = (view: SentenceView, m: LinkedMention | undefined): m is LinkedMention =>
  !!m && PLACE.has(typeOf(view, m) ?? '');
const nameOf = (view: SentenceView, m: LinkedMention): string => view.doc.entities.get(m.entity)?.name ?? '';

/** How wide a place is: 3 a country, 2 a state or province, 1 another administrative area (a county), 0 a town or unknown. */
function level(view: SentenceView, m: LinkedMention): number {
  if (typeOf(view, m) === 'Country') return 3;
  const name = nameOf(view, m);
  // "S.C.", "Calif.", "Md.": a state's postal abbreviation is a state
  if (isStateOrProvince(name) || /^(?:[A-Z]\.){2}$|^[A-Z][a-z]{1,4}\.$/.test(name)) return 2;
  return isAdminArea(name) ? 1 : 0;
}

const US_STATE_NAMES: ReadonlySet<string> = new Set(US_STATES);

/** What the text writes for a mention, so "Kansas" linked to Kansas City still reads as the state it names. */
const surfaceOf = (view: SentenceView, m: LinkedMention): string =>
  view.doc.norm.slice(m.start, m.end).replace(/\s+/g, ' ');

/**
 * Whether B cannot hold A, whatever joins them: two continents or world regions ("Africa, Asia"), a state or province
 * and anything but a country or a wider region ("Mississippi, BankPlus", "Oklahoma, Native Village of Unalakleet"), a
 * US state and another country ("Hawaii, Guam"), two cities the lexicon knows ("Toronto, Berlin").
 */
export function cannotHold(view: SentenceView, a: LinkedMention, b: LinkedMention): boolean {
  const aName = nameOf(view, a);
  const bName = nameOf(view, b);
  const bt = typeOf(view, b);
  if (typeOf(view, a) !== 'Location' || !isPlace(view, b)) return false;
  if (isSupranational(aName) && isSupranational(bName)) return true;
  const state = [aName, surfaceOf(view, a)].find((n) => isStateOrProvince(n));
  if (state !== undefined && !isSupranational(bName)) {
    if (bt !== 'Country') return true;
    if (US_STATE_NAMES.has(state) && bName !== 'United States') return true;
  }
  const isCity = (n: string): boolean => lexiconTags(n.toLowerCase()).includes('City');
  return bt === 'Location' && isCity(aName) && isCity(bName) && !isStateOrProvince(bName);
}

/**
 * "U.S. LNG exports", "America's Gold Star families", "in United States efforts", "United States Trade Representative":
 * a name used as a modifier of the noun after it.
 */
export function isModifier(view: SentenceView, m: LinkedMention): boolean {
  const after = view.doc.norm.slice(m.end, Math.min(view.sentence.end, m.end + 60));
  return MODIFIED.test(after) || (typeOf(view, m) === 'Country' && countryPostAfter(after) !== undefined);
}

/** Whether the places after `b` make a chain of their own ("Detroit, Michigan"), so "and" before them lists chains. */
function chainFollows(view: SentenceView, c: LinkedMention | undefined, d: LinkedMention | undefined): boolean {
  return isPlace(view, c) && isPlace(view, d) && /^,\s+$/.test(gap(view, c, d));
}

/**
 * "Wales, Ireland, Norway, and Chile": a series of bare commas closed by "and" between two places of one width lists
 * siblings, so no item is inside the next. A chain ends at its widest place ("Guilderland, Albany County, New York and
 * Boston"), and a closing chain of its own ("…, and Detroit, Michigan") is left to the chain reading.
 */
function closesSiblingSeries(view: SentenceView, ms: LinkedMention[], k: number): boolean {
  let j = k;
  while (
    isPlace(view, ms[j + 1]) &&
    /^,\s+(?:the\s+)?$/.test(gap(view, ms[j] as LinkedMention, ms[j + 1] as LinkedMention))
  )
    j++;
  const last = ms[j] as LinkedMention;
  const closing = ms[j + 1];
  if (j === k || !isPlace(view, closing) || !/^,?\s+(?:and|or)\s+(?:the\s+)?$/.test(gap(view, last, closing)))
    return false;
  if (chainFollows(view, closing, ms[j + 2])) return false;
  return level(view, closing) >= level(view, last);
}

/**
 * Whether "A, B" (or "A, in B") lists two places side by side rather than placing A inside B: "Montreal, Brazil and
 * London", "Pennsylvania, Wisconsin, Michigan", "London, United States officials", "in the Middle East, in Africa".
 * "Springfield, Illinois, United States" and "Los Angeles, California and Detroit, Michigan" stay chains.
 */
export function isCommaList(view: SentenceView, ms: LinkedMention[], i: number, k: number): boolean {
  const a = ms[i];
  const b = ms[k];
  if (!a || !b) return true;
  const at = typeOf(view, a);
  const bt = typeOf(view, b);
  // a continent or sea is in no country, and one country is not in another
  if (at === 'Location' && isSupranational(nameOf(view, a)) && !isSupranational(nameOf(view, b))) return true;
  if (at === 'Country' && bt === 'Country') return true;
  if (cannotHold(view, a, b)) return true;
  // a state is not in another state, nor a county in a county: only towns and unknown places may nest at one level
  if (level(view, a) >= level(view, b) && level(view, b) >= 1) return true;
  const g = gap(view, a, b);
  const parallel = PARALLEL.exec(g);
  if (
    parallel &&
    new RegExp(`\\b${parallel[1]}\\s+(?:the\\s+)?$`).test(
      view.doc.norm.slice(Math.max(view.sentence.start, a.start - 12), a.start),
    )
  )
    return true;
  if (isModifier(view, b)) return true;
  const c = ms[k + 1];
  const d = ms[k + 2];
  if (isPlace(view, c)) {
    const gc = gap(view, b, c);
    // "from Tulsa to Dayton, Montgomery County, to Oregon": the "to" before A opens the item after B too ("in A, B, in
    // the United States" repeats containment, so it stays a chain)
    const next = /^,\s+(to|from)\s+(?:the\s+)?$/.exec(gc);
    if (
      next &&
      new RegExp(`\\b${next[1]}\\s+(?:the\\s+)?$`).test(
        view.doc.norm.slice(Math.max(view.sentence.start, a.start - 12), a.start),
      )
    )
      return true;
    if (closesSiblingSeries(view, ms, k)) return true;
    // "Guilderland, Albany County, New York" widens at each step; "Pennsylvania, Wisconsin, Michigan" does not
    // "Hawaii, American Samoa, the Commonwealth of the Northern Mariana Islands": an article opens the next item
    if (/^,\s+(?:the\s+)?$/.test(gc)) return level(view, c) <= level(view, b);
    if (/^,?\s+(?:and|or)\s+(?:the\s+)?$/.test(gc)) return !chainFollows(view, c, d);
  }
  // "the United Kingdom, Mauritius, and the Dubai International Financial Centre": a series whose last item is a body
  const last = ms[k + 1];
  if (last?.kind === 'name' && !isPlace(view, last) && /^,\s+(?:and|or)\s+(?:the\s+)?$/.test(gap(view, b, last)))
    return true;
  // "Pennsylvania, Wisconsin": a place listed after another with a bare comma is an item, unless the chain widens
  const p = ms[i - 1];
  // "New York, Florida, Puerto Rico": once two places of one level are listed, the next is one more item
  if (isPlace(view, p) && /^,\s+$/.test(gap(view, p, a)) && level(view, p) >= level(view, a) && level(view, a) >= 1)
    return true;
  return (
    isPlace(view, p) &&
    /^,\s+(?:and\s+|or\s+)?$/.test(gap(view, p, a)) &&
    level(view, b) <= level(view, a) &&
    !chainFollows(view, p, a)
  );
}

/**
 * "served with the Farm Service Agency in Nevada, California, and Washington", "at the State Department in Colombia,
 * Pakistan and Venezuela": the place at `k` opens a list of places side by side (the last not placing anything of its
 * own, as in "…, and the Bay Mills Community in Michigan"), so a body said to be in them is placed by its offices.
 */
export function opensPlaceList(view: SentenceView, ms: readonly LinkedMention[], k: number): boolean {
  const b = ms[k];
  const c = ms[k + 1];
  if (!b || !isPlace(view, c)) return false;
  if (/^\s+(?:in|at)\s/.test(view.doc.norm.slice(c.end, c.end + 4))) return false;
  const g = gap(view, b, c);
  if (/^,?\s+(?:and|or)\s+(?:the\s+)?$/.test(g)) return true;
  return /^,\s+(?:the\s+)?$/.test(g) && isCommaList(view, [...ms], k, k + 1);
}
