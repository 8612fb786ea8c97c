import { ORG_CUES } from '../../knowledge/cues';
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

// capitalised words and the small word that ties them to the rest of a name: "Respect for", "Americans with"
const NAME_OPENING = /^(?:\p{Lu}[\p{L}'’-]*\s+)+(?:for|of|on|with|to|and)\s+(?:the\s+)?$/u;

/**
 * A rule chunk cut at a small word ("Marriage Act" of "Respect for Marriage Act") gives way to the tagger's span that
 * holds it and the name's opening words; the whole span takes the chunk's type, which its head word decided.
 */
function takeWholeTaggedNames(text: string, candidates: Candidate[]): Candidate[] {
  const chunks = candidates.filter((c) => c.source === 'chunk' && JOINED_TYPES.has(c.type));
  if (chunks.length === 0) return candidates;
  return candidates.map((t) => {
    if (t.source !== 'ner' || t.priority < CONFIDENT_PRIORITY) return t;
    const cut = chunks.find(
      (c) => c.end === t.end && c.start > t.start && NAME_OPENING.test(text.slice(t.start, c.start)),
    );
    return cut ? { ...t, type: cut.type, priority: cut.priority + 1 } : t;
  });
}

// what ties a body's head word to the subject it is named for: "Commission on the Status of Women"
const SUBJECT_GAP = /^[ \t\n]+(?:on|for)(?:[ \t\n]+the)?[ \t\n]+$/;

/**
 * Two tagged bodies the text ties with "on" or "for" after a body's head word ("UN Commission" + "Status of Women")
 * are one body named for its subject.
 */
function joinSubjectNames(text: string, candidates: Candidate[]): Candidate[] {
  const tagged = candidates
    .filter((c) => c.source === 'ner' && c.type === 'Organization')
    .sort((a, b) => a.start - b.start);
  const joined: Candidate[] = [];
  const used = new Set<Candidate>();
  for (let i = 0; i + 1 < tagged.length; i++) {
    const a = tagged[i]!;
    const b = tagged[i + 1]!;
    const head = /(\p{Lu}\p{Ll}+)$/u.exec(text.slice(a.start, a.end))?.[1] ?? '';
    if (ORG_CUES[head] !== 'agency' || !SUBJECT_GAP.test(text.slice(a.end, b.start))) continue;
    joined.push({ ...a, end: b.end, priority: Math.max(a.priority, b.priority) + 2 });
    used.add(a).add(b);
    i++;
  }
  return joined.length === 0 ? candidates : candidates.filter((c) => !used.has(c)).concat(joined);
}

/** Keeps the best candidates that do not overlap: higher priority first, then the longer span. */
export function resolveOverlaps(text: string, candidates: Candidate[]): Candidate[] {
  const sorted = joinCutNames(text, joinSubjectNames(text, takeWholeTaggedNames(text, candidates))).sort(
    (a, b) => b.priority - a.priority || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: Candidate[] = [];
  for (const c of sorted) {
    if (kept.some((k) => k.start < c.end && c.start < k.end)) continue;
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
