import { ORG_CUES } from '../../knowledge/cues';
import { isCommonWord, isFirstName, isKnownOrganisation, isKnownPlace } from '../../knowledge/lexicon';
import { flat } from '../../text/flat';
import { collapseSpaces } from '../../text/name-text';
import type { Candidate, Doc } from '../types';
import { MONTHS_AND_DAYS } from './name-extents';
import { CONFIDENT_PRIORITY } from './ner-source';

// where someone is born, lives or travels, or where something lies: "born in Thrace", "went to St. Petersburg", "ferries
// from Langeland", "flights for the Chathams"; a bare "at", "from", "into" or "through" is left out, as one is at a school,
// hears from a firm, puts money into a fund and acts through a programme, and so is "go to", as a question goes to a reporter
const PLACE_BEFORE = new RegExp(
  [
    String.raw`\b(?:born|died|lived?|lives|living|settled|grew up|raised|based|located|situated|stationed|stayed|arrived|arrives|arriving|landed|exiled|imprisoned|buried) (?:in|at|on|near)`,
    String.raw`\b(?:went|moved?|moving|travell?ed|travell?ing|travels?|flew|fly|flies|flying|flights?|ferry|ferries|boats?|trains?|buses|trips?|journey(?:ed)?|return(?:ed|ing)?|sailed|drove|driving|emigrated|fled|escaped|retreated|marched|came|comes|coming|back|route|roads?|visitors?|visit(?:ed|ing)?|connections?|links?|access) (?:to|into|from|through|via|for)`,
    String.raw`(?:^|[^\p{L}])(?:in|inside|throughout|across|near|outside|around|towards?)`,
  ]
    .map((p) => `(?:${p})`)
    .join('|')
    .replace(/^/, '(?:')
    .concat(String.raw`) (?:the )?$`),
  'iu',
);
// where a name stands beside another place or on its side: "South of Rockridge", "the eastern corner of Rekohu", "the
// south side of the Zócalo", "near the border lies Rockridge"; a strong enough reading to overrule the tagger
const SIDE_OF_BEFORE =
  /\b(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?(?: (?:side|corner|part|end|edge|coast|shore|tip|bank))? of|lies|lie|lay) (?:the )?$/iu;
// being in a firm, a publication, a league or a show is no place reading: "a stake in Volaris", "published in
// Jezebel", "his debut in the Liga"
const NOT_PLACE_BEFORE =
  /\b(?:debuts?|stakes?|shares|holdings?|interest|investments?|invest(?:ed|ing|s)?|roles?|involved|involvement|membership|jobs?|careers?|published|appeared|appears|appearing|featured|reported|wrote|written|writes|articles?|story|stories|columns?|interviewed|interviews?|quoted|starred|stars|starring|cast|shown|aired|seen|listed|traded) in (?:the )?$/i;
