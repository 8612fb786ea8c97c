import { NewsgraphError } from '@newsgraph/schema';
import { lookupCountry } from '../../knowledge/countries';
import { isFiller } from '../../knowledge/fillers';
import { isCommonWord } from '../../knowledge/lexicon';
import { regionOfDemonym } from '../../knowledge/regional-demonyms';
import { LOOSE_NAME_TITLES, NAME_TITLE_RE_SOURCE, NAME_TITLES } from '../../knowledge/titles';
import { loadNerModel } from '../../ner';
import type { Candidate, Doc, SpanTagger, StageOptions } from '../types';
import { flat } from '../../text/flat';
import { collapseSpaces } from '../../text/name-text';
import { joinInitialNames } from './initial-names';

/** The bundled perceptron model, loaded once; a clear error when its file cannot be read. */
export function bundledTagger(): SpanTagger {
  try {
    return loadNerModel();
  } catch (cause) {
    throw new NewsgraphError('INTERNAL', 'cannot load the bundled NER model', { cause });
  }
}

const TYPE = { PER: 'Person', ORG: 'Organization', LOC: 'Location' } as const;
const MIN_CONFIDENCE = 0.45;
/** Above this the tagger's span and type outrank cue-word and lexicon guesses; below it they only fill gaps. */
export const CONFIDENT = 0.55;
/** The priority of a confident tagger span; later stages trust candidates at or above it. */
export const CONFIDENT_PRIORITY = 26;
/** A confident MISC span ("U.S. Open", "American League") vetoes rule guesses inside it; see misc-veto. */
export const MISC_SOURCE = 'ner-misc';
// single common words tagged below this are as often wrong as right ("Bread", "Legend" against "Real", "Dole")
const COMMON_WORD_CONFIDENCE = 0.55;
const STOP = new Set(['Internet', 'Author', 'Posted', 'Read', 'International', 'Web', 'Online']);
const TITLE_WORDS = new Set([
  ...NAME_TITLES.flatMap((t) => t.split(' ')),
  'Executive',
  'Vice',
  'Deputy',
  'Chief',
  'Senior',
  'Former',
  'The',
  'of',
]);
// abbreviations whose full stop belongs to the name even at a sentence's end ("First Albany Corp.")
const KEEPS_STOP = /\b(?:Corp|Inc|Ltd|Co|Bros|Plc|Jr|Sr|St|Mt|Ft|Gen|Col|Capt|Sgt|Lt|Dr|Mr|Mrs|Ms|Prof|Rev)\.$/;

// a title, a greeting glued to the name it greets ("Hey Frank", "Thank you, Mets Poet"), a sentence's opening
// conjunction the tagger took in ("But Jill told the students"), a speaker's fond adjective ("Big John", "Old Joe"),
// or the department ending a post before the name ("Secretary of State Antony Blinken", "Secretary of Energy …")
const LOOSE_TITLE_RE_SOURCE = [...LOOSE_NAME_TITLES]
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/\./g, '\\.'))
  .join('|');
const LEADING_TITLE = new RegExp(
  `^(?:(?:${LOOSE_TITLE_RE_SOURCE}|${NAME_TITLE_RE_SOURCE}|Hey|Hi|Hello|Oh|Dear|Thanks|Well|Yes|No|So|Okay|OK|But|And|Now|Then|Big|Little|Old|Good|Poor|State|Treasury|Defense|Commerce|Energy|Labor|Interior|Agriculture|Transportation|Education|Homeland Security|Veterans Affairs),? )+(?=[A-Z])`,
);
// honours and degrees written after a name: "Daniel Bernoulli FRS", "Zaha Hadid DBE RA"
const POSTNOMINALS = /(?:,? (?:FRS|FRSE|FBA|DBE|CBE|OBE|MBE|KBE|GBE|RA|QC|KC|PhD|Ph\.D\.|MP|MEP))+$/;

/** A person's span without the title before it or the honours after it ("Ambassador Mohib" → "Mohib"). */
export function personBounds(norm: string, start: number, end: number): [number, number] {
  const text = flat(norm.slice(start, end));
  const title = LEADING_TITLE.exec(text);
  const post = POSTNOMINALS.exec(text);
  const from = start + (title?.[0].length ?? 0);
  const to = end - (post?.[0].length ?? 0);
  return to - from >= 2 ? [from, to] : [start, end];
}

