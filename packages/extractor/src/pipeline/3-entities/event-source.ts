import type { Candidate, Doc } from '../types';

// the yearly address, whose words the tagger reads as a body ("Union Address")
const KNOWN_EVENTS = /\b(?:State of the Union(?: [Aa]ddress)?|STATE OF THE UNION(?: ADDRESS)?)\b/g;

/** Candidate source: the State of the Union, one Event however it is written, above the tagger's pieces of it. */
export function eventCandidates(doc: Doc): Candidate[] {
  return [...doc.norm.matchAll(KNOWN_EVENTS)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    type: 'Event',
    mention: 'name',
    priority: 30,
    source: 'event',
    name: 'State of the Union',
  }));
}
