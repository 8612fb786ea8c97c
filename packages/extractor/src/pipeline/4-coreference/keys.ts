import { countryByCode, lookupCountry } from '../../knowledge/countries';
import { ORG_CUES } from '../../knowledge/cues';
import { slugify } from '../../text/slug';
import { personId } from './person-key';
import type { Candidate, Doc } from '../types';

/** What coreference needs to know of a candidate: its base name and the country scoping it. */
export interface Keyed {
  cand: Candidate;
  text: string;
  base: string;
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

// "the State Department" is the Department of State: one id for the two ways American news names a department
const DEPARTMENT_FIRST =
  /^(?:(U\.S\.|US|United States) )?(State|Justice|Defense|Energy|Commerce|Labor|Education|Agriculture|Interior|Transportation|Homeland Security|Veterans Affairs) Department$/;

const PREFIX = /^([A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)(?:'s)? (?=[A-Z])/;

/** Computes base name and country scope of a candidate ("Cyberspace Administration of China" → base + CN). */
export function keyOf(doc: Doc, cand: Candidate): Keyed {
  const text = doc.norm.slice(cand.start, cand.end);
  const keyed: Keyed = {
    cand,
    text,
    mentionStart: cand.start,
    base: (cand.name ?? text).replace(/^the /i, '').replace(/'s$/, ''),
  };
  if (cand.scope) keyed.scope = cand.scope;
  if (cand.type !== 'Organization') return keyed;
  keyed.base = keyed.base.replace(TICKET_ADMINISTRATION, '$1$2');
  const department = DEPARTMENT_FIRST.exec(keyed.base);
  if (department && (department[1] !== undefined || doc.dominantCountry === 'US')) {
    keyed.base = `Department of ${department[2] ?? ''}`;
    keyed.scope = 'US';
    return keyed;
  }
  const ofCountry = /^(.+?) of (?:the )?(.+)$/.exec(keyed.base);
  const suffix = ofCountry ? lookupCountry(ofCountry[2] ?? '') : undefined;
  if (ofCountry && suffix?.kind === 'name' && (ofCountry[1] ?? '').split(' ').some((w) => w in ORG_CUES)) {
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
