import { lookupCountry } from '../../knowledge/countries';
import { ORG_CUES } from '../../knowledge/cues';
import { isFirstName, isKnownPlace } from '../../knowledge/lexicon';
import { NAME_TITLES, POSITION_WORDS } from '../../knowledge/titles';
import type { Candidate, Doc } from '../types';
import { isGenericName } from './generic-words';

// bodies, laws and events grow to their whole name; people and places have names of another shape
const GROWING = new Set<Candidate['type']>(['Organization', 'Policy', 'Event']);
// a name whose last part is the subject it is named for: "Organisation for Economic Co-operation"
const SUBJECT_ENDING = /\s(?:of|for|on)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+)*\p{Lu}[\p{L}'’.-]*$/u;
// plural heads that list several bodies or people ("Departments of Justice and Interior", "Ports of …", "CEOs of …");
// "Centers for Disease Control and Prevention" is one body
const LISTING_HEADS =
  /^(?:Departments|Ministries|Secretaries|Offices|Agencies|Bureaus|Ports|Administrators|Members|CEOs|Heads|Leaders|Governments|Chairs|Directors|Ministers|Presidents|Governors|Mayors)$/;
// "and" and up to three capitalised words that a subject may add ("… and Development"), not a dotted or all-caps body
const CONJUNCT = /^[ \t]+and[ \t]*\n?[ \t]*(\p{Lu}[\p{Ll}'’-]+(?:[ \t]*\n?[ \t]*\p{Lu}[\p{Ll}'’-]+){0,2})/u;
// what may not follow the conjunct: another capitalised word, a possessive, or an "of" opening a second body
const AFTER_CONJUNCT = /^(?:[ \t]*\n?[ \t]*\p{Lu}|['’]s\b|[ \t]+of\b)/u;
const TITLE_WORDS = new Set(
  [...NAME_TITLES, ...POSITION_WORDS].flatMap((t) => t.split(/\s+/)).map((w) => w.toLowerCase()),
);
export const MONTHS_AND_DAYS =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
// an adjective made of a name and a participle: "Foundation-funded", "Boston-based", "Communist-led"
const GLUED_SUFFIX = /\p{Lu}[\p{L}.]*(-(?:\p{Ll}+ed|based|led|run|born|made|built|grown|owned|wide|style|like|era))$/u;
// prepositions and conjunctions that open the words after a name in a headline or a sentence ("Harris During Visit",
// "D.C. While"); short ones that are also words of names ("In", "So", "To") are left out
const TAIL_OPENERS = new Set([
  'During',
  'While',
  'After',
  'Before',
  'Since',
  'Until',
  'With',
  'Without',
  'Amid',
  'Among',
  'Despite',
  'Following',
  'Into',
  'Through',
  'Against',
  'Because',
  'Although',
  'Though',
  'When',
  'Whereas',
  'And',
  'But',
]);

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

// capitalised prepositions that open a name before its "the" ("For the People Act", "Of the People")
const NAME_PREPOSITIONS = new Set(['For', 'Of', 'By', 'To']);
// an article or a sentence's last word opens no name: "The", "Thursday."
const NOT_OPENING = /^(?:The|A|An)$|[^.]\p{Ll}\.$/u;

/** True when a capitalised word could be a word of a name rather than a title, a date or a person or place of its own. */
function nameWord(word: string): boolean {
  return (
    // every part of a hyphenated word capitalised: "U.S.-Kenya", not "Bergamo-based"
    /^\p{Lu}[\p{L}.'’]*(?:-\p{Lu}[\p{L}.'’]*)*$/u.test(word) &&
    !NOT_OPENING.test(word) &&
    !/['’]s$/.test(word) &&
    !TITLE_WORDS.has(word.toLowerCase()) &&
    !MONTHS_AND_DAYS.test(word)
  );
}

/**
 * A body named for two subjects ("Organisation for Economic Co-operation and Development", "Plan for Adaptation and
 * Resilience") that was cut at the "and": the name takes the second subject when it is plain capitalised words that
 * are no title, place, person or body of their own (no body's head word: "and Internal Revenue Service") and the head
 * names one body, not a list ("Departments of …").
 */
function joinCoordinatedSubjects(doc: Doc, candidates: Candidate[]): Candidate[] {
  const grown = new Map<Candidate, Candidate>();
  for (const c of candidates) {
    if (c.mention !== 'name' || !GROWING.has(c.type)) continue;
    const text = doc.norm.slice(c.start, c.end);
    const ending = SUBJECT_ENDING.exec(text);
    if (!ending) continue;
    const head = /(\S+)\s*$/.exec(text.slice(0, ending.index))?.[1] ?? '';
    if (LISTING_HEADS.test(head) || !/^\p{Lu}/u.test(head)) continue;
    const conjunct = CONJUNCT.exec(doc.norm.slice(c.end, c.end + 80));
    const words = conjunct?.[1];
    if (!conjunct || !words) continue;
    const end = c.end + conjunct[0].length;
    if (AFTER_CONJUNCT.test(doc.norm.slice(end, end + 4))) continue;
    const list = words.split(/\s+/);
    const first = (list[0] ?? '').toLowerCase();
    if (
      !list.every(nameWord) ||
      lookupCountry(words) ||
      isKnownPlace(words.toLowerCase()) ||
      isFirstName(first) ||
      list.some((w) => ORG_CUES[w] !== undefined) ||
      candidates.some((o) => o !== c && overlaps(o, { start: c.end, end }) && (o.type !== c.type || o.end > end))
    )
      continue;
    grown.set(c, { ...c, end });
  }
  return replaceGrown(candidates, grown);
}

/** The candidates with each grown one in place of its old span and every other candidate inside its new span gone. */
function replaceGrown(candidates: Candidate[], grown: Map<Candidate, Candidate>): Candidate[] {
  if (grown.size === 0) return candidates;
  const spans = [...grown.values()];
  return candidates.flatMap((c) => {
    const g = grown.get(c);
    if (g) return [g];
    return spans.some((s) => overlaps(s, c)) ? [] : [c];
  });
}

/**
 * The opening words a body's, law's or event's name lost mid-sentence ("For the People Act", "Buy American Act",
 * "U.S.-Indonesia Agreement", "International Cyberspace and Digital Policy Strategy"): capitalised words right before
 * it after a lower-case word, which no title, date or other name claims, are the name's own.
 */
function takeLostOpenings(doc: Doc, candidates: Candidate[]): Candidate[] {
  const grown = new Map<Candidate, Candidate>();
  for (const c of candidates) {
    const text = doc.norm.slice(c.start, c.end);
    // a one-word name ("EU") or a generic one ("EO") is no name's tail: "U.S.-EU dialogues", "the Equity EO"
    if (c.mention !== 'name' || !GROWING.has(c.type) || !/\s/.test(text) || isGenericName(text, c.type)) continue;
    let start = c.start;
    // "U.S.-Indonesia", "EU-U.S.": a hyphenated opening glued to the name
    const glued = /(?:^|[\s(“"])((?:\p{Lu}[\p{L}.]*-)+)$/u.exec(doc.norm.slice(Math.max(0, start - 30), start));
    if (glued?.[1]) start -= glued[1].length;
    let words = 0;
    let joined = false;
    for (;;) {
      const before = /(\S+)[ \t]*\n?[ \t]*$/u.exec(doc.norm.slice(Math.max(0, start - 40), start));
      const word = before?.[1];
      if (!before || !word || before[0].length === 0) break;
      const at = start - before[0].length;
      const claimed = candidates.some((o) => o !== c && overlaps(o, { start: at, end: start }));
      if (claimed) break;
      // a body's "and" is as often two bodies ("Homeland Security and FEMA"); a law's or summit's is its own
      if (word === 'the' || (word === 'and' && !joined && c.type !== 'Organization')) {
        // only when a word of the name comes before it ("For the People", "Cyberspace and Digital"); a verb before
        // "the" opens a heading or a clause ("Proclamation Invoking the Alien Enemies Act"), not the name
        const prev = /(\S+)[ \t]*\n?[ \t]*$/u.exec(doc.norm.slice(Math.max(0, at - 40), at))?.[1] ?? '';
        if (!nameWord(prev) || (word === 'the' && !NAME_PREPOSITIONS.has(prev))) break;
        if (word === 'and') joined = true;
        start = at;
        continue;
      }
      if (!nameWord(word) || words >= 3) break;
      start = at;
      words++;
    }
    // the words before must be a sentence's inside: a lower-case word, not a title-case headline or a sentence start
    const lead = /(\S+)[ \t]*\n?[ \t]*$/u.exec(doc.norm.slice(Math.max(0, start - 40), start))?.[1] ?? '';
    const inside = /^\p{Ll}[\p{L}'’-]*$/u.test(lead) && !/^(?:the|and)\b/.test(doc.norm.slice(start, c.start));
    if (words === 0 || !inside) {
      if (glued?.[1]) grown.set(c, { ...c, start: c.start - glued[1].length });
      continue;
    }
    grown.set(c, { ...c, start });
  }
  return replaceGrown(candidates, grown);
}

/**
 * Words glued after a name: an adjective's hyphenated ending ("National Science Foundation-funded"), and for a person
 * or place a capitalised function word and what follows it ("Harris During Visit", "D.C. While"), which in a
 * headline or after an abbreviation's period are the next words of the text, never a part of the name.
 */
function trimGluedTails(doc: Doc, candidates: Candidate[]): Candidate[] {
  return candidates.map((c) => {
    if (c.mention !== 'name') return c;
    const text = doc.norm.slice(c.start, c.end);
    const suffix = GLUED_SUFFIX.exec(text);
    if (suffix?.[1]) return { ...c, end: c.end - suffix[1].length };
    if ((c.type !== 'Person' && c.type !== 'Location') || lookupCountry(text)) return c;
    const words = [...text.matchAll(/\S+/g)];
    for (let i = 1; i < words.length; i++) {
      const w = words[i]?.[0] ?? '';
      if (!TAIL_OPENERS.has(w)) continue;
      const end = c.start + text.slice(0, words[i]?.index ?? 0).trimEnd().length;
      return { ...c, end };
    }
    return c;
  });
}

/**
 * A person's name cut after a middle initial ("Daniel K." + "Inouye Solar Telescope") runs on into the name after it:
 * the two are one name, of the second one's type, since an initial never ends a name.
 */
function joinAfterInitial(doc: Doc, candidates: Candidate[]): Candidate[] {
  const grown = new Map<Candidate, Candidate>();
  const sorted = [...candidates].sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < sorted.length; i++) {
    const a = sorted[i]!;
    const b = sorted[i + 1]!;
    if (a.type !== 'Person' || a.mention !== 'name' || b.mention !== 'name') continue;
    if (!/\s\p{Lu}\.$/u.test(doc.norm.slice(a.start, a.end)) || !/^ \p{Lu}/u.test(doc.norm.slice(a.end, b.start + 1)))
      continue;
    if (b.start !== a.end + 1) continue;
    // "JOSEPH R." + "BIDEN JR." is one person whatever the tagger made of the surname
    const type = /\p{Ll}/u.test(doc.norm.slice(b.start, b.end)) ? b.type : 'Person';
    grown.set(b, { ...b, type, start: a.start, priority: Math.max(a.priority, b.priority) });
    i++;
  }
  return replaceGrown(candidates, grown);
}

/** Names that stop where the name stops: lost openings and second subjects taken back, glued tails cut off. */
export function fitNameExtents(doc: Doc, candidates: Candidate[]): Candidate[] {
  return trimGluedTails(doc, takeLostOpenings(doc, joinCoordinatedSubjects(doc, joinAfterInitial(doc, candidates))));
}