// quotes, brackets and clause marks the tagger sometimes labels as a name's first or last token ("“The Daily Show”" →
// "Daily Show”", "Secretary of the Interior;" → "Interior;"); a bracket stays when the span also holds its partner
const EDGE_OPEN = /^[\s"'([;:,]+/;
const EDGE_CLOSE = /[\s"')\];:,]+$/;

/** A span without the quotes, brackets and clause marks at its edges, or undefined when nothing is left. */
export function trimEdgePunctuation(norm: string, start: number, end: number): [number, number] | undefined {
  let text = norm.slice(start, end);
  const open = EDGE_OPEN.exec(text)?.[0] ?? '';
  let from = start + open.length;
  text = text.slice(open.length);
  let close = EDGE_CLOSE.exec(text)?.[0] ?? '';
  // "(TEF)" keeps its closing bracket when the span opens it
  if (close.startsWith(')') && text.includes('(')) close = close.slice(close.lastIndexOf(')') + 1);
  const to = end - close.length;
  // a closing bracket with no opening one inside the span ends something before the name: "TEF) Partnership"
  const inner = norm.slice(from, to);
  const stray = inner.indexOf(')');
  if (stray >= 0 && !inner.slice(0, stray).includes('('))
    from += stray + 1 + (/^\s*/.exec(inner.slice(stray + 1))?.[0].length ?? 0);
  if (to <= from) return undefined;
  if (!/[\p{L}\p{N}]/u.test(norm.slice(from, to))) return undefined;
  return [from, to];
}

// a government body's possessive before the name of what it runs: "Administration's Make America Healthy Again"
const BODY_POSSESSIVE = /^(?:Administration|Government|Department|Agency|Nation|Country|President)['’]s\s+(?=\p{Lu})/u;

/** Candidate source: the trained tagger's PER/ORG/LOC spans; confident ones outrank cue words, the rest fill gaps. */
export function nerCandidates(doc: Doc, options: StageOptions): Candidate[] {
  const active = options.tagger;
  if (!active) return [];
  const out: Candidate[] = [];
  for (const span of joinInitialNames(doc.norm, active.tagDocument(doc.view))) {
    if (span.confidence < MIN_CONFIDENCE) continue;
    const confident = span.confidence >= CONFIDENT;
    if (span.type === 'MISC') {
      if (confident)
        out.push({
          start: span.start,
          end: span.end,
          type: 'Event',
          mention: 'name',
          priority: 0,
          source: MISC_SOURCE,
        });
      continue;
    }
    const trimmed = trimEdgePunctuation(doc.norm, span.start, span.end);
    if (!trimmed) continue;
    let [start, end] = trimmed;
    start += BODY_POSSESSIVE.exec(doc.norm.slice(start, end))?.[0].length ?? 0;
    // "Tang Dynasty." – a sentence's full stop is not part of the name; "Inc." and "D.C." keep theirs
    const raw = doc.norm.slice(start, end);
    if (/[a-z]{3,}\.$/.test(raw) && !KEEPS_STOP.test(raw)) end--;
    if (span.type === 'PER') [start, end] = personBounds(doc.norm, start, end);
    const text = collapseSpaces(doc.norm.slice(start, end));
    if (text.split(/\s+/).every((w) => TITLE_WORDS.has(w))) continue;
    // a place that is a country is better served by the country source, which knows its ISO code;
    // "Jordan" tagged as a person stays a person
    // an organisation span that is exactly a country's abbreviation ("the US compared with…") is the country too
    if (
      (span.type === 'LOC' && lookupCountry(text)) ||
      (span.type === 'ORG' && /^[A-Z.]+$/.test(text) && lookupCountry(text)?.kind === 'name')
    )
      continue;
    // an adjective is never a name mention: the country and region sources give it as a demonym ("Welsh" the
    // person stays a person)
    if (lookupCountry(text)?.kind === 'demonym' || (span.type !== 'PER' && regionOfDemonym(text))) continue;
    // single ordinary words ("Thursday", "Internet", "According") are the tagger's typical false alarms when it hesitates
    if (
      !text.includes(' ') &&
      (STOP.has(text) ||
        isFiller(text) ||
        (isCommonWord(text.toLowerCase()) && span.confidence < COMMON_WORD_CONFIDENCE))
    )
      continue;
    out.push({
      start,
      end,
      type: TYPE[span.type],
      mention: 'name',
      priority: confident ? CONFIDENT_PRIORITY : 21,
      source: 'ner',
    });
  }
  return out;
}
