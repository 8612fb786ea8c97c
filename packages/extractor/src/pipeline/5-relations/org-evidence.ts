import { ORG_CUES } from '../../knowledge/cues';
import type { EntityDraft } from '../types';

/** Head words of bodies beyond the entity stage's cues: firms' suffixes and kinds of institution an address can hold. */
/** National legislatures known by their own names ("the Russian Duma"). */
export const NATIONAL_LEGISLATURES = [
  'Duma',
  'Knesset',
  'Bundestag',
  'Bundesrat',
  'Rada',
  'Sejm',
  'Majlis',
  'Riksdag',
  'Storting',
  'Diet',
];

const MORE_BODY_WORDS = [
  'LLP',
  'LLC',
  'PLLC',
  'PC',
  'Co.',
  'Co',
  'Library',
  'Port',
  'Hospital',
  'Clinic',
  'Church',
  'Museum',
  'Railroad',
  'Railway',
  'Roundtable',
  'Command',
  'International',
  'Partners',
  'Associates',
  'Trust',
  'Brigade',
  'Regiment',
  'Battalion',
  'Division',
  'Laboratory',
  'Lab',
  'Initiative',
  'Coalition',
  'Campaign',
  'Cooperative',
  'Guard',
  'Systems',
  'Communications',
  'Services',
  'Studio',
  'Theater',
  'Theatre',
  'Zoo',
  'Station',
  'Secretariat',
  'Board',
  'Tribunal',
  'Panel',
  'Chamber',
  'Legislature',
  ...NATIONAL_LEGISLATURES,
  'Limited',
  'Steel',
  'Patrol',
  'Fleet',
  'Synagogue',
  'Temple',
  'Mosque',
  'Cathedral',
  // named sites, which the entity stage types either way ("the Savannah River Plant", "the Palace of Fine Arts")
  'Plant',
  'Palace',
  'Airport',
  'Stadium',
  'Reactor',
  'Prison',
  'Mine',
  'Refinery',
  'Base',
];
const CUE_WORDS = new Set(Object.keys(ORG_CUES));
const BODY_WORDS = new Set([...CUE_WORDS, ...MORE_BODY_WORDS]);
/** An acronym of a few capitals ("NASA", "DLA"): the short name of a body, not a product's brand ("JYNNEOS", "CTC/EITC"). */
const ACRONYM = /^[A-Z]{2,5}$/;

/**
 * Whether an Organization's name shows it is a body: a head word of one ("University", "LLP", "Ministry"), or an
 * acronym. "McKinney Fire", "Iron Dome", "Bicentennial Celebrations", "JYNNEOS" are events, weapons and products the
 * entity stage typed as organisations; placing them in a town is a fact no analyst could cite, so a placement of an
 * organisation asks for this evidence.
 */
export function namesBody(e: EntityDraft | undefined): boolean {
  if (!e || e.type !== 'Organization') return false;
  const words = e.name.split(/[\s/]+/).filter(Boolean);
  // "Covington & Burling", "K&L Gates": partners' names joined by an ampersand are a firm's
  if (/\p{Lu}\S*\s*&\s*\p{Lu}/u.test(e.name)) return true;
  // "Centers for Disease Control": the plural of an entity-stage head word names a body too ("Initiatives" does not)
  const isBodyWord = (w: string): boolean => BODY_WORDS.has(w) || (/[^s]s$/.test(w) && CUE_WORDS.has(w.slice(0, -1)));
  return words.some((w) => isBodyWord(w) || isBodyWord(w.replace(/[.,'’]+$/, '')) || ACRONYM.test(w));
}

/** "Munich's Sparkasse bank", "Ettahadi (Challenge) political party": a kind of body written right after a name says it is one. */
const KIND_AFTER =
  /^(?:\s*\([^)]{1,40}\))?,?\s+(?:an?\s+)?(?:[\w.'’-]+\s+){0,3}?(?:bank|company|corporation|firm|group|party|agency|newspaper|daily|network|broadcaster|airline|carrier|maker|manufacturer|producer|retailer|chain|utility|union|club|team|council|court|ministry|department|association|foundation|institute|university|college|school|hospital|museum|station|organi[sz]ation|movement|militia|faction)\b/;

/** A wire service's source line, its language and time (or date and page) after its name: "Cairo AL-AHALI in Arabic 6 Apr 94". */
const SOURCE_LANGUAGE_AFTER =
  /^\s+(?:in\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+(?:\d|No\b)|\d{1,2}\s+[A-Z][a-z]{2}\s+\d{2}\s+pp?\b)/;

/**
 * Whether a name ends a wire service's source line: "Paris Radio Monte Carlo in Arabic 1700 GMT", or a publication in
 * capitals alone on its line after its town ("Tokyo MAINICHI SHIMBUN").
 */
export function endsSourceLine(surface: string, after: string): boolean {
  if (SOURCE_LANGUAGE_AFTER.test(after)) return true;
  // a broadcaster's name ends on a word of its trade ("Havana Radio Reloj Network")
  const alone = /^[A-Z][A-Z -]{2,}$/.test(surface) || /^Radio\b|\b(?:Radio|Network|Television)$/.test(surface);
  return alone && /^[ \t]*(?:\n|$)/.test(after);
}

/** "the law firm Squire Patton Boggs", "the carmaker Voss": a kind of body written right before a name. */
const KIND_BEFORE =
  /\b(?:firm|company|bank|group|party|agency|newspaper|network|broadcaster|airline|carrier|maker|carmaker|automaker|manufacturer|retailer|chain|utility|union|university|college|school|hospital|museum|organi[sz]ation|nonprofit|non-profit|charity|foundation|institute|think tank)\s+$/;

/** Whether the text right before or after an organisation's name calls it a kind of body. */
export function kindNamedAround(before: string, after: string): boolean {
  return KIND_BEFORE.test(before) || KIND_AFTER.test(after);
}

/**
 * "Air Force and Space Force", "Internal Revenue Service and Manufacturers Hanover Trust Co.": two bodies' names read
 * as one, each whole before and after the "and" ("Department of Health and Human Services" is one name: its part
 * before "and" ends on no head word).
 */
export function isTwoNamesGlued(e: EntityDraft | undefined): boolean {
  if (!e || e.type !== 'Organization') return false;
  const parts = e.name.split(/\s+(?:and|&)\s+/);
  if (parts.length !== 2) return false;
  const [left = '', right = ''] = parts;
  const last = left.split(/\s+/).pop() ?? '';
  return (
    BODY_WORDS.has(last) && right.split(/\s+/).some((w) => BODY_WORDS.has(w.replace(/[.,]+$/, '')) || BODY_WORDS.has(w))
  );
}
