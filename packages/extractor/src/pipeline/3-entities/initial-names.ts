import { isCommonWord, isFirstName } from '../../knowledge/lexicon';
import type { TaggedSpan } from '../types';

// the confidence of a tagger span that outranks the rules' guesses (ner-source's CONFIDENT)
const SURE = 0.55;
// a person's span that opens on a middle initial: "M. Price" of "Kenji M. Price"
const OPENS_ON_INITIAL = /^\p{Lu}\.\s/u;
// the capitalised word written just before it on the same line ("LaTricea" too), with nothing but spaces between
const WORD_BEFORE = /(?<![\p{L}\p{M}'’-])(\p{Lu}[\p{L}\p{M}'’-]*\p{Ll}[\p{L}\p{M}'’-]*)[ \t]+$/u;

/**
 * The tagger often drops a first name it does not know before a middle initial ("Kenji" tagged an organisation,
 * "M. Price" a person); nobody's name starts on a middle initial, so the person takes the word before it back,
 * unless that word is an ordinary one ("President J. Smith" is left to the title rules).
 */
export function joinInitialNames(norm: string, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const dropped = new Set<TaggedSpan>();
  const out: TaggedSpan[] = [];
  for (const span of spans) {
    if (span.type !== 'PER' || !OPENS_ON_INITIAL.test(norm.slice(span.start, span.end))) {
      out.push(span);
      continue;
    }
    const word = WORD_BEFORE.exec(norm.slice(Math.max(0, span.start - 40), span.start));
    const first = word?.[1];
    if (!word || !first || (isCommonWord(first.toLowerCase()) && !isFirstName(first.toLowerCase()))) {
      out.push(span);
      continue;
    }
    const start = span.start - word[0].length;
    // the first name the tagger gave a type of its own is part of the person now
    for (const other of spans)
      if (other !== span && other.start === start && other.end <= span.start) dropped.add(other);
    // "Monica P. Medina": a known given name, an initial and a surname make a person as surely as a confident tag
    const confidence = isFirstName(first.toLowerCase()) ? Math.max(span.confidence, SURE) : span.confidence;
    out.push({ ...span, start, confidence });
  }
  return out.filter((s) => !dropped.has(s));
}
