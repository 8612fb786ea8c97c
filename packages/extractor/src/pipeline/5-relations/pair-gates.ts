import { isCommonWord } from '../../knowledge/lexicon';
import { NAME_TITLE_RE_SOURCE } from '../../knowledge/titles';
import type { LinkedMention } from '../types';
import { gap, typeOf, type SentenceView } from './sentence-view';
import { namesPosition, placeKind, WORK_VERB } from './pair-cues';
import type { PairCandidate } from './pair-features';

/** More names than this in one sentence is a roster or a list of places, where co-occurrence says nothing. */
const MAX_NAMES = 8;
const LIST_OR_HEADING = /^\s*(?:[-*•]|\d+\.|#)|\*\*|:\s*$/;
const TITLE_FIRST = new RegExp(`^(?:${NAME_TITLE_RE_SOURCE}|Reverend|Pastor|Father|Rabbi|Imam|Bishop)\\b`, 'i');

/** A list item, a bold heading or a roster: the pair model was trained on prose and guesses wildly here. */
export function isListOrHeading(view: SentenceView): boolean {
  const text = view.doc.norm.slice(view.sentence.start, view.sentence.end);
  return LIST_OR_HEADING.test(text) || view.mentions.filter((m) => m.kind === 'name').length > MAX_NAMES;
}

/** A mention glued to another capitalised word or an "of"-tail ("Sara" of "Sara E. Hill", "Superior Court" of "... of California") is part of a longer name. */
export function insideLongerName(view: SentenceView, m: LinkedMention): boolean {
  const before = view.doc.norm.slice(Math.max(view.sentence.start, m.start - 30), m.start);
  const after = view.doc.norm.slice(m.end, Math.min(view.sentence.end, m.end + 30));
  // a capitalised word before that is an ordinary word ("The", "Judge") opens a sentence or a title, not a longer name
  const prev = /(?:^|\s)([A-Z][\w.&'-]*)\s$/.exec(before)?.[1];
  return (
    (prev !== undefined && !isCommonWord(prev.toLowerCase().replace(/\.$/, ''))) ||
    /^\s(?:[A-Z]|of\s+(?:the\s+)?[A-Z])/.test(after) ||
    /^[\w&-]/.test(after)
  );
}

/** A person's full name: two or more words, the first a real given name (not an initial or a title such as "Reverend"). */
export function isFullPersonName(view: SentenceView, m: LinkedMention): boolean {
  const name = view.doc.entities.get(m.entity)?.name ?? '';
  const words = name.split(/\s+/).filter(Boolean);
  const first = words[0] ?? '';
  return words.length >= 2 && /^[A-Z][a-z]/.test(first) && !first.endsWith('.') && !TITLE_FIRST.test(name);
}

/** A nomination ("X, of Ohio, to be a Member of the Board") names a post not yet held. */
const NOMINATION = /\bto be\b|\bnominee\b|\bnominated?\b/i;

/** "at Abbey Gate outside of Kabul Airport": a bare "of/at" only cues work-for straight after the name ("Ann Lee of Acme"). */
export function strayPreposition(between: string): boolean {
  const rest = between.replace(/\b(?:of|at|for|with|from)\s+(?:the\s+)?$/i, '');
  // a capitalised word before the preposition is a post in title case ("a Career Member of the")
  return (
    rest !== between &&
    /[A-Za-z]/.test(rest) &&
    !/[A-Z][a-z]+\s*$/.test(rest) &&
    !namesPosition(between) &&
    !WORK_VERB.test(between)
  );
}

/** "the University of California, San Diego": a campus named after its system, not an organisation based in the city. */
const CAMPUS = /\bof\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*$/;

/** Places the gazetteers know, so a located-in pair joins two real places and not a misread word. */
const KNOWN = new Set(['region1', 'admin', 'known', 'supranational', 'Country']);

/** Whether an analyst would not cite this pair, whatever the model's probability. */
export function failsGate(view: SentenceView, c: PairCandidate): boolean {
  if (insideLongerName(view, c.subject) || insideLongerName(view, c.object)) return true;
  const [a, b] = c.subject.start < c.object.start ? [c.subject, c.object] : [c.object, c.subject];
  const between = gap(view, a, b);
  // a name that opens with a digit ("33 Street NE") is an address or a number, never an employer or a place's container
  if (/^\d/.test(view.doc.entities.get(c.object.entity)?.name ?? '')) return true;
  // "Cambridge (2007), Oxford (2009)": a dated list, whatever joins its items
  if (c.group !== 'wf' && /\)\s*,/.test(between)) return true;
  if (c.group === 'wf') {
    // "Secretary of Commerce under George W. Bush": a bare preposition before the person names no employer of his
    const bareBefore = a === c.object && /^\s*(?:under|with|by|from|to|in|on|and)\s*$/i.test(between);
    return (
      !isFullPersonName(view, c.subject) ||
      NOMINATION.test(between) ||
      (a === c.subject && strayPreposition(between)) ||
      bareBefore
    );
  }
  const kind = (m: LinkedMention): string => (typeOf(view, m) === 'Country' ? 'Country' : placeKind(view, m));
  if (!KNOWN.has(kind(c.object))) return true;
  // a town contains no other named place the model should trust ("in Moscow and in Helsinki")
  if (c.group === 'li' && kind(c.object) === 'known') return true;
  const name = view.doc.entities.get(c.subject.entity)?.name ?? '';
  if (c.group === 'ob' && CAMPUS.test(name) && /^,\s*$/.test(gap(view, c.subject, c.object))) return true;
  // a continent or bloc lies in nothing the model may name ("Africa, Asia" is a list)
  return c.group === 'li' && (!KNOWN.has(kind(c.subject)) || kind(c.subject) === 'supranational');
}
