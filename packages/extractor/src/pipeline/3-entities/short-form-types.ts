import { isKnownPlace } from '../../knowledge/lexicon';
import type { Candidate, Doc } from '../types';
import { flat } from '../../text/flat';

const LONG_SOURCES = new Set(['ner', 'chunk']);
const TARGETS = new Set(['Person', 'Organization']);

const isName = (c: Candidate): boolean => c.mention === 'name' && c.source !== 'principle';

/** Where each last word of a multi-word person and first word of a multi-word organisation is first named in full. */
function edgeWords(
  doc: Doc,
  candidates: Candidate[],
): { personLast: Map<string, number>; orgFirst: Map<string, number> } {
  const personLast = new Map<string, number>();
  const orgFirst = new Map<string, number>();
  for (const c of candidates) {
    if (!isName(c) || !LONG_SOURCES.has(c.source) || !TARGETS.has(c.type)) continue;
    const words = doc.norm.slice(c.start, c.end).split(' ');
    if (words.length < 2) continue;
    const [map, word] = c.type === 'Person' ? [personLast, words[words.length - 1]] : [orgFirst, words[0]];
    // "Boatmen's Bancshares" is shortened to "Boatmen"
    const key = (word ?? '').replace(/'s$/, '').toLowerCase();
    if (!map.has(key)) map.set(key, c.start);
  }
  return { personLast, orgFirst };
}

// "in Pitkin", "Pitkin is a town": a reading of the word as a place somewhere in the article
const PLACE_BEFORE = /\b(?:[Ii]n|[Nn]ear|[Aa]t|[Oo]utside|[Aa]cross|[Tt]hroughout|[Aa]round) (?:The )?$/;
// "Coron is in the province of Palawan", "Mérida is the capital of the state of Yucatán": definitions of a place
const PLACE_AFTER =
  /^(?:'s)? (?:is|was) (?:(?:a|an|the) (?:[a-z-]+ ){0,3}(?:town|city|village|county|borough|district|province|region|island|islands|archipelago|river|lake|mountain|state|suburb|port|area|capital|municipality|neighbou?rhood)\b|(?:located |situated )?in the (?:[a-z-]+ ){0,2}(?:province|state|region|county|district|prefecture|department|municipality) of\b)/;

/**
 * Where `word` stands in `text` with no letter or digit on either side, left to right and not overlapping: what a
 * global regular expression with those lookarounds finds, by `indexOf`, which is far faster than a Unicode lookbehind.
 */
function* standingAlone(text: string, word: string): Generator<number> {
  if (!word) return;
  for (let at = text.indexOf(word); at >= 0;) {
    const end = at + word.length;
    const alone =
      !/[\p{L}\p{N}]$/u.test(text.slice(Math.max(0, at - 2), at)) && !/^[\p{L}\p{N}]/u.test(text.slice(end, end + 2));
    if (alone) yield at;
    at = text.indexOf(word, alone ? end : at + 1);
  }
}

/** True when some occurrence of the word in the article reads as a place; `definedOnly`: only "X is a city". */
export function readAsPlace(doc: Doc, word: string, definedOnly = false): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // a definition needs "is" or "was" after the word, which one plain scan rules out for most names
  if (definedOnly && !new RegExp(`${escaped}(?:'s)?\\s(?:is|was)\\s`, 'u').test(doc.norm)) return false;
  for (const at of standingAlone(doc.norm, word)) {
    // "in Jordan's film" is no place reading
    const possessive = doc.norm.startsWith("'s", at + word.length);
    if (!definedOnly && !possessive && PLACE_BEFORE.test(flat(doc.norm.slice(Math.max(0, at - 12), at)))) return true;
    if (PLACE_AFTER.test(flat(doc.norm.slice(at + word.length, at + word.length + 60)))) return true;
  }
  return false;
}

/**
 * A one-word name takes the type of the longer name it shortens in the same article, when only one reading fits:
 * "Buyoya" after "Pierre Buyoya" is a person and "Deportivo" beside "Deportivo Coruna" a club, whatever the tagger
 * guessed for the short form, whose context says less than the full name's, wherever the full name stands (a headline's
 * "Santorum" before "Rick Santorum"). A place stays a place when it is a known place or the article reads it as one
 * somewhere ("in Pitkin", "Pitkin is a town"), since towns are named after people.
 */
export function adoptLongerTypes(doc: Doc, candidates: Candidate[]): Candidate[] {
  const { personLast, orgFirst } = edgeWords(doc, candidates);
  if (personLast.size === 0 && orgFirst.size === 0) return candidates;
  const placeWords = new Map<string, boolean>();
  return candidates.map((c) => {
    const text = doc.norm.slice(c.start, c.end);
    if (!isName(c) || text.length < 3 || !/^\p{Lu}[\p{L}'-]+$/u.test(text)) return c;
    const lower = text.replace(/'s$/, '').toLowerCase();
    const personAt = personLast.get(lower);
    const org = orgFirst.has(lower);
    if ((personAt !== undefined) === org) return c;
    if (org && c.type === 'Person')
      return {
        start: c.start,
        end: c.end,
        type: 'Organization',
        mention: 'name',
        priority: c.priority,
        source: c.source,
      };
    if (personAt === undefined || c.type === 'Person') return c;
    const place = c.type === 'Location' || c.type === 'Country';
    if (place && isKnownPlace(lower)) return c;
    const word = text.replace(/'s$/, '');
    if (place && !placeWords.has(word)) placeWords.set(word, readAsPlace(doc, word));
    if (place && placeWords.get(word)) return c;
    return { start: c.start, end: c.end, type: 'Person', mention: 'name', priority: c.priority, source: c.source };
  });
}
