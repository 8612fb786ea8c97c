import { isFirstLevelRegion } from '../../knowledge/admin-areas';
import type { LinkedMention } from '../types';
import type { SentenceView } from './sentence-view';

/**
 * "Karine, on Ukraine, what is …?", "Q Dana, does the President …?": a name a question is put to is addressed, and
 * the question states nothing about it.
 */
export function isAddressed(view: SentenceView, m: LinkedMention): boolean {
  const { doc, sentence } = view;
  const before = doc.norm.slice(sentence.start, m.start);
  if (!/^\s*(?:(?:Q|And|So|Okay|OK|Yes|Well|Hi|Thanks|Thank you)[.,:]?\s+)?$/.test(before)) return false;
  if (!/^\s*,/.test(doc.norm.slice(m.end, m.end + 3))) return false;
  return /\?["”’)\]]*\s*$/.test(doc.norm.slice(sentence.start, sentence.end));
}

/** Degrees, training and honours: what a person earned or completed at a body, which is no post there (a closed class). */
const EDUCATION =
  /\b(?:degrees?|doctorate|bachelor(?:'s)?|master(?:'s)?|diploma|residency|internship|fellowship|graduated|graduate\s+of|alumn(?:us|a|i|ae)|studied|Fellow\s+of)\b|\b(?:Ph\.?\s?D\b|M\.D\.|J\.D\.|LL\.M\.|MBA\b|M\.B\.A\.|B\.[AS]\.|M\.[AS]\.)/i;

/** Degrees and credentials written after a name ("Ph.D.", "M.D.", "Esq."), before what the sentence says of it. */
const POST_NOMINALS = /^\s*(?:(?:Ph\.?\s?D|M\.D|J\.D|M\.B\.A|MBA|Esq|AIA|FAIA)\.?,?\s+)+/;

/**
 * "earned a Ph.D. in Chemistry from", "completed her residency at", "is a Fellow of the": the last clause before a
 * body names what the person studied or was honoured with there, not a post.
 */
export function isEducationClause(between: string): boolean {
  // "Sylvia Johnson, Ph.D. currently works for": a credential written after the name opens no clause of study
  const clause = (between.split(/[;,]/).pop() ?? '').replace(POST_NOMINALS, '');
  return EDUCATION.test(clause);
}

/**
 * "Buffalo, New York" where "New York" was linked to New York City: the name written is a state, the entity a city,
 * so placing the town in that entity says something the sentence does not.
 */
export function namesOtherPlace(view: SentenceView, m: LinkedMention): boolean {
  const surface = view.doc.norm.slice(m.start, m.end).replace(/\s+/g, ' ');
  const name = view.doc.entities.get(m.entity)?.name ?? surface;
  return name !== surface && isFirstLevelRegion(surface) && !isFirstLevelRegion(name);
}
