import { lookupCountry } from '../../knowledge/countries';
import { isInnerRegion } from '../../knowledge/inner-regions';
import { isUsStateAbbreviation } from '../../knowledge/us-states';
import { isCommonWord, isFirstName, isKnownOrganisation, isKnownPlace } from '../../knowledge/lexicon';
import { ORG_CUES, PLACE_CUES } from '../../knowledge/cues';
import type { Candidate, Doc } from '../types';
import { readAsPlace } from './short-form-types';
import { flat } from '../../text/flat';

// "James Capel, a broker", "analysts at Jardine Fleming": words around a name that only a firm fits
const FIRM_AFTER =
  /^,? (?:an?|the) (?:[a-z-]+ ){0,2}(?:broker|brokerage|broking house|bank|investment bank|merchant bank|firm|company|securities house|fund manager|consultancy|stockbroker|trading house)\b/;
const FIRM_BEFORE =
  /\b(?:analysts?|economists?|strategists?|dealers?|traders?|brokers?|managers?|partners?|directors?|executives?|researchers?) (?:at|with) $/i;

// a name with an organisation's or a place's head word is no person however it is talked of
const ORG_WORD = new RegExp(
  `\\b(?:${[...Object.keys(ORG_CUES), ...PLACE_CUES].map((w) => w.replace('.', '\\.')).join('|')})\\b`,
);

// "in God", "in Christ": believed in, not located in
const RELIGIOUS = new Set(['God', 'Christ', 'Jesus', 'Allah', 'Buddha']);
// "in March" is a time
const MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/i;