// what follows a publication, a firm or a person named after "in" ("in Wikinews' report", "in O'Reilly's book")
const NOT_PLACE_AFTER = /^(?:['’]s?\b|,? (?:said|says|told|reported|wrote|announced)\b)/;
// an organisation's head word ends no place's name
const ORG_WORD = new RegExp(
  `\\b(?:${Object.keys(ORG_CUES)
    .map((w) => w.replace('.', '\\.'))
    .join('|')})\\b`,
);

// a person's full name is left to the tagger, however unsure: a reporter a question goes "to" is no place
const unsure = (doc: Doc, c: Candidate): boolean =>
  c.source === 'ner' &&
  c.mention === 'name' &&
  !c.id &&
  c.priority < CONFIDENT_PRIORITY &&
  (c.type === 'Organization' || (c.type === 'Person' && !/\s/.test(doc.norm.slice(c.start, c.end))));

// the tagger's confident organisation or one-word person, which only a side-of reading, or a place reading of a place the
// lexicon knows, overrules ("connections from Liverpool" in a guide, not the football club)
const confident = (doc: Doc, c: Candidate): boolean =>
  c.source === 'ner' &&
  c.mention === 'name' &&
  !c.id &&
  c.priority >= CONFIDENT_PRIORITY &&
  (c.type === 'Organization' || (c.type === 'Person' && !/\s/.test(doc.norm.slice(c.start, c.end))));

/**
 * Lower-cased words of the article's multi-word person and organisation names, which no place reading should take from
 * them ("Platense" of "Club Atlético Platense").
 */
function nameWords(doc: Doc, candidates: readonly Candidate[]): Set<string> {
  const out = new Set<string>();
  for (const c of candidates) {
    if (c.mention !== 'name') continue;
    const named = c.type === 'Person' || (c.type === 'Organization' && !unsure(doc, c));
    if (!named || c.priority < CONFIDENT_PRIORITY) continue;
    const words = collapseSpaces(doc.norm.slice(c.start, c.end)).split(' ');
    if (words.length > 1) for (const w of words) out.add(w.toLowerCase());
  }
  return out;
}

/** True when the article also writes the word in small letters ("health" beside "Public Health"): a common word. */
function lowerCased(doc: Doc, word: string): boolean {
  const lower = word.toLowerCase();
  return (
    lower !== word &&
    new RegExp(`(?<![\\p{L}])${lower.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(doc.norm)
  );
}

/**
 * True when a form's words say it may be no place: an acronym ("CBS") or a word of one ("HMS Ardent", "CCTV Gala"),
 * a month or a weekday ("in March"), a person's "of" ("Bonosus of Sardica"), a given name, a common word anywhere in
 * it, by the lexicon or by the article ("Public Health", "Moms Demand Action"), an organisation's head word.
 */
function namesSomethingElse(doc: Doc, form: string, people: ReadonlySet<string>): boolean {
  const words = form.split(' ');
  const lower = form.toLowerCase();
  return (
    /^[\p{Lu}\d&.-]+$/u.test(form) ||
    words.some((w) => /^\p{Lu}{2,}$/u.test(w) || MONTHS_AND_DAYS.test(w)) ||
    / of /.test(form) ||
    isKnownOrganisation(lower) ||
    ORG_WORD.test(form) ||
    words.some((w) => people.has(w.toLowerCase())) ||
    isFirstName((words[0] ?? '').toLowerCase()) ||
    words.some((w) => /^\p{Ll}/u.test(w) || isCommonWord(w.toLowerCase()) || lowerCased(doc, w))
  );
}

/**
 * A name the tagger typed as an organisation or a person without confidence, and that some sentence of the article
 * puts someone or something in, at or on the way to ("born in Thrace", "ferries from Langeland", "flights to the
 * Chathams"), or beside another place ("South of Rockridge"), is a place in every occurrence; a form the tagger was
 * sure of anywhere is one only when a sentence sets it beside a place, or when the lexicon knows it as a place and a
 * sentence puts something in it ("connections from Liverpool"); a form whose words name a body or a person (a known
 * company, a head word such as "Press", a given name, a word of a person or an organisation of the article), or that
 * follows a possessive name ("Martha's Vineyard"), keeps its type.
 */
export function retypeUnsurePlaces(doc: Doc, candidates: Candidate[]): Candidate[] {
  const forms = new Map<string, Candidate[]>();
  const sure = new Set<string>();
  const sureForms = new Map<string, Candidate[]>();
  for (const c of candidates) {
    if (c.mention !== 'name') continue;
    const form = collapseSpaces(doc.norm.slice(c.start, c.end));
    if (unsure(doc, c)) forms.set(form, [...(forms.get(form) ?? []), c]);
    else if (confident(doc, c)) sureForms.set(form, [...(sureForms.get(form) ?? []), c]);
    else if (c.source === 'ner' || c.source === 'chunk') sure.add(form);
  }
  if (forms.size === 0 && sureForms.size === 0) return candidates;
  const people = nameWords(doc, candidates);
  const places = new Set<Candidate>();
  for (const form of new Set([...forms.keys(), ...sureForms.keys()])) {
    if (sure.has(form) || namesSomethingElse(doc, form, people)) continue;
    const overruled = sureForms.has(form);
    const known = isKnownPlace(form.toLowerCase());
    const cs = [...(forms.get(form) ?? []), ...(sureForms.get(form) ?? [])];
    const read = cs.some((c) => {
      const before = flat(doc.norm.slice(Math.max(0, c.start - 40), c.start));
      const after = flat(doc.norm.slice(c.end, c.end + 20));
      const side = SIDE_OF_BEFORE.test(before);
      // "Martha's Vineyard": a word after a possessive name is part of a longer name
      return (
        !/\p{Lu}\p{L}*['’]s $/u.test(before) &&
        (side || (PLACE_BEFORE.test(before) && (!overruled || known))) &&
        !NOT_PLACE_BEFORE.test(before) &&
        !NOT_PLACE_AFTER.test(after)
      );
    });
    if (read) for (const c of cs) places.add(c);
  }
  return candidates.map((c) =>
    places.has(c)
      ? { start: c.start, end: c.end, type: 'Location', mention: c.mention, priority: c.priority, source: c.source }
      : c,
  );
}
