import { isCommonWord } from '../../knowledge/lexicon';
import type { Candidate, Doc } from '../types';
import { trimEdgePunctuation } from './ner-source';

/** The start offsets of every sentence after the first, ascending. */
function sentenceStarts(doc: Doc): number[] {
  return doc.sentences.slice(1).map((s) => s.start);
}

/** The last sentence start inside (start, end), or undefined when the span lies in one sentence. */
function lastStartInside(starts: readonly number[], start: number, end: number): number | undefined {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] ?? 0) < end) lo = mid + 1;
    else hi = mid;
  }
  const last = starts[lo - 1];
  return last !== undefined && last > start ? last : undefined;
}

/** The span's piece between `from` and `to` without edge punctuation, when it reads as a name. */
function namePiece(doc: Doc, from: number, to: number): [number, number] | undefined {
  const trimmed = trimEdgePunctuation(doc.norm, from, to);
  if (!trimmed) return undefined;
  const text = doc.norm.slice(trimmed[0], trimmed[1]);
  if (!/^\p{Lu}/u.test(text) || (!/\s/.test(text) && isCommonWord(text.toLowerCase().replace(/\.$/, ''))))
    return undefined;
  return trimmed;
}

/**
 * A name never runs across a sentence end: the tagger reads the whole text and can join "Washington, D.C." to the
 * next sentence's first word ("D.C. Keller"). Such a span keeps its part in the last sentence it reaches; when that
 * part is only an ordinary opening word ("D.C. Since") the part before the end stays instead, unless it is a bare
 * initialism given a type other than place ("D.C. He" as a person).
 */
export function cutAtSentenceEnds(doc: Doc, candidates: Candidate[]): Candidate[] {
  const starts = sentenceStarts(doc);
  const out: Candidate[] = [];
  for (const c of candidates) {
    const cut = lastStartInside(starts, c.start, c.end);
    if (cut === undefined) {
      out.push(c);
      continue;
    }
    let piece = namePiece(doc, cut, c.end);
    if (!piece) {
      const before = namePiece(doc, c.start, cut);
      if (before && (c.type === 'Location' || /\p{Ll}/u.test(doc.norm.slice(before[0], before[1])))) piece = before;
    }
    if (!piece) continue;
    // the name and id a source gave belong to the whole span, not to the part kept
    const kept: Candidate = { ...c, start: piece[0], end: piece[1] };
    delete kept.name;
    delete kept.id;
    out.push(kept);
  }
  return out;
}