// what only a person does or has: "Pachomius died", "a favourite of Pachomius", "his friend Bonosus"
const PERSON_AFTER =
  /^(?:'s (?:wife|husband|son|daughter|father|mother|brother|sister|widow|death|birth|childhood|funeral)\b| (?:died|was born|is survived|married)\b|, who (?:was|is|had|has|died)\b)/;
// what only a leader has: "Putin's war", "the Obama administration" (a body's own is "the Small Business Administration";
// an acronym's "FEMA administration" is the agency's)
const LEADER_AFTER =
  /^(?:['’]s (?:war|regime|invasion|aggression|administration|presidency|cabinet)\b| administration\b)/;
const PERSON_BEFORE =
  /\b(?:(?:his|her|their) (?:friend|brother|sister|son|daughter|father|mother|wife|husband|teacher|student|pupil|successor|predecessor|colleague|uncle|nephew|cousin|disciple)s?,? |(?:friend|favourite|favorite|protégé|protege|disciple|student|pupil|son|daughter|brother|sister|widow|wife|husband) of )$/;

// heads of built or natural sites that no person's surname is
const SITE_END =
  /\s(?:Mosque|Palace|Island|Islands|Arena|Stadium|Square|Avenue|Boulevard|Museum|Cemetery|Station|Turnpike|Expressway|Highway|Statue|Cathedral|Temple|Harbou?r|Plaza|Airport|Bay)$/;
// a source is quoted, not a place: "according to Quantcast"
const SOURCE_BEFORE = /\baccording to\s$/;
// a sentence that goes to a place: "at The Oval", "to The Hague"
const MOTION_BEFORE = /\b(?:at|to|near|from|in|outside)\s$/i;

/**
 * Forms of "places" that some occurrence shows to be a title or a source, so every occurrence is a body: a capitalised
 * article inside a sentence opens a title ("a writer for The Onion": a paper, a show, a band) unless the sentence goes
 * to it ("at The Oval"), and an unknown one-word "place" something is according to is a source ("according to
 * Quantcast").
 */
function bodyForms(doc: Doc, candidates: Candidate[]): Set<string> {
  const out = new Set<string>();
  for (const c of candidates) {
    if (c.mention !== 'name' || c.id || c.type !== 'Location') continue;
    const text = doc.norm.slice(c.start, c.end).replace(/'s$/, '');
    const lower = text.toLowerCase();
    const before = flat(doc.norm.slice(Math.max(0, c.start - 14), c.start));
    if (isKnownPlace(lower) || isInnerRegion(text)) continue;
    const title =
      /^The \p{Lu}/u.test(text) &&
      /[\p{Ll},] $/u.test(before.slice(-2)) &&
      !MOTION_BEFORE.test(before) &&
      !isKnownPlace(lower.slice(4)) &&
      !isInnerRegion(text.slice(4));
    const source = !text.includes(' ') && SOURCE_BEFORE.test(before);
    if (title || source) out.add(text);
  }
  return out;
}

// "flights out of Ben Gurion": what one is in or at is a place, whoever it is named after ("at Donald Trump's rally"
// is a person's)
const INSIDE_PLACE_BEFORE = /\b(?:in|at|into|out of|near|outside)\s$/;
// head nouns of grounds, roads and buildings named after people ("Trent Bridge", "Grace Road", "Ellis Hall")
const PLACE_HEAD_END =
  /\s(?:Road|Bridge|Lane|Hall|Field|Fields|Hill|Green|Gardens|Grove|Way|Drive|Place|Memorial|Monument|Building|Tower|Library|Hospital|Church|Chapel|Dam|Creek|Springs|Falls|Beach|Heights|Point|Ridge|Port|Woods?|Oval|Ground|Lodge|Castle|Abbey|Gate|Cross|Center|Centre|Base|Camp|Fort)$/;

/**
 * Two or three plain words opening with a known given name that is no place ("Lael Brainard", "Elon Musk") are a
 * person's name, not a place's, unless a site's or body's head word ends them ("Elizabeth City").
 */
function givenNameLed(text: string): boolean {
  const words = text.split(/\s+/);
  const joined = words.join(' ');
  const first = (words[0] ?? '').toLowerCase();
  return (
    words.length >= 2 &&
    words.length <= 3 &&
    words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)) &&
    isFirstName(first) &&
    !isKnownPlace(first) &&
    !isKnownPlace(joined.toLowerCase()) &&
    !lookupCountry(joined) &&
    !ORG_WORD.test(text) &&
    !SITE_END.test(text) &&
    !PLACE_HEAD_END.test(text)
  );
}

/** Forms of organisation or place "names" that some occurrence in the article shows to be a person. */
function personForms(doc: Doc, candidates: Candidate[]): Set<string> {
  const out = new Set<string>();
  for (const c of candidates) {
    if (c.mention !== 'name' || c.id || (c.type !== 'Organization' && c.type !== 'Location')) continue;
    const before = flat(doc.norm.slice(Math.max(0, c.start - 40), c.start));
    const after = flat(doc.norm.slice(c.end, c.end + 40));
    const text = doc.norm.slice(c.start, c.end);
    if (PERSON_AFTER.test(after) || PERSON_BEFORE.test(before)) out.add(text);
    else if (/^\p{Lu}\p{Ll}+$/u.test(text) && LEADER_AFTER.test(after)) out.add(text);
    else if (
      c.type === 'Location' &&
      givenNameLed(text) &&
      (!INSIDE_PLACE_BEFORE.test(before) || /^['’]s\b/.test(after))
    )
      out.add(text);
  }
  return out;
}

/** Lower-cased words of the article's multi-word person names, which a one-word "person" may shorten. */
function personWords(doc: Doc, candidates: Candidate[]): Set<string> {
  const out = new Set<string>();
  for (const c of candidates) {
    if (c.type !== 'Person' || c.mention !== 'name') continue;
    const words = doc.norm.slice(c.start, c.end).split(/\s+/);
    if (words.length > 1) for (const w of words) out.add(w.replace(/'s$/, '').toLowerCase());
  }
  return out;
}

function retyped(c: Candidate, type: Candidate['type'], kind?: string): Candidate {
  const out: Candidate = {
    start: c.start,
    end: c.end,
    type,
    mention: c.mention,
    priority: c.priority,
    source: c.source,
  };
  if (kind) out.kind = kind;
  return out;
}

// three letters or more in capitals, as bodies are abbreviated ("USAID", "AFL-CIO"); two ("LA", "VA") are as often places
const ACRONYM = /^[A-Z]{3,6}(?:-[A-Z]{2,6})?$/;

/**
 * An acronym typed as a place that is no country, state, known place or region ("CDC", "USAID", "NPR") names a body;
 * a word in capitals that the article also writes in title case ("SAIPAN" and "Saipan") or that a line in capitals
 * holds (a dateline or a headline: "EASTER, Md.,") is a place written in capitals, not an acronym.
 */
function placelessAcronym(doc: Doc, c: Candidate, text: string): boolean {
  if (!ACRONYM.test(text) || lookupCountry(text) || isUsStateAbbreviation(text)) return false;
  const title = text.charAt(0) + text.slice(1).toLowerCase();
  if (isKnownPlace(text.toLowerCase()) || isInnerRegion(title) || doc.norm.includes(title)) return false;
  // a line in capitals up to the word is a dateline or a headline ("BONN 1996-08-22", "THE HAGUE, May 2")
  return /\p{Ll}/u.test(doc.norm.slice(doc.norm.lastIndexOf('\n', c.start) + 1, c.start));
}

/**
 * Corrects a name's type from what the article and the lexicons know of it: a known company is a company
 * ("Google", "Twitter"), not a place; a one-word "person" that is a known place or region, or that the article
 * reads as one ("in Xinjiang"), is a place unless it shortens a person of the article; a "person" that only a firm
 * fits ("James Capel, a broker") or an ampersand joins ("Jack & Jill") is a body.
 */
export function retypeNames(doc: Doc, candidates: Candidate[]): Candidate[] {
  const people = personWords(doc, candidates);
  const shownPeople = personForms(doc, candidates);
  const placeReading = new Map<string, boolean>();
  const definedPlace = new Map<string, boolean>();
  const bodies = bodyForms(doc, candidates);
  return candidates.map((c) => {
    if (c.mention !== 'name' || c.id) return c;
    const text = doc.norm.slice(c.start, c.end);
    const lower = text.toLowerCase();
    if ((c.type === 'Location' || c.type === 'Person') && isKnownOrganisation(lower) && !isKnownPlace(lower))
      return retyped(c, 'Organization');
    if (c.type === 'Location' && placelessAcronym(doc, c, text)) return retyped(c, 'Organization');
    if (shownPeople.has(text) && !isKnownPlace(lower) && !isKnownOrganisation(lower) && !ORG_WORD.test(text))
      return retyped(c, 'Person');
    // "Cleveland is a culturally diverse city": a known place the article defines as one is no team or firm there
    if (c.type === 'Organization' && isKnownPlace(lower) && !ORG_WORD.test(text)) {
      if (!definedPlace.has(text)) definedPlace.set(text, readAsPlace(doc, text, true));
      if (definedPlace.get(text)) return retyped(c, 'Location');
    }
    if (c.type === 'Location' && bodies.has(text.replace(/'s$/, ''))) return retyped(c, 'Organization');
    // "Shah Mosque", "Hunga Island": a site's head word ends no person's name
    if (c.type === 'Person' && SITE_END.test(text)) return retyped(c, 'Location');
    // "York is an ancient cathedral city": a name the article defines as a place is one, whatever the tagger read
    const base = text.replace(/'s$/, '');
    if ((c.type === 'Organization' || c.type === 'Person') && !isKnownOrganisation(lower) && !ORG_WORD.test(text)) {
      if (!definedPlace.has(base)) definedPlace.set(base, readAsPlace(doc, base, true));
      if (definedPlace.get(base)) return retyped(c, 'Location');
    }
    if (c.type !== 'Person') return c;
    // "Capitol Hill": a neighbourhood the tagger reads as a person's name
    if (isInnerRegion(text)) return retyped(c, 'Location');
    // "Jack & Jill", "Ernst & Young": an ampersand joins partners in a firm's or a club's name, never a person's
    if (/\s&\s/.test(text)) return retyped(c, 'Organization');
    if (!text.includes(' ')) {
      if (
        people.has(lower.replace(/'s$/, '')) ||
        isFirstName(lower) ||
        isCommonWord(lower) ||
        MONTH.test(text) ||
        RELIGIOUS.has(text)
      )
        return c;
      if (isInnerRegion(text) || isKnownPlace(lower)) return retyped(c, 'Location');
      if (!placeReading.has(text)) placeReading.set(text, readAsPlace(doc, text));
      return placeReading.get(text) ? retyped(c, 'Location') : c;
    }
    const before = flat(doc.norm.slice(Math.max(0, c.start - 40), c.start));
    const after = flat(doc.norm.slice(c.end, c.end + 60));
    if (FIRM_AFTER.test(after) || FIRM_BEFORE.test(before)) return retyped(c, 'Organization', 'company');
    return c;
  });
}
