import { lookupCountry } from '../../knowledge/countries';
import { ORG_CUES, PLACE_CUES, POLICY_CUES, EVENT_CUES } from '../../knowledge/cues';
import { isCommonWord, isFirstName, isKnownPlace } from '../../knowledge/lexicon';
import { LOOSE_NAME_TITLES, NAME_TITLE_RE_SOURCE } from '../../knowledge/titles';
import type { Candidate, Doc } from '../types';

// the White House's own shorthand for its office-holders ("POTUS Biden", "FLOTUS Jill Biden"), beside the usual titles
const SHORTHAND = ['POTUS', 'FLOTUS', 'VPOTUS', 'SGOTUS', 'USTR'];
// posts that end on an adviser's or a coordinator's word, glued to their holder ("National Security Advisor Sullivan")
const ADVISER_POSTS = ['Advisor', 'Adviser', 'Coordinator'];
const TITLES = [
  ...SHORTHAND,
  ...ADVISER_POSTS,
  ...LOOSE_NAME_TITLES.map((t) => t.replace(/\./g, '\\.')),
  NAME_TITLE_RE_SOURCE,
].join('|');
const TITLED = new RegExp(`^(?:${TITLES})\\s+`);
// a title the span runs on from ("Supreme Court Justice Ketanji Brown Jackson"), or one just before it ("First Lady
// Melania Trump", "then-Judge Sonia Sotomayor") where the tagger read the name as a body
const TITLED_INSIDE = new RegExp(`\\s(?:${TITLES})\\s+`, 'g');
const TITLE_BEFORE = new RegExp(`(?:^|[\\s-])(?:${TITLES})[ \\t]+$`);
const NAME_WORD = /^\p{Lu}[\p{L}'’.-]*$/u;
// words a body, a place, a law or an event ends on ("Ambassador Bridge", "Secretary of Defense Award")
const THING_WORDS = new Set(['Bridge', 'Building', 'Hall', 'Award', 'Medal', 'Prize', 'Program', 'Programme']);

// legislators' and governors' titles, singular or plural, go before surnames only, even one that is an ordinary word
// ("Senators Tester and Moran", "Senator Young")
const SURNAME_TITLES = /^(?:Senators?|Sens?\.|Reps?\.|Representatives?|Congress(?:wo)?man|Governors?|Gov\.)\s+$/;

/**
 * True when the words after a title read as a person's name: one to three capitalised words, none a body's or a
 * place's, not ending on an ordinary word unless a given name opens them.
 */
function isPersonName(rest: string, title = ''): boolean {
  const words = rest.split(/\s+/);
  if (words.length > 3 || !words.every((w) => NAME_WORD.test(w))) return false;
  if (lookupCountry(rest) || isKnownPlace(rest.toLowerCase())) return false;
  if (
    words.some(
      (w) => w in ORG_CUES || PLACE_CUES.has(w) || POLICY_CUES.has(w) || EVENT_CUES.has(w) || THING_WORDS.has(w),
    )
  )
    return false;
  if (SURNAME_TITLES.test(title) || !isCommonWord((words[words.length - 1] ?? '').toLowerCase())) return true;
  // a given name before a surname that is also a word ("Samantha Power", "Gina Price") still opens a person's name
  return (
    words.length >= 2 && isFirstName((words[0] ?? '').toLowerCase()) && !isCommonWord((words[0] ?? '').toLowerCase())
  );
}

/**
 * A title before a name makes a person whatever a source typed the span ("POTUS Biden", "Senator Manchin", "Secretary
 * Mayorkas" read as bodies or places); the person's span starts after the title.
 */
export function retypeTitledNames(doc: Doc, candidates: Candidate[]): Candidate[] {
  return candidates.map((c) => {
    if (c.mention !== 'name' || c.id || (c.type !== 'Organization' && c.type !== 'Location')) return c;
    const text = doc.norm.slice(c.start, c.end);
    const before = TITLE_BEFORE.exec(doc.norm.slice(Math.max(0, c.start - 40), c.start));
    if (before && c.type === 'Organization' && isPersonName(text, before[0].trim() + ' '))
      return { ...c, type: 'Person' };
    const inside = [...text.matchAll(TITLED_INSIDE)].pop();
    const title = TITLED.exec(text) ?? inside;
    const at = title ? title.index + title[0].length : 0;
    if (!title || !isPersonName(text.slice(at), title[0].trim() + ' ')) return c;
    return {
      start: c.start + at,
      end: c.end,
      type: 'Person',
      mention: 'name',
      priority: c.priority,
      source: c.source,
    };
  });
}
