import { isFirstLevelRegion } from '../../knowledge/admin-areas';
import { lookupCountry } from '../../knowledge/countries';
import { EVENT_CUES, ORG_CUES, PLACE_CUES, POLICY_CUES } from '../../knowledge/cues';
import type { Candidate, Doc } from '../types';

// a plural title heads a list of the people who hold it: "Senators Cornyn, Tillis and Capito", "Representatives Ruiz and Calvert"
const PLURAL_TITLE =
  /\b(?:Senators|Sens\.|Representatives|Reps\.|Congressmen|Congresswomen|Congressmembers|Governors|Govs\.|Mayors|Secretaries|Ambassadors|Justices|Judges|Drs\.|(?:National\s+Security\s+)?Advis[oe]rs|Foreign\s+Ministers)\s+/g;
// one item of the list: one to three capitalised words, with "the late" allowed before it
const ITEM = /^(?:the late\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})/u;
// what joins two items: a comma, "and", or both
const JOIN = /^(?:,\s*(?:and\s+)?|\s+and\s+)/;

/** One item of a list a plural title heads, as offsets, with the title ("Senators"). */
export interface ListedName {
  start: number;
  end: number;
  title: string;
}

/** The items of every list a plural title heads, as offsets. */
export function listedNames(norm: string): ListedName[] {
  const out: ListedName[] = [];
  for (const m of norm.matchAll(PLURAL_TITLE)) {
    // inside a longer name a one-word plural is no title: "National Governors Association", "Judges Panel" (a
    // title of several words carries its own modifiers: "National Security Advisors Sullivan and Shin")
    const oneWord = !/\s\S/.test(m[0].trim());
    if (oneWord && /\p{Lu}[\p{L}.'’-]*\s+$/u.test(norm.slice(Math.max(0, m.index - 30), m.index))) continue;
    let at = m.index + m[0].length;
    for (;;) {
      const item = ITEM.exec(norm.slice(at, at + 80));
      const whole = item?.[1];
      if (!item || !whole) break;
      const start = at + item[0].length - whole.length;
      // a sentence's full stop after the last surname ends the list ("Senators Tester and Moran. Senator Young …")
      const stop = /\p{Ll}{2}\.(?:\s|$)/u.exec(whole);
      const name = stop ? whole.slice(0, stop.index + 2) : whole;
      out.push({ start, end: start + name.length, title: m[0].trim() });
      if (stop) break;
      at += item[0].length;
      const join = JOIN.exec(norm.slice(at, at + 10));
      if (!join) break;
      at += join[0].length;
    }
  }
  return out;
}

/**
 * The surnames a plural title lists are people, whatever the tagger typed them ("Senators Cornyn, Blumenthal" read
 * as places, "Blackburn" though a town shares it); a country, a state ("Senators Kowalczyk, Ohio, Texas") or a
 * name with a body's or a place's head word is left alone.
 */
export function retypeListedPeople(doc: Doc, candidates: Candidate[]): Candidate[] {
  const items = listedNames(doc.norm);
  if (items.length === 0) return candidates;
  const retyped = candidates.map((c): Candidate => {
    if (c.mention !== 'name' || c.id || (c.type !== 'Organization' && c.type !== 'Location')) return c;
    if (!items.some((i) => i.start === c.start && i.end === c.end)) return c;
    const text = doc.norm.slice(c.start, c.end);
    // an ordinary word is a surname here too ("Senators Tester and Fuller"), but not a body's or a place's head word
    if (lookupCountry(text) || isFirstLevelRegion(text) || text.split(/\s+/).some(isCue)) return c;
    return { ...c, type: 'Person' };
  });
  return retyped.concat(unfoundSurnames(doc, items, retyped));
}

const isCue = (w: string): boolean => w in ORG_CUES || PLACE_CUES.has(w) || POLICY_CUES.has(w) || EVENT_CUES.has(w);

/**
 * A listed surname no source found is a person all the same, even an ordinary word ("Representatives Young and
 * Tester"): the plural title says so; a country, a state or a body's head word is not.
 */
function unfoundSurnames(doc: Doc, items: ListedName[], candidates: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const i of items) {
    if ([...candidates, ...out].some((c) => c.start < i.end && i.start < c.end)) continue;
    const text = doc.norm.slice(i.start, i.end);
    if (lookupCountry(text) || isFirstLevelRegion(text) || text.split(/\s+/).some(isCue)) continue;
    out.push({ start: i.start, end: i.end, type: 'Person', mention: 'name', priority: 20, source: 'chunk' });
  }
  return out;
}
