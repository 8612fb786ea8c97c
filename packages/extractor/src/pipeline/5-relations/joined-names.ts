import { NAME_TITLE_RE_SOURCE } from '../../knowledge/titles';
import type { LinkedMention } from '../types';
import type { GuardView } from './guard-view';

/** Types whose names run on over an "and" ("Trade and Technology Council", "Science and Innovation Act"). */
const AND_NAMED = new Set(['Organization', 'Policy', 'Event']);
const TITLE_WORD = new RegExp(`^(?:${NAME_TITLE_RE_SOURCE})$`);
/** "Jenner and ", "Trade & ": a capitalised word and "and" right before a name. */
const WORD_AND = /(?:^|[^\p{L}])(\p{Lu}[\p{L}.'’-]*)\s+(?:and|&)\s+$/u;
/** "Ministry of Science", "Department of the Environment": a body named for the field it covers. */
const FIELD_NAME = /\sof\s+(?:the\s+)?\p{Lu}[\p{L}-]*$/u;
/** " and ICT", " & Forestry": a capitalised word joined on by "and". */
const AND_WORD = /^\s+(?:and|&)\s+(\p{Lu})/u;
/** A firm's name closed by its legal form, which a partner's name before "and" belongs to. */
const FIRM = /\b(?:LLP|LLC|L\.L\.P\.|P\.C\.|PLLC|Inc|Ltd|Co|Corp|PLC)\.?$/;

/** Whether a mention (of the given type, if one is given) holds the character at `at`. */
const covered = (view: GuardView, at: number, type?: string): boolean =>
  view.mentions.some((m) => m.start <= at && at < m.end && (!type || view.doc.entities.get(m.entity)?.type === type));

/**
 * "the U.S.-EU Trade and Technology Council" read as "Technology Council", "Jenner and Block LLP" read as "Block LLP",
 * "Korea's Ministry of Science and ICT" read as "Ministry of Science": a name the text carries on across an "and" into a
 * capitalised word no name of its own holds is cut from a longer name, so it is no party to a relation ("the Ministry
 * of Health and UNICEF" names two bodies, each a mention of its own).
 */
export function isCutAcrossAnd(view: GuardView, m: LinkedMention): boolean {
  const type = view.doc.entities.get(m.entity)?.type ?? '';
  if (m.kind !== 'name' || !AND_NAMED.has(type)) return false;
  const surface = view.doc.norm.slice(m.start, m.end).replace(/\s+/g, ' ');
  // the name goes on after it: "Ministry of Science and ICT"
  const after = AND_WORD.exec(view.doc.norm.slice(m.end, Math.min(view.sentence.end, m.end + 20)));
  if (type === 'Organization' && after && FIELD_NAME.test(surface) && !covered(view, m.end + after[0].length - 1))
    return true;
  // the name began before it: "Trade and Technology Council", "Jenner and Block LLP"
  const before = view.doc.norm.slice(Math.max(view.sentence.start, m.start - 40), m.start);
  const joined = WORD_AND.exec(before);
  if (!joined?.[1]) return false;
  const wordAt = m.start - before.length + joined.index + joined[0].search(/\p{Lu}/u);
  // a partner's surname is often tagged as a person or place on its own; only another organisation makes two names
  if (type === 'Organization' && FIRM.test(surface) && !covered(view, wordAt, 'Organization')) return true;
  // "the Vice President and Treasury Secretary Janet Yellen": a title before the "and" ends a name of its own
  if (TITLE_WORD.test(joined[1])) return false;
  const wordEnd = wordAt + joined[1].length;
  return !view.mentions.some((n) => n.start < wordEnd && wordEnd <= n.end);
}
