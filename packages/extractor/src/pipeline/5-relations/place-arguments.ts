import { isCommonWord, isKnownPlace, lexiconTags } from '../../knowledge/lexicon';
import type { LinkedMention } from '../types';
import type { GuardView } from './guard-view';
import { namesBody } from './org-evidence';

/**
 * "Infrastructure Week", "Hispanic Heritage Month", "Grow Act", "City Planning": observances, laws and fields of study
 * end on a word no place name ends on, so they sit in no place and hold none.
 */
const NO_PLACE_HEAD =
  /\b(?:Day|Week|Month|Year|Decade|Act|Bill|Law|Plan|Program|Programme|Initiative|Planning|Studies|Engineering|Sciences?|Administration|Management|Economics|Policy|Affairs|Relations|Medicine|Education|History|Theology|Nursing|Finance|Accounting|Journalism)$/;

/** "an injured Army Ranger", "a Peace Corps Volunteer": a member of a body named by the body's name, a person. */
const PERSON_HEAD =
  /\b(?:Ranger|Volunteer|Scholar|Fellow|Veteran|Marine|Soldier|Sailor|Airman|Cadet|Midshipman|Intern|Trainee|Nurse)$/;

/** "the University", "the District Court": an institution's kind alone, left over from a longer name. */
const KIND_ALONE =
  /^(?:University|College|Institute|School|Academy|Center|Centre|Hospital|District Court|Circuit Court|Court of Appeals|General Assembly)$/;

/** "a UN base", "an injured Army Ranger": a body's name after an indefinite article describes one of its things or members. */
const INDEFINITE_BEFORE =
  /(?:^|[^\p{L}])(?:[Aa]n?|[Oo]ne)\s+(?:(?!(?:at|in|of|for|with|from|on|to|by|and|or|the|as)\s)[a-z-]+\s+){0,2}$/u;

/** "Agency for Palestine Refugees", "Council on African Diaspora Engagement": a body's topic, not a place. */
const TOPIC_BEFORE = /\p{Lu}[\p{L}-]*\s+(?:for|on)\s+(?:the\s+)?$/u;

const SMALL = new Set(['and', 'or', 'of', 'the', 'for', 'to', 'in', 'on', 'a', 'an']);

/** Whether a name has a body's head word or is an acronym (as `namesBody` reads an organisation's). */
const isBodyName = (name: string): boolean => namesBody({ id: '', name, type: 'Organization', aliases: new Set() });

const nameOf = (view: GuardView, m: LinkedMention): string => view.doc.entities.get(m.entity)?.name ?? '';

/**
 * "gender-based violence (GBV)", "Women, Peace, and Security (WPS)": an acronym the document spells out in words that
 * name no body abbreviates a topic, so it is no organisation to place.
 */
export function spelledOutAsTopic(norm: string, acronym: string): boolean {
  if (!/^[A-Z]{2,6}$/.test(acronym)) return false;
  const at = norm.indexOf(`(${acronym})`);
  if (at < 0) return false;
  const words = norm
    .slice(Math.max(0, at - 120), at)
    .split(/[^\p{L}'’-]+/u)
    .filter(Boolean)
    .slice(-12);
  const letters = acronym.toLowerCase();
  for (let n = 1; n <= words.length; n++) {
    const phrase = words.slice(-n);
    const initials = phrase
      .filter((w) => !SMALL.has(w.toLowerCase()))
      .flatMap((w) => w.split('-'))
      .map((w) => (w[0] ?? '').toLowerCase())
      .join('');
    if (initials === letters) return !isBodyName(phrase.join(' '));
    if (initials.length > letters.length) return false;
  }
  return false;
}

/** A one-word place name the lexicon knows only as an everyday word ("Born in Liberia", "spreading the Gospel in Egypt"). */
function isEverydayWord(name: string): boolean {
  if (/\s/.test(name)) return false;
  const lower = name.toLowerCase();
  if (isKnownPlace(lower)) return false;
  return isCommonWord(lower) || lexiconTags(lower).some((t) => t === 'Verb' || t === 'PastTense' || t === 'Participle');
}

/**
 * Whether a mention is no place or body that LOCATED_IN can hold: an observance, law or field of study; a person
 * named by the body they serve in; an institution's kind alone; a topic acronym; a body named after the person whose
 * name opens it ("George C. Marshall European Center", read without the person's name); a body's topic.
 */
export function isNoPlaceArgument(view: GuardView, m: LinkedMention, asSubject: boolean): boolean {
  const e = view.doc.entities.get(m.entity);
  if (!e || m.kind !== 'name') return false;
  const name = e.name;
  if ((e.type === 'Location' || e.type === 'Event' || e.type === 'Organization') && NO_PLACE_HEAD.test(name)) {
    // "the Small Business Administration", "Department of Veterans Affairs": a body's name may end on a field
    if (e.type !== 'Organization' || !isBodyName(name)) return true;
  }
  const before = view.doc.norm.slice(Math.max(view.sentence.start, m.start - 40), m.start);
  if (e.type === 'Organization') {
    if (PERSON_HEAD.test(name) || KIND_ALONE.test(name) || spelledOutAsTopic(view.doc.norm, name)) return true;
    if (asSubject && INDEFINITE_BEFORE.test(before)) return true;
    // "George C. Marshall European Center": a person's name written right before a body's opens the body's name
    const prev = view.mentions.find((n) => n.end <= m.start && /^ $/.test(view.doc.norm.slice(n.end, m.start)));
    if (prev && view.doc.entities.get(prev.entity)?.type === 'Person') return true;
  }
  if (e.type === 'Location' && asSubject && TOPIC_BEFORE.test(before)) return true;
  return false;
}

/** A subject place read through "in" whose one-word name is an everyday word: "Born in Liberia". */
export function isEverydayPlace(view: GuardView, m: LinkedMention): boolean {
  return view.doc.entities.get(m.entity)?.type === 'Location' && isEverydayWord(nameOf(view, m));
}
