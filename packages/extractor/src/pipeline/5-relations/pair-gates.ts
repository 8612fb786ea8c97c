import { isCommonWord } from '../../knowledge/lexicon';
import { NAME_TITLE_RE_SOURCE, POSITION_RE_SOURCE } from '../../knowledge/titles';
import type { LinkedMention } from '../types';
import { gap, typeOf, type SentenceView } from './sentence-view';
import { namesPosition, placeKind, VERB_CLASSES, WORK_VERB, wordClass } from './pair-cues';
import type { PairCandidate } from './pair-features';
import { isPostWord, isTitleName } from './title-names';

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
  // a person's name, or a firm's closed by its suffix, never goes on with "of": "Ann Lee of NASA", "Acme Corp. of Gary"
  const ofTail = typeOf(view, m) !== 'Person' && !CLOSED_BY_SUFFIX.test(view.doc.norm.slice(m.start, m.end));
  return (
    joinedBefore(view, m, before) ||
    campusAfter(view, m, after) ||
    (prev !== undefined && !isCommonWord(prev.toLowerCase().replace(/\.$/, '')) && !titlesPerson(view, m, prev)) ||
    (/^\s[A-Z]/.test(after) && !isBodysTitle(/^\s([A-Z][\w.&'-]*)/.exec(after)?.[1] ?? '')) ||
    acronymThenName(after) ||
    (ofTail && /^\sof\s+(?:the\s+)?[A-Z]/.test(after)) ||
    /^[\w&-]/.test(after)
  );
}

/** "Center for Policy Studies (CPS) Energy Program": a capitalised word after the body's acronym goes on with its name. */
function acronymThenName(after: string): boolean {
  const word = /^\s*\([A-Z][A-Za-z&.]*\)\s+([A-Z][\w.&'-]*)/.exec(after)?.[1];
  return word !== undefined && !isBodysTitle(word) && !CALENDAR.test(word);
}

const CALENDAR =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/**
 * "the Freedom of the Press Foundation": a capitalised word joined by "of" (a name joined by "and", "Stage Directors
 * and Choreographers Society", is left: CoNLL04 dev counts such cut bodies as found).
 */
const JOINED_BEFORE = /(\S+)\s+([A-Z][\w'’-]*)\s+(?:of|on)\s+(?:the\s+)?$/;
/**
 * "Penn Biden Center for Diplomacy and Global Engagement", "Volunteers in Service to America": a name's "for"/"of"/"in"
 * complement goes on past "and" or "to".
 */
const AND_TAIL = /^\s+(?:and|&|to)\s+[A-Z]/;

/**
 * An organisation read from the end of a longer name: after a capitalised word joined by "of" in running text
 * (not a post: "Director of the", not another name: "Bank of"), or its "for"/"of" complement going on with "and".
 * "William H. Hastie" after "a" names a fellowship ("a William H. Hastie Fellow"), no one who holds it.
 */
function joinedBefore(view: SentenceView, m: LinkedMention, before: string): boolean {
  if (typeOf(view, m) === 'Person') return /(?:^|\s)an?\s+$/.test(before);
  if (typeOf(view, m) !== 'Organization') return false;
  const name = view.doc.entities.get(m.entity)?.name ?? '';
  if (/\s(?:for|of|in)\s/.test(name) && AND_TAIL.test(view.doc.norm.slice(m.end, m.end + 20))) return true;
  const j = JOINED_BEFORE.exec(before);
  const word = j?.[2];
  // a plural post ("Friends of the") is a word of a name, a singular one ("Director of the") the post held there
  if (!j || !word || ((isTitle(word) || isPostWord(word)) && !/[^s]s$/.test(word))) return false;
  // a word of another mention ("University of Ohio and") is a list's item, not the head of a longer name
  const wordEnd = m.start - before.length + j.index + j[0].indexOf(word, (j[1] ?? '').length) + word.length;
  return !view.mentions.some((o) => o !== m && o.start < wordEnd && o.end >= wordEnd);
}

/** "the University of California, Los Angeles": the system's name before a campus's town names no body of its own. */
function campusAfter(view: SentenceView, m: LinkedMention, after: string): boolean {
  if (typeOf(view, m) !== 'Organization') return false;
  const name = view.doc.entities.get(m.entity)?.name ?? '';
  if (!/\bUniversity of [A-Z][\w-]*(?:\s[A-Z][\w-]*)?$/.test(name) || !/^,\s+[A-Z]/.test(after)) return false;
  // the town must be a place the sentence names ("University of Denver, Sturm College of Law" names a school)
  const next = view.mentions[view.mentions.indexOf(m) + 1];
  return !!next && typeOf(view, next) === 'Location' && /^,\s+$/.test(gap(view, m, next));
}

const TITLE_WORD = new RegExp(`^(?:${NAME_TITLE_RE_SOURCE})$`);

/** Abbreviated ranks and honorifics written before a name (a closed class). */
const RANK = /^(?:Lt|Sgt|Capt|Col|Gen|Maj|Cmdr|Cmdt|Adm|Cpl|Pvt|Dr|Mr|Mrs|Ms|Sen|Rep|Gov|Prof|Rev|Supt|Insp|Det)\.$/;

/** A title, rank or post word: "Lt.", "Administrator", "Secretary". */
const isTitle = (w: string): boolean => RANK.test(w) || TITLE_WORD.test(w) || namesPosition(w);

/** Titles of the head of a place ("Cleveland Mayor Ann Ruiz"): the name before them is a place, whatever its type says. */
const PLACE_HEAD =
  /^(?:Mayor|Governor|Gov\.|President|Premier|Prime|King|Queen|Emperor|Senator|Sen\.|Representative|Rep\.)$/;

/**
 * "Coast Guard Lt. Steve Hardy", "FAA Administrator Allan McArtor": a post after an organisation does not extend its
 * name; a plural one does ("Council of Economic Advisers").
 */
const isBodysTitle = (w: string): boolean => isTitle(w) && !PLACE_HEAD.test(w) && !/[^s]s$/.test(w);

/** "Lt. Steve Hardy", "FAA Administrator Allan McArtor": a title or post before a person is no part of the name. */
function titlesPerson(view: SentenceView, m: LinkedMention, prev: string): boolean {
  return typeOf(view, m) === 'Person' && isTitle(prev);
}

/** A company suffix ends a firm's name ("Keen Corp.", "Titan Systems Inc."). */
const CLOSED_BY_SUFFIX = /\b(?:Corp|Corporation|Co|Inc|Ltd|LLC|PLC|plc|AG|SA|NV|GmbH)\.?$/;

/** Head words of panels, sites and programmes that type taggers misread as people. */
const NOT_SURNAME =
  /^(?:Panel|Board|Committee|Commission|Council|Department|Office|Agency|Administration|Institute|Foundation|Association|Society|University|College|Center|Centre|Campus|Initiative|Program|Programme|Project|Memorial|Museum|Fellowship)$/;

/** A person's full name: two or more words, the first a real given name (not an initial or a title such as "Reverend"). */
export function isFullPersonName(view: SentenceView, m: LinkedMention): boolean {
  const name = view.doc.entities.get(m.entity)?.name ?? '';
  const words = name.split(/\s+/).filter(Boolean);
  const first = words[0] ?? '';
  // "Merit Selection Panel", "Rasmuson Campus": a body's or a place's head word ends no person's name
  const last = words[words.length - 1] ?? '';
  return (
    words.length >= 2 &&
    /^[A-Z][a-z]/.test(first) &&
    !first.endsWith('.') &&
    !TITLE_FIRST.test(name) &&
    !NOT_SURNAME.test(last)
  );
}

/** "the CEO of an innovative nonprofit, an Acme supplier": the post is held at a body the sentence does not name. */
const UNNAMED_BODY = new RegExp(`\\b(?:${POSITION_RE_SOURCE})\\s+(?:of|at|for|with)\\s+an?\\s`, 'i');
/** "a Commissioner of the Board during the Ruiz Administration": a body after "during" dates the post, it does not employ. */
const DURING = /\b(?:during|throughout)\s+(?:the\s+)?$/i;

/** A nomination ("X, of Ohio, to be a Member of the Board") names a post not yet held. */
const NOMINATION = /\bto be\b|\bnominee\b|\bnominated?\b/i;

/** "at Abbey Gate outside of Kabul Airport": a bare "of/at" only cues work-for straight after the name ("Ann Lee of Acme"). */
export function strayPreposition(between: string): boolean {
  if (isOccupationApposition(between)) return false;
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

const APPOSED_OCCUPATION = /^\s*,\s+(an?\s+|the\s+)?((?:[a-z-]+\s+){1,4})(?:of|at|for|with)\s+(?:the\s+)?$/;

/**
 * ", a lobbyist with the", ", candidate of the": an apposition of nouns, no verb, naming what the person does there;
 * without an article only a singular one (", members of the" lists a group).
 */
export function isOccupationApposition(between: string): boolean {
  const m = APPOSED_OCCUPATION.exec(between);
  const words = m?.[2]?.trim().split(/\s+/);
  if (!m || !words) return false;
  if (!m[1] && /[^s]s$/.test(words[words.length - 1] ?? '') && words[0] !== 'one') return false;
  return words.every((w) => !/^(?:who|which|that|and|or)$/.test(w) && !VERB_CLASSES.has(wordClass(w) ?? ''));
}

/** "Ghani and Dr. Abdullah", "Zients, Chief Medical Advisor Fauci, and CDC Director Walensky": the next name of a list. */
const LISTED_AFTER = /(?:^|,)\s*(?:and\s+)?(?:[A-Z][\w.'-]*\s+)*$/;
/** "San Martín and Mochi, both directors of the": a plural post the listed names share. */
const SHARED_POST = /^,?\s+(?:both|all|each)\b|[a-z]s\s+(?:of|at|for|with|in)\s+(?:the\s+)?$/;
/** "Rivera and Mora of the": names joined by "and" share the body after them; "Sullivan, Geltzer from the" does not. */
const JOINED_THEN_BODY = /^\s+(?:of|at|from|with)\s+(?:the\s+)?$/;

/** Whether the post after the last listed name is shared by the names before it. */
function sharesPost(toPerson: string, toBody: string): boolean {
  return SHARED_POST.test(toBody) || (/\band\s+(?:[A-Z][\w.'-]*\s+)*$/.test(toPerson) && JOINED_THEN_BODY.test(toBody));
}

/** "Sullivan met today with the Secretary General of the party": a post named after a verb of meeting is the one met's. */
const MET_BEFORE =
  /\b(?:met|meets|spoke|speaks|talked|talks|called|calls|hosted|hosts|welcomed|welcomes|thanked|thanks|congratulated|congratulates)\b/;

/**
 * In a line of officials the post next to a body is the nearest person's: "Ghani and Dr. Abdullah, Chairman of the
 * Council" (another person between), "Director of the Penn Center at the University" (a nearer body between), "Criswell,
 * Administrator of NOAA Richard Spinrad" (a person named right after the body). "Rivera and Mora of the Police
 * Department" and "Director of Acme Corp and the Beta Group" still share theirs.
 */
function heldByAnother(view: SentenceView, c: PairCandidate, a: LinkedMention, b: LinkedMention): string | undefined {
  // a title misread as a name ("Founding Partner", "National Director Emeritus") is the post itself, no other holder
  const inside = view.mentions.filter(
    (m) => m.kind === 'name' && m.start >= a.end && m.end <= b.start && !isTitleName(view.doc.entities.get(m.entity)),
  );
  const person = inside.filter((m) => typeOf(view, m) === 'Person').pop();
  if (person && LISTED_AFTER.test(gap(view, a, person)) && !sharesPost(gap(view, a, person), gap(view, person, b)))
    return 'person-between';
  if (a !== c.subject) return undefined;
  // "Director of the Penn Center at the University": the post is of a unit (a name of its own, not "Law" of "Professor
  // of Law") sited at or under the body
  const body = inside.filter((m) => typeOf(view, m) === 'Organization').pop();
  if (
    body &&
    /\s/.test(view.doc.entities.get(body.entity)?.name ?? '') &&
    /\b(?:of|to|for)\s+(?:the\s+)?$/.test(
      view.doc.norm.slice(Math.max(view.sentence.start, body.start - 8), body.start),
    ) &&
    /^,?\s+(?:at|in|within|under)\s+(?:the\s+)?$/.test(gap(view, body, b))
  )
    return 'body-between';
  const next = view.mentions[view.mentions.indexOf(b) + 1];
  if (next?.kind === 'name' && typeOf(view, next) === 'Person' && /^\s+$/.test(gap(view, b, next)))
    return 'next-persons-post';
  return undefined;
}

/** "the University of California, San Diego": a campus named after its system, not an organisation based in the city. */
const CAMPUS = /\bof\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*$/;

/** Places the gazetteers know, so a located-in pair joins two real places and not a misread word. */
const KNOWN = new Set(['region1', 'admin', 'known', 'supranational', 'Country']);

/** Verbs that say where a body or place is, which join the two names rather than open a clause between them. */
const PLACING_VERBS = new Set(['based', 'headquartered', 'located', 'situated', 'centered', 'centred']);

/** A placement joins names close together: a few words between them and no verb of a clause of its own. */
export function closeEnough(between: string): boolean {
  const words = between.toLowerCase().match(/[a-z]+(?:[-'][a-z]+)*/g) ?? [];
  if (words.length > MAX_PLACE_GAP || /[;:()]/.test(between)) return false;
  return words.every((w) => PLACING_VERBS.has(w) || !VERB_CLASSES.has(wordClass(w) ?? ''));
}
/** How a place is joined to what lies in it, at the end of the text between them ("in rural western Ohio" names a part of it). */
const PLACE_JOIN =
  /^\s*(?:,\s+|(?:,?\s*(?:based|headquartered|located)\s+in|in|at|near|outside|of)\s+(?:(?:the|nearby|suburban|downtown)\s+)?(?:(?:extreme|far|rural|coastal|central|(?:north|south)(?:east|west)?(?:ern)?|(?:east|west)(?:ern)?)\s+){0,2})(?:\p{Lu}[\w.'-]*(?:\s+\p{Lu}[\w.'-]*)*\s*,\s+)?$/u;
/** At most this many words between an organisation or place and the place it lies in. */
const MAX_PLACE_GAP = 6;

/** Regions and countries, which qualify a town written before them. */
const QUALIFIERS = new Set(['region1', 'admin', 'Country']);

/** "Patchogue, N.Y.", "Carp, Ontario": a town the gazetteers miss is still a town when its state or country follows it. */
function qualifiedByRegion(view: SentenceView, m: LinkedMention): boolean {
  const next = view.mentions[view.mentions.indexOf(m) + 1];
  if (!next || !/^,\s*$/.test(gap(view, m, next))) return false;
  return QUALIFIERS.has(typeOf(view, next) === 'Country' ? 'Country' : placeKind(view, next));
}

/** Whether an analyst would not cite this pair, whatever the model's probability. */
export function failsGate(view: SentenceView, c: PairCandidate): boolean {
  return gateReason(view, c) !== undefined;
}

/** Which gate an analyst would close on this pair (for reading misses), or undefined when none does. */
export function gateReason(view: SentenceView, c: PairCandidate): string | undefined {
  if (insideLongerName(view, c.subject) || insideLongerName(view, c.object)) return 'inside-longer-name';
  const [a, b] = c.subject.start < c.object.start ? [c.subject, c.object] : [c.object, c.subject];
  const between = gap(view, a, b);
  // a name that opens with a digit ("33 Street NE") is an address or a number, never an employer or a place's container
  if (/^\d/.test(view.doc.entities.get(c.object.entity)?.name ?? '')) return 'digit-name';
  // "Cambridge (2007), Oxford (2009)": a dated list, whatever joins its items
  if (c.group !== 'wf' && /\)\s*,/.test(between)) return 'dated-list';
  if (c.group === 'wf') {
    // "Secretary of Commerce under George W. Bush": a bare preposition before the person names no employer of his
    const bareBefore = a === c.object && /^\s*(?:under|with|by|from|to|in|on|and)\s*$/i.test(between);
    if (!isFullPersonName(view, c.subject)) return 'not-full-name';
    if (NOMINATION.test(between)) return 'nomination';
    if (a === c.subject && UNNAMED_BODY.test(between)) return 'unnamed-body';
    if (a === c.subject && DURING.test(between)) return 'time-phrase';
    if (a === c.subject && MET_BEFORE.test(between)) return 'met-other';
    const held = heldByAnother(view, c, a, b);
    if (held) return held;
    if (a === c.subject && strayPreposition(between)) return 'stray-preposition';
    return bareBefore ? 'bare-preposition-before' : undefined;
  }
  // "the United States invited Mexico to embed personnel at the CBP National Targeting Center": names that merely share a sentence
  if (!closeEnough(between)) return 'far-apart';
  // the place comes right after what it holds, joined by "in/at/of/near", "based in" or a comma: "Acme Corp. in Gary",
  // "GSA Depot, Quexbury", "the Wexford Clinic in Quexbury, Ohio";
  // a place written first ("Ohio's", "the U.S. Navy") is the patterns' to read, and other order is mere co-occurrence
  if (a !== c.subject || !PLACE_JOIN.test(between)) return 'no-placement-cue';
  // at most the town of "in Quexbury, Ohio" between them, never a country ("COVAX, Australia, India" is a list)
  const inside = view.mentions.filter((m) => m.start >= a.end && m.end <= b.start);
  if (inside.length > 1 || inside.some((m) => typeOf(view, m) !== 'Location')) return 'no-placement-cue';
  const kind = (m: LinkedMention): string => {
    const k = typeOf(view, m) === 'Country' ? 'Country' : placeKind(view, m);
    return k === 'other' && qualifiedByRegion(view, m) ? 'known' : k;
  };
  if (!KNOWN.has(kind(c.object))) return 'unknown-place';
  // a town contains no other named place the model should trust ("in Moscow and in Helsinki")
  if (c.group === 'li' && kind(c.object) === 'known') return 'town-container';
  const name = view.doc.entities.get(c.subject.entity)?.name ?? '';
  if (c.group === 'ob' && CAMPUS.test(name) && /^,\s*$/.test(gap(view, c.subject, c.object))) return 'campus';
  // a continent or bloc lies in nothing the model may name ("Africa, Asia" is a list)
  if (c.group === 'li' && (!KNOWN.has(kind(c.subject)) || kind(c.subject) === 'supranational')) return 'li-subject';
  return undefined;
}
