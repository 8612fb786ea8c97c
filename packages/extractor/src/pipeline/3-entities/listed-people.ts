import { isCommonWord } from '../../knowledge/lexicon';
import { isFirstLevelRegion } from '../../knowledge/admin-areas';
import { lookupCountry } from '../../knowledge/countries';
import type { Candidate, Doc } from '../types';

// a plural title heads a list of the people who hold it: "Senators Cornyn, Tillis and Capito", "Representatives Ruiz and Calvert"
const PLURAL_TITLE =
  /\b(?:Senators|Sens\.|Representatives|Reps\.|Congressmen|Congresswomen|Congressmembers|Governors|Govs\.|Mayors|Secretaries|Ambassadors|Justices|Judges|Drs\.)\s+/g;
// one item of the list: one to three capitalised words, with "the late" allowed before it
const ITEM = /^(?:the late\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})/u;
// what joins two items: a comma, "and", or both
const JOIN = /^(?:,\s*(?:and\s+)?|\s+and\s+)/;

/** The items of every list a plural title heads, as offsets. */
function listedNames(norm: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of norm.matchAll(PLURAL_TITLE)) {
    let at = m.index + m[0].length;
    for (;;) {
      const item = ITEM.exec(norm.slice(at, at + 80));
      const name = item?.[1];
      if (!item || !name) break;
      const start = at + item[0].length - name.length;
      out.push({ start, end: start + name.length });
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
 * as places, "Blackburn" though a town shares it); a country, a state ("Senators Kowalczyk, Ohio, Texas") or an
 * ordinary word is left alone.
 */
export function retypeListedPeople(doc: Doc, candidates: Candidate[]): Candidate[] {
  const items = listedNames(doc.norm);
  if (items.length === 0) return candidates;
  return candidates.map((c) => {
    if (c.mention !== 'name' || c.id || (c.type !== 'Organization' && c.type !== 'Location')) return c;
    if (!items.some((i) => i.start === c.start && i.end === c.end)) return c;
    const text = doc.norm.slice(c.start, c.end);
    if (lookupCountry(text) || isFirstLevelRegion(text) || isCommonWord(text.toLowerCase())) return c;
    return { ...c, type: 'Person' };
  });
}
