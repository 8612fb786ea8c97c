import { lookupCountry } from '../../knowledge/countries';
import { COMMODITIES } from '../../knowledge/inner-regions';
import type { Candidate, Doc } from '../types';
import { personBounds } from './ner-source';

// a company suffix alone ("Inc", ", Ltd.") names no company
const SUFFIX_ONLY = /^(?:,\s*)?(?:Inc|Ltd|Co|Cos|Corp|Plc|PLC|LLC|LP|AG|SA|NV|BV|GmbH|Bhd|Pty)\.?$/;
// a head noun alone names no body: "the Department said" is a nominal for the department named before it
const BARE_HEAD = /^(?:the\s+)?(?:Department|Ministry|Agency|Company|Office|Bureau|Division|Unit)$/i;
// a possessive, a generic government or a plural of allies opens no name: "My Administration", "Federal Government", "NATO Allies", "Full Remarks"
const COMMON_PHRASE = /^(?:(?:My|Our|Your|Their) \S.*|(?:the )?(?:Federal|National|State|Local) Government|(?:.+ )?Allies|(?:Full|Prepared) Remarks)$/;
const DOTTED = /^(?:[A-Z]\.){2,}$/;
// honours and generations written after a name ("FRS", "Biden, Jr."), left alone once the name is trimmed
const HONOURS = /^(?:FRS|FRSE|FBA|DBE|CBE|OBE|MBE|KBE|GBE|QC|KC|PhD|Ph\.D\.|Jr\.?|Sr\.?)$/;

/** True when the span is a stock ticker: "<SLB>", "(NYSE: SLB)". */
function isTicker(doc: Doc, c: Candidate): boolean {
  if (doc.norm[c.start - 1] === '<' && doc.norm[c.end] === '>') return true;
  return /\((?:NYSE|Nasdaq|NASDAQ|LSE|TSX|AMEX|ASX|HKEX|OTC)\s*:\s*$/.test(doc.norm.slice(Math.max(0, c.start - 10), c.start));
}

/** True when a dotted initialism is part of a legal citation ("8 U.S.C. 1182": a section number before it) or is not a place it is typed as. */
function isCitationOrFalsePlace(doc: Doc, c: Candidate, text: string): boolean {
  if (!DOTTED.test(text)) return false;
  if (/\d\s$/.test(doc.norm.slice(Math.max(0, c.start - 2), c.start))) return true;
  // "U.S.C." starts like "U.S." but is no country, nor any place
  return c.type === 'Location' && text.length >= 6 && !lookupCountry(text);
}

/** Every person's span without a title before it or honours after it, whichever source found it. */
export function trimPersonNames(doc: Doc, candidates: Candidate[]): Candidate[] {
  return candidates.map((c) => {
    if (c.type !== 'Person' || c.mention !== 'name') return c;
    const [start, end] = personBounds(doc.norm, c.start, c.end);
    return start === c.start && end === c.end ? c : { ...c, start, end };
  });
}

/** Drops spans that are no name of a person, organisation or place: suffixes, tickers, bare heads, citations, commodities. */
export function dropNonNames(doc: Doc, candidates: Candidate[]): Candidate[] {
  return candidates.filter((c) => {
    if (c.mention !== 'name' || (c.type !== 'Person' && c.type !== 'Organization' && c.type !== 'Location')) return true;
    const text = doc.norm.slice(c.start, c.end);
    if (c.type !== 'Person' && COMMON_PHRASE.test(text.replace(/\s+/g, ' '))) return false;
    if (SUFFIX_ONLY.test(text) || BARE_HEAD.test(text) || COMMODITIES.has(text) || HONOURS.test(text)) return false;
    return !isTicker(doc, c) && !isCitationOrFalsePlace(doc, c, text);
  });
}
