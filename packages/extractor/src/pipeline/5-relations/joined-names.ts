import type { LinkedMention } from '../types';
import type { GuardView } from './guard-view';

/** "Ministry of Science", "Department of the Environment": a body named for the field it covers. */
const FIELD_NAME = /\sof\s+(?:the\s+)?\p{Lu}[\p{L}-]*$/u;
/** " and ICT", " & Forestry": a capitalised word joined on by "and". */
const AND_WORD = /^\s+(?:and|&)\s+(\p{Lu})/u;
/** "Jenner and ", "Arnold & ": a capitalised word and "and" right before a name. */
const WORD_AND = /(?:^|[^\p{L}])\p{Lu}[\p{L}.'’-]*\s+(?:and|&)\s+$/u;
/** A firm's name closed by its legal form, which a partner's name before "and" belongs to. */
const FIRM = /\b(?:LLP|LLC|L\.L\.P\.|P\.C\.|PLLC|Inc|Ltd|Co|Corp|PLC)\.?$/;

/** Whether a mention (of the given type, if one is given) holds the character at `at`. */
const covered = (view: GuardView, at: number, type?: string): boolean =>
  view.mentions.some((m) => m.start <= at && at < m.end && (!type || view.doc.entities.get(m.entity)?.type === type));

/**
 * "Korea's Ministry of Science and ICT" read as "Ministry of Science", "Jenner and Block LLP" read as "Block LLP": an
 * organisation's name that goes on across "and" into a word no other name holds is cut, so it is no party to a
 * relation ("the Ministry of Health and UNICEF" names two bodies, each a mention of its own).
 */
export function goesOnOverAnd(view: GuardView, m: LinkedMention): boolean {
  if (m.kind !== 'name' || view.doc.entities.get(m.entity)?.type !== 'Organization') return false;
  const surface = view.doc.norm.slice(m.start, m.end).replace(/\s+/g, ' ');
  const after = AND_WORD.exec(view.doc.norm.slice(m.end, Math.min(view.sentence.end, m.end + 20)));
  if (after && FIELD_NAME.test(surface) && !covered(view, m.end + after[0].length - 1)) return true;
  if (!FIRM.test(surface)) return false;
  const before = view.doc.norm.slice(Math.max(view.sentence.start, m.start - 40), m.start);
  const joined = WORD_AND.exec(before);
  if (!joined) return false;
  const wordAt = m.start - before.length + joined.index + joined[0].search(/\p{Lu}/u);
  // a partner's surname is often tagged as a person or place on its own; only another organisation makes two names
  return !covered(view, wordAt, 'Organization');
}
