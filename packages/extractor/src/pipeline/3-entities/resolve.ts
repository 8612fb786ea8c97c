import type { Candidate } from '../types';
import { CONFIDENT_PRIORITY } from './ner-source';

const JOINED_TYPES = new Set(['Organization', 'Policy', 'Event']);
// what may sit between two pieces of one name: "for the", "of"; "and" may list two bodies ("Treasury and Internal Revenue Service")
// ("for the District of " before a tagger's lone "Columbia" too)
const INNER_GAP = /^\s+(?:of|for|on)(?:\s+the)?\s+(?:\p{Lu}[\p{L}.]*\s+(?:of\s+)?)*$/u;

/**
 * Lifts a rule chunk with a name's head ("Public Defender Service for the District of Columbia") above the tagger
 * when the tagger cut it into two or more pieces, so no piece is kept as a name of its own.
 */
function joinCutNames(text: string, candidates: Candidate[]): Candidate[] {
  const tagged = candidates.filter((c) => c.source === 'ner');
  return candidates.map((c) => {
    if (c.source !== 'chunk' || !JOINED_TYPES.has(c.type) || c.priority < 25 || c.priority > CONFIDENT_PRIORITY)
      return c;
    // "Daniels Pharmaceuticals Inc of St. Petersburg": a firm's name ends before the town it is from
    if (c.kind === 'company' || c.kind === 'media') return c;
    const inside = tagged.filter((t) => c.start <= t.start && t.end <= c.end).sort((a, b) => a.start - b.start);
    const gaps = inside.slice(1).map((t, i) => text.slice(inside[i]?.end ?? t.start, t.start));
    if (!gaps.every((g) => INNER_GAP.test(g))) return c;
    const across = tagged.some((t) => t.start < c.end && c.start < t.end && !(c.start <= t.start && t.end <= c.end));
    return inside.length >= 2 && !across ? { ...c, priority: CONFIDENT_PRIORITY + 1 } : c;
  });
}

/** Keeps the best candidates that do not overlap: higher priority first, then the longer span. */
export function resolveOverlaps(text: string, candidates: Candidate[]): Candidate[] {
  const sorted = joinCutNames(text, candidates).sort(
    (a, b) => b.priority - a.priority || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: Candidate[] = [];
  for (const c of sorted) {
    if (kept.some((k) => k.start < c.end && c.start < k.end)) continue;
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
