import { isAdminArea, isFirstLevelRegion } from '../../knowledge/admin-areas';
import { isCommonWord, isKnownPlace, lexiconTags } from '../../knowledge/lexicon';
import { isSupranational } from '../../knowledge/regions';
import { POSITION_WORDS } from '../../knowledge/titles';
import { isUsStateAbbreviation } from '../../knowledge/us-states';
import type { LinkedMention } from '../types';
import { typeOf, type SentenceView } from './sentence-view';

const CLASSES = [
  'Copula',
  'Modal',
  'PastTense',
  'PresentTense',
  'Infinitive',
  'Gerund',
  'Preposition',
  'Conjunction',
  'Determiner',
  'Pronoun',
  'Adjective',
  'Noun',
];
/** Inflections the lexicon does not list, read back to the verb they inflect ("watched" → watch). */
const INFLECTIONS: [RegExp, string, string][] = [
  [/ied$/, 'y', 'PastTense'],
  [/ed$/, '', 'PastTense'],
  [/d$/, '', 'PastTense'],
  [/ing$/, '', 'Gerund'],
  [/ing$/, 'e', 'Gerund'],
  [/ies$/, 'y', 'PresentTense'],
  [/es$/, '', 'PresentTense'],
  [/s$/, '', 'PresentTense'],
];

/** Verb classes among {@link wordClass}'s answers. */
export const VERB_CLASSES = new Set(['Copula', 'Modal', 'PastTense', 'PresentTense', 'Infinitive', 'Gerund']);

/** The coarse word class the lexicon knows a lower-case word by (verb, noun, ...), so unseen verbs still count as verbs. */
export function wordClass(w: string): string | undefined {
  if (classCache.has(w)) return classCache.get(w);
  if (classCache.size > 50_000) classCache.clear();
  const k = lookUpClass(w);
  classCache.set(w, k);
  return k;
}

// Word classes repeat across pairs and documents; a bounded cache keeps the lexicon look-ups off the hot path.
const classCache = new Map<string, string | undefined>();

function lookUpClass(w: string): string | undefined {
  const tags = lexiconTags(w);
  const known =
    CLASSES.find((t) => tags.includes(t)) ?? (tags.some((t) => t.includes('PhrasalVerb')) ? 'Infinitive' : undefined);
  if (known || w.length < 5) return known;
  for (const [end, add, tag] of INFLECTIONS) {
    if (end.test(w) && lexiconTags(w.replace(end, add)).includes('Infinitive')) return tag;
  }
  return undefined;
}

/** What the gazetteers know of a place's name: country, first-level region, admin area, continent or sea, known town. */
export function placeKind(view: SentenceView, m: LinkedMention): string {
  const t = typeOf(view, m);
  if (t !== 'Location') return t ?? 'none';
  const name = view.doc.entities.get(m.entity)?.name ?? view.doc.text.slice(m.start, m.end);
  if (isSupranational(name)) return 'supranational';
  if (isFirstLevelRegion(name) || isUsStateAbbreviation(name)) return 'region1';
  if (isAdminArea(name)) return 'admin';
  return isKnownPlace(name.toLowerCase()) ? 'known' : 'other';
}

/** ", and", " or", and ", the" before the next item ("the European Union, Japan, the Republic of Korea"). */
const LIST_JOIN = /^\s*,?\s*(?:and|or)\s+$|^\s*,\s+the\s+$/;
const kindOf = (view: SentenceView, m: LinkedMention): string =>
  typeOf(view, m) === 'Country' ? 'Location' : (typeOf(view, m) ?? '');

/** A mention coordinated with another of its kind ("Texas, California and Nevada"): a list item, not a container. */
export function inList(view: SentenceView, m: LinkedMention): boolean {
  const i = view.mentions.indexOf(m);
  const joined = (a: LinkedMention | undefined, b: LinkedMention | undefined): boolean =>
    a !== undefined &&
    b !== undefined &&
    kindOf(view, a) === kindOf(view, b) &&
    LIST_JOIN.test(view.doc.norm.slice(a.end, b.start));
  return joined(view.mentions[i - 1], m) || joined(m, view.mentions[i + 1]);
}

export const WORK_VERB =
  /\b(?:heads?|headed|leads?|led|runs?|ran|manages?|managed|joined|works?|worked|employed|chairs?|chaired|represents?|represented)\b/i;
/** "of the", "at the 2nd": an ordinal before the body ("the 5th Circuit") still leaves the preposition its cue. */
const ENDS_WITH_PREPOSITION = /\b(?:of|at|for|with|from)\s+(?:the\s+)?(?:\d+(?:st|nd|rd|th)\s+)?$/i;
const POSITIONS = new Set(POSITION_WORDS);

/** Whether a text names a post ("spokesman", "vice presidents"): a set look-up per word and word pair, cheaper than one big regex. */
export function namesPosition(text: string): boolean {
  const ws = text.toLowerCase().split(/[^a-z-]+/);
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    if (
      POSITIONS.has(w) ||
      (w.endsWith('s') && POSITIONS.has(w.slice(0, -1))) ||
      POSITIONS.has(`${w} ${ws[i + 1] ?? ''}`)
    )
      return true;
  }
  return false;
}

/** ", " or ", a " between a person and an organisation opens an apposition about the person. */
const APPOSITION_OPENS = /^\s*,\s*(?:(?:an?|the)\s+)?$/;
/** The apposition's post right after the organisation: "John Ruiz, Acme's chairman", "Ann Lee, a City Council member". */
const POST_AFTER = /^(?:'s?)?\s+((?:[a-z-]+\s+)?[a-z-]+)\b/;

/**
 * Work-for needs a cue between the names: after the person a post, a verb of employment or "of/at/for the";
 * before the person ("IBM's chairman", "Acme spokesman") a short possessive or post; or an apposition naming the post
 * after the organisation ("John Ruiz, Acme's chairman").
 */
export function hasWorkCue(between: string, personFirst: boolean, afterObject = ''): boolean {
  const words = between.trim().split(/\s+/).filter(Boolean).length;
  if (personFirst)
    return (
      namesPosition(between) ||
      WORK_VERB.test(between) ||
      ENDS_WITH_PREPOSITION.test(between) ||
      (APPOSITION_OPENS.test(between) && namesPosition(POST_AFTER.exec(afterObject)?.[1] ?? ''))
    );
  return words <= 3 && (/^'s?\b/.test(between) || namesPosition(between) || words <= 1) && !/[()]/.test(between);
}

/** A name followed by a possessive and another name ("Ford's Theater") or a lower-case noun ("Springfield news") only modifies it. */
export function isModifier(view: SentenceView, m: LinkedMention): boolean {
  const after = view.doc.norm.slice(m.end, m.end + 40);
  if (/^'s?\s+[A-Z]/.test(after)) return true;
  const w = /^\s+([a-z]+)/.exec(after)?.[1];
  if (!w) return false;
  const tags = lexiconTags(w);
  return (
    ['Singular', 'Plural', 'Noun', 'Uncountable'].some((t) => tags.includes(t)) && !VERB_CLASSES.has(wordClass(w) ?? '')
  );
}

/** A one-word name that is an ordinary word ("Born in Vienna" read as a place called Born) is too doubtful to relate. */
export function isDoubtfulName(view: SentenceView, m: LinkedMention): boolean {
  const name = view.doc.entities.get(m.entity)?.name ?? '';
  const lower = name.toLowerCase();
  return !/\s/.test(name) && (isCommonWord(lower) || lexiconTags(lower).includes('Verb'));
}
