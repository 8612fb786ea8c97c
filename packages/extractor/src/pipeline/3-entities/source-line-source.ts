import { lookupCountry } from '../../knowledge/countries';
import { isKnownPlace } from '../../knowledge/lexicon';
import type { Candidate, Doc } from '../types';

/**
 * A monitoring service's source line names a paper or broadcaster after the town it is based in, then its language and
 * date: "LD2504174394 Moscow ITAR-TASS in English 1654 GMT 25 Apr 94", "Bangkok THE NATION". The tagger cuts such
 * names ("Sarajevo Radio", "SHIMBUN") or misses them, so the line's shape gives both.
 */
const SERIAL = /(?:^|\s)(?:[A-Z]{2}\d{10}|\d{2}[A-Z]{2}\d{4}[A-Z]\d?[A-Z]?|\d{9}[A-Z])\s+/g;
/** What follows the name: its language and a number (time, date, issue), a date and page, or the end of the line. */
const TAIL =
  /^(?:\s+\([A-Z][^)\n]{0,40}\))?(?:\s+in\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+(?:\d|No\b)|\s+\d{1,2}\s+[A-Z][a-z]{2}\s+\d{2}\s+pp?\b|[ \t]*(?:\n|$))/;
/** A word of an outlet's name: capitalised or a number-bearing call sign ("UT-1"), or a joining word inside it. */
const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{N}.&'-]*|de|da|do|del|di|la|el)$/u;
/** Words that make a title-case name a broadcaster's or agency's rather than a paper's headline words. */
const OUTLET_WORD = /\b(?:Radio|Network|Television|TV|Service|International|News|Agency)\b/;
const MAX_NAME_WORDS = 6;

/** The town that opens the line: the longest of its first one to three words a gazetteer knows, in title case. */
function townAt(words: readonly string[], serial: boolean): number {
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const town = words.slice(0, n).join(' ');
    if (!/^\p{Lu}\p{Ll}/u.test(town) || town === town.toUpperCase()) continue;
    // a gazetteer's town, not an area read from its last word ("Tunis Tunisian Republic" is a town and a broadcaster)
    if (!isKnownPlace(town.toLowerCase()) && !(serial && n === 1)) continue;
    // "Panama City ACAN", "Mexico City LA JORNADA": a country's name before "City" is the town's first word
    return words[n] === 'City' ? n + 1 : n;
  }
  return 0;
}

/** Candidate source: the town and the outlet of a source line, which outrank the tagger's guesses over them. */
export function sourceLineCandidates(doc: Doc): Candidate[] {
  const out: Candidate[] = [];
  const starts = new Map<number, boolean>();
  for (let at = 0; at <= doc.norm.length;) {
    starts.set(at, false);
    const nl = doc.norm.indexOf('\n', at);
    if (nl < 0) break;
    at = nl + 1;
  }
  for (const m of doc.norm.matchAll(SERIAL)) starts.set(m.index + m[0].length, true);
  for (const [start, serial] of starts) {
    const lineEnd = doc.norm.indexOf('\n', start);
    const line = doc.norm.slice(start, lineEnd < 0 ? undefined : lineEnd);
    const words = [...line.matchAll(/\S+/g)].slice(0, MAX_NAME_WORDS + 3);
    const texts = words.map((w) => w[0]);
    const n = townAt(texts, serial);
    if (n === 0) continue;
    for (let k = n + 1; k <= Math.min(words.length, n + MAX_NAME_WORDS); k++) {
      const name = texts.slice(n, k);
      if (!name.every((w) => NAME_WORD.test(w)) || !/^\p{Lu}/u.test(name[0] ?? '')) break;
      const last = words[k - 1];
      const end = start + (last?.index ?? 0) + (last?.[0].length ?? 0);
      if (!TAIL.test(doc.norm.slice(end))) continue;
      const joined = name.join(' ');
      // "Washington Post" alone on a line is a paper's name, not a town and its paper
      if (!serial && joined !== joined.toUpperCase() && !OUTLET_WORD.test(joined)) break;
      const townEnd = start + (words[n - 1]?.index ?? 0) + (texts[n - 1]?.length ?? 0);
      const nameStart = start + (words[n]?.index ?? 0);
      // a country's name is the country source's to type
      if (!lookupCountry(texts.slice(0, n).join(' ')))
        out.push({ start, end: townEnd, type: 'Location', mention: 'name', priority: 40, source: 'source-line' });
      out.push({
        start: nameStart,
        end,
        type: 'Organization',
        mention: 'name',
        priority: 40,
        source: 'source-line',
        kind: 'media',
      });
      break;
    }
  }
  return out;
}
