import type { Candidate, Doc } from '../types';
import { CONFIDENT_PRIORITY } from './ner-source';

const LONG_SOURCES = new Set(['ner', 'chunk']);
const TARGETS = new Set(['Person', 'Organization']);
const ALL_CAPS = /^\p{Lu}+$/u;

const isName = (c: Candidate): boolean => c.mention === 'name' && c.source !== 'principle';

/** Where each last word of a multi-word person and first word of a multi-word organisation is first named in full. */
function edgeWords(doc: Doc, candidates: Candidate[]): { personLast: Map<string, number>; orgFirst: Map<string, number> } {
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

/**
 * A one-word name takes the type of the longer name it shortens in the same article, when only one reading fits:
 * "Buyoya" after "Pierre Buyoya" is a person and "Deportivo" beside "Deportivo Coruna" a club, whatever the tagger
 * guessed for the short form, whose context says less than the full name's. A place becomes a person only after the
 * full name (headlines in capitals count as after it), and never against a confident place reading, since towns are
 * named after people ("Pitkin ... named after Frederick Walker Pitkin").
 */
export function adoptLongerTypes(doc: Doc, candidates: Candidate[]): Candidate[] {
  const { personLast, orgFirst } = edgeWords(doc, candidates);
  if (personLast.size === 0 && orgFirst.size === 0) return candidates;
  return candidates.map((c) => {
    const text = doc.norm.slice(c.start, c.end);
    if (!isName(c) || text.length < 3 || !/^\p{Lu}[\p{L}'-]+$/u.test(text)) return c;
    const lower = text.replace(/'s$/, '').toLowerCase();
    const personAt = personLast.get(lower);
    const org = orgFirst.has(lower);
    if ((personAt !== undefined) === org) return c;
    if (org && c.type === 'Person') return { start: c.start, end: c.end, type: 'Organization', mention: 'name', priority: c.priority, source: c.source };
    if (personAt === undefined || c.type === 'Person') return c;
    const place = c.type === 'Location' || c.type === 'Country';
    if (place && (c.priority >= CONFIDENT_PRIORITY || (personAt > c.start && !ALL_CAPS.test(text)))) return c;
    return { start: c.start, end: c.end, type: 'Person', mention: 'name', priority: c.priority, source: c.source };
  });
}
