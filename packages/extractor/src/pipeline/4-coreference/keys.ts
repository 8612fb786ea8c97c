import { countryByCode, lookupCountry } from '../../knowledge/countries';
import { ORG_CUES } from '../../knowledge/cues';
import { usFederalBody } from '../../knowledge/us-federal';
import { collapseSpaces } from '../../text/name-text';
import { slugify } from '../../text/slug';
import { personId } from './person-key';
import type { Candidate, Doc } from '../types';

/** What coreference needs to know of a candidate: its base name and the country scoping it. */
export interface Keyed {
  cand: Candidate;
  text: string;
  base: string;
  /** The full name to show when the base leaves the country out ("Bank of Japan", keyed as "Bank" in Japan). */
  display?: string;
  /** Where the entity's own mention starts, after any split-off country prefix. */
  mentionStart: number;
  scope?: string;
  /** A demonym/country prefix split off the front of an organisation name ("Chinese" in "Chinese Ministry of …"). */
  prefix?: { start: number; end: number; code: string; kind: 'name' | 'demonym' };
}

// Agency names too generic to identify anything without their country.
const GENERIC_HEAD =
  /^(?:(?:Foreign|Defen[cs]e|Interior|Finance|Commerce|Trade|Justice|Health|Education) )?(?:Ministry|Department|Embassy|Parliament|Government|Cabinet|Army|Navy|Air Force|Police|Supreme Court|Central Bank|Foreign Office|State Council|Senate|Congress|National Assembly|Treasury)\b/;

// a ticket's administration is its president's: "Biden-Harris Administration" is the Biden Administration
const TICKET_ADMINISTRATION = /^(\p{Lu}[\p{L}'’]+)\s?[-‐‑–]\s?\p{Lu}[\p{L}'’]+(\s+Administration)$/iu;

// the country written before a body's name ("U.S. Treasury", "the United States Department of Agriculture")
const US_PREFIX = /^(?:(?:U\.S\.|US|United States|American)(?:'s)? )(.+)$/;
const SMALL_WORDS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'to', 'at']);

// a letterhead writes a name in capitals ("UNITED STATES DEPARTMENT OF AGRICULTURE"): keyed as it is written in prose
function foldCapitals(name: string): string {
  if (/\p{Ll}/u.test(name) || !name.includes(' ')) return name;
  return name
    .split(' ')
    .map((w, i) =>
      i > 0 && SMALL_WORDS.has(w.toLowerCase()) ? w.toLowerCase() : w.charAt(0) + w.slice(1).toLowerCase(),
    )
    .join(' ');
}

// the country or demonym written just before a name, outside its span ("Israel's Supreme Court", "Israeli Congress")
const BEFORE = /(\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?)(?:['\u2019]s)? $/u;

/** True when another country than the United States is written just before the name. */
function foreignBefore(norm: string, start: number): boolean {
  const words = BEFORE.exec(norm.slice(Math.max(0, start - 40), start))?.[1];
  if (words === undefined) return false;
  const found = lookupCountry(words) ?? lookupCountry(words.split(' ').pop() ?? '');
  return found !== undefined && found.country.code !== 'US';
}

/**
 * The US federal body an organisation name is, when the text says it is American: a "U.S." before it, a text the
 * US government published, or one mostly about the United States; one name for the ways it is written.
 */
function americanBody(doc: Doc, base: string, start: number): string | undefined {
  const prefixed = US_PREFIX.exec(base)?.[1];
  const body = usFederalBody(prefixed ?? base);
  if (body === undefined || (prefixed === undefined && foreignBefore(doc.norm, start))) return undefined;
  const american =
    prefixed !== undefined ||
    doc.homeCountry === 'US' ||
    (doc.homeCountry === undefined && doc.dominantCountry === 'US');
  return american ? body : undefined;
}

const PREFIX = /^([A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)(?:'s)? (?=[A-Z])/;

/** Computes base name and country scope of a candidate ("Cyberspace Administration of China" → base + CN). */
export function keyOf(doc: Doc, cand: Candidate): Keyed {
  const text = collapseSpaces(doc.norm.slice(cand.start, cand.end));
  const keyed: Keyed = {
    cand,
    text,
    mentionStart: cand.start,
    base: (cand.name ?? text).replace(/^the /i, '').replace(/'s$/, ''),
  };
  if (cand.scope) keyed.scope = cand.scope;
  if (cand.type !== 'Organization') return keyed;
  keyed.base = foldCapitals(keyed.base).replace(TICKET_ADMINISTRATION, '$1$2');
  const body = americanBody(doc, keyed.base, cand.start);
  if (body !== undefined && (keyed.scope === undefined || keyed.scope === 'US')) {
    keyed.base = body;
    keyed.scope = 'US';
    return keyed;
  }
  const ofCountry = /^(.+?) of (?:the )?(.+)$/.exec(keyed.base);
  const suffix = ofCountry ? lookupCountry(ofCountry[2] ?? '') : undefined;
  if (ofCountry && suffix?.kind === 'name' && (ofCountry[1] ?? '').split(' ').some((w) => w in ORG_CUES)) {
    keyed.display = keyed.base;
    keyed.base = ofCountry[1] ?? keyed.base;
    keyed.scope = suffix.country.code;
  }
  const pre = PREFIX.exec(keyed.base);
  const preCountry = pre ? lookupCountry(pre[1] ?? '') : undefined;
  if (pre && preCountry && !cand.name && GENERIC_HEAD.test(keyed.base.slice(pre[0].length))) {
    keyed.prefix = {
      start: cand.start,
      end: cand.start + (pre[1] ?? '').length,
      code: preCountry.country.code,
      kind: preCountry.kind,
    };
    keyed.base = keyed.base.slice(pre[0].length);
    keyed.mentionStart = cand.start + pre[0].length;
    keyed.scope = preCountry.country.code;
  }
  if (!keyed.scope && doc.dominantCountry && GENERIC_HEAD.test(keyed.base)) keyed.scope = doc.dominantCountry;
  return keyed;
}

const PREFIXES: Record<string, string> = {
  Person: 'person',
  Organization: 'org',
  Location: 'loc',
  Policy: 'policy',
  Event: 'event',
};

/** The canonical id: ISO codes for countries, name tokens for people, type-prefixed slugs otherwise, country-scoped for generic agencies. */
export function canonicalId(k: Keyed): string {
  if (k.cand.id) return k.cand.id;
  if (k.cand.type === 'Person') return personId(k.base) ?? `person:${slugify(k.base)}`;
  const scope = k.scope ? `${k.scope.toLowerCase()}:` : '';
  return `${PREFIXES[k.cand.type] ?? 'entity'}:${k.cand.type === 'Organization' ? scope : ''}${slugify(k.base)}`;
}

/** The display name of a country code, for the prefix mentions split off organisation names. */
export function countryName(code: string): string {
  return countryByCode(code)?.name ?? code;
}
