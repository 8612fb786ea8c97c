import { isFirstLevelRegion } from '../../knowledge/admin-areas';
import { lookupCountry } from '../../knowledge/countries';
import { COMMODITIES } from '../../knowledge/inner-regions';
import type { Candidate, Doc } from '../types';
import { isCitation } from './citations';
import { personBounds } from './ner-source';
import { isPluralPost } from './plural-posts';
import { isPortfolioFragment } from './portfolio-words';
import { isIllnessName } from './illness-names';
import { isGroupNoun } from './group-nouns';

// a company suffix alone ("Inc", ", Ltd.") names no company
const SUFFIX_ONLY = /^(?:,\s*)?(?:Inc|Ltd|Co|Cos|Corp|Plc|PLC|LLC|LP|AG|SA|NV|BV|GmbH|Bhd|Pty)\.?$/;
// wire copy's abbreviations of its tables and figures ("Revs", "Avg shrs", "NOTE:") name nothing
const WIRE_ABBREVIATION =
  /^(?:NOTE|Note|Shr|Shrs|Revs|Qtr|Qtly|Avg|Avg shrs|Oper|Oper shr|Oper net|Mths|Mln|Bln|Dlrs?|Cts|Pct|Div)$/;
// a head noun alone names no body: "the Department said" is a nominal for the department named before it
const BARE_HEAD = /^(?:the\s+)?(?:Department|Ministry|Agency|Company|Office|Bureau|Division|Unit)$/i;
// a degree names no body or place ("J.D.", "B.S.", "Ph.D.", "MBA")
const DEGREE =
  /^(?:(?:Bachelor|Master|Doctor|Associate)(?:['’]s)?(?:\s+of\s+[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+)*)?|A\.B\.|B\.S\.E\.|M\.F\.A\.|M\.P\.P\.|M\.P\.A\.|LL\.D\.|B\.A\.|B\.S\.|M\.A\.|M\.S\.|J\.D\.|M\.D\.|Ph\.D\.|Ed\.D\.|LL\.B\.|LL\.M\.|M\.B\.A\.|MBA|MPH|M\.P\.H\.|BSc|MSc)$/;
// a post, not its holder nor a body: "National Security Advisor", "First Lady", "Secretary of Education"
// (an office named for its head is a body: "Office of the Chief Information Officer")
const POST_ONLY = new RegExp(
  "^(?!Office\\b|Bureau\\b|Department\\b)(?:the\\s+)?(?:(?:[A-Z][\\w.'’-]*|and|of|for|the|&)\\s+)*?(?:" +
    '(?:Attorney|Surgeon|Solicitor|Inspector|Postmaster|Comptroller)\\s+General|First\\s+Lady|First\\s+Gentleman|Second\\s+Gentleman|' +
    'Advis[oe]r|Coordinator|Press\\s+Secretary|Leader|Chief\\s+of\\s+Staff|Counsel(?:l)?or|Trade\\s+Representative|Public\\s+Defender|Attorney|' +
    // the cut end of a longer post ("Operating Officer" of "Chief Operating Officer", "Deputy Staff Director")
    'Officer|Official|(?:Staff|Executive|Managing|Legislative|Communications)\\s+Director' +
    ')$|^(?:the\\s+)?(?:(?:Acting|Deputy|Assistant|Under|Senior|Special|Principal)\\s+)*' +
    '(?:Secretary|Director|Administrator|Ambassador|Envoy|Coordinator|Chair|Chairman|Chairwoman|Commissioner|Minister|Governor|Mayor|Speaker|Advis[oe]r|' +
    'Assistant|Officer|Official|Counsel(?:l)?or)' +
    // "Secretary of Defense Meritorious Civilian Service Award" is a named thing, not the post
    '(?:\\s+(?:of|for|to)\\s+(?!.*\\b(?:Award|Awards|Prize|Medal|Act|Fund|Program|Programme|Fellowship|Scholarship)$).+)?$',
);
// a crowd's cry is no name ("AUDIENCE: Booo —", "Yay!")
const CRY = /^(?:B+o{2,}|Y+a+y+|W+o{3,}|Wh+o{2,}|Hoo+ray|Aw{2,}|O+h{2,}|Boo-?urns)$/i;
// the words a crowd's turn label opens ("AUDIENCE:", "AUDIENCE MEMBERS:") are a reaction, not a name
const CROWD_LABEL_BEFORE = /(?:AUDIENCE(?: MEMBERS?)?|CROWD|PARTICIPANTS|PROTESTERS?):[ \t]*$/;

/** True when the span is a cry, or the whole of a crowd's turn ("AUDIENCE: Boo —"). */
function isCrowdCry(doc: Doc, c: Candidate, text: string): boolean {
  if (CRY.test(text)) return true;
  const line = doc.norm.slice(Math.max(0, c.start - 30), c.start);
  return CROWD_LABEL_BEFORE.test(line) && /^[ \t]*(?:[—–!.,-]|\n|$)/.test(doc.norm.slice(c.end, c.end + 3));
}

// a possessive, a generic government or a plural of allies opens no name: "My Administration", "Federal Government", "NATO Allies", "Full Remarks"
const COMMON_PHRASE =
  /^(?:(?:My|Our|Your|Their) \S.*|(?:the )?(?:Federal|National|State|Local) Government|(?:.+ )?Allies|(?:Full|Prepared) Remarks)$/;
const DOTTED = /^(?:[A-Z]\.){2,}$/;
// a plural acronym names a kind of thing, not one: "HBCUs", "NGOs", "MSMEs"
const PLURAL_ACRONYM = /^[A-Z]{2,}s$/;
// honours and generations written after a name ("FRS", "Biden, Jr."), left alone once the name is trimmed
const HONOURS = /^(?:FRS|FRSE|FBA|DBE|CBE|OBE|MBE|KBE|GBE|QC|KC|PhD|Ph\.D\.|Jr\.?|Sr\.?)$/;

/** True when the span is a stock ticker: "<SLB>", "(NYSE: SLB)"; a bracketed name ("<Acme Corp>") is none. */
function isTicker(doc: Doc, c: Candidate): boolean {
  if (doc.norm[c.start - 1] === '<' && /^[A-Z0-9]+(?:\.[A-Z]{1,2})?>/.test(doc.norm.slice(c.start, c.start + 12)))
    return true;
  return /\((?:NYSE|Nasdaq|NASDAQ|LSE|TSX|AMEX|ASX|HKEX|OTC)\s*:\s*$/.test(
    doc.norm.slice(Math.max(0, c.start - 10), c.start),
  );
}

/** True when a dotted initialism is part of a legal citation ("8 U.S.C. 1182": a section number before it) or is not a place it is typed as. */
function isCitationOrFalsePlace(doc: Doc, c: Candidate, text: string): boolean {
  if (!DOTTED.test(text)) return false;
  if (/\d\s$/.test(doc.norm.slice(Math.max(0, c.start - 2), c.start))) return true;
  // "U.S.C." starts like "U.S." but is no country, nor any place
  return c.type === 'Location' && text.length >= 6 && !lookupCountry(text);
}

// "the NATO Alliance" is NATO itself, under a word its own name already says
const ALLIANCE_TAIL = /^NATO Alliance$/;
// "Secretary of\nState Antony Blinken", "Secretary of Defense Austin": the department ends the post, the name follows
const SECRETARY_OF = /\bSecretary\s+of\s+(?:the\s+)?$/;
const DEPARTMENT_THEN_NAME =
  /^(?:State|Defense|Treasury|Commerce|Energy|Labor|Interior|Agriculture|Transportation|Education|Homeland\s+Security|Veterans\s+Affairs)\s+(?=\p{Lu}\p{Ll})/u;

/** A span the tagger ran from a secretary's department into the holder's name, as the holder alone. */
function afterDepartment(doc: Doc, c: Candidate): Candidate | undefined {
  const dept = DEPARTMENT_THEN_NAME.exec(doc.norm.slice(c.start, c.end));
  if (!dept || !SECRETARY_OF.test(doc.norm.slice(Math.max(0, c.start - 20), c.start))) return undefined;
  return { ...c, start: c.start + dept[0].length, type: 'Person' };
}

/** Every person's span without a title before it or honours after it, whichever source found it. */
export function trimPersonNames(doc: Doc, candidates: Candidate[]): Candidate[] {
  return candidates.map((c) => {
    if (c.mention === 'name' && ALLIANCE_TAIL.test(doc.norm.slice(c.start, c.end))) return { ...c, end: c.start + 4 };
    const holder = c.mention === 'name' ? afterDepartment(doc, c) : undefined;
    if (holder) return holder;
    if (c.type !== 'Person' || c.mention !== 'name') return c;
    const [start, end] = personBounds(doc.norm, c.start, c.end);
    return start === c.start && end === c.end ? c : { ...c, start, end };
  });
}

/** The state a dropped post opens with ("North Dakota" in "North Dakota House Democratic Leader") stays a place. */
function regionOpening(c: Candidate, text: string): Candidate[] {
  const words = [...text.matchAll(/\S+/g)];
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const last = words[n - 1];
    if (!last) continue;
    const end = last.index + last[0].length;
    if (isFirstLevelRegion(text.slice(0, end)))
      return [
        {
          start: c.start,
          end: c.start + end,
          type: 'Location',
          mention: 'name',
          priority: c.priority,
          source: c.source,
        },
      ];
  }
  return [];
}

/** Drops spans that are no name of a person, organisation or place: suffixes, tickers, table abbreviations, bare heads, citations, commodities, degrees, posts, portfolios, illnesses, faiths and peoples. */
export function dropNonNames(doc: Doc, candidates: Candidate[]): Candidate[] {
  return candidates.flatMap((c) => {
    if (c.mention !== 'name' || (c.type !== 'Person' && c.type !== 'Organization' && c.type !== 'Location')) return [c];
    const text = doc.norm.slice(c.start, c.end);
    if (c.type !== 'Person' && COMMON_PHRASE.test(text.replace(/\s+/g, ' '))) return [];
    if (
      SUFFIX_ONLY.test(text) ||
      WIRE_ABBREVIATION.test(text.replace(/\s+/g, ' ')) ||
      BARE_HEAD.test(text) ||
      COMMODITIES.has(text) ||
      HONOURS.test(text) ||
      DEGREE.test(text) ||
      PLURAL_ACRONYM.test(text) ||
      isGroupNoun(text) ||
      isPortfolioFragment(doc, c, text) ||
      isIllnessName(doc, c, text)
    )
      return [];
    if (isPluralPost(text) || (c.type !== 'Location' && POST_ONLY.test(text.replace(/\s+/g, ' '))))
      return regionOpening(c, text);
    return !isTicker(doc, c) &&
      !isCitation(doc, c) &&
      !isCitationOrFalsePlace(doc, c, text) &&
      !isCrowdCry(doc, c, text)
      ? [c]
      : [];
  });
}
