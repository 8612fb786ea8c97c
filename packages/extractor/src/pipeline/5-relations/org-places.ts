import { isAdminArea, isStateOrProvince } from '../../knowledge/admin-areas';
import { ORG_CUES } from '../../knowledge/cues';
import { isKnownPlace } from '../../knowledge/lexicon';
import { NAME_TITLE_RE_SOURCE } from '../../knowledge/titles';
import type { LinkedMention } from '../types';
import { isModifier } from './comma-list';
import { endsSourceLine, NATIONAL_LEGISLATURES } from './org-evidence';
import { emit, gap, isName, typeOf, type SentenceView } from './sentence-view';

/** "NRC headquarters in nearby Salford": where the organisation is based. */
const HEADQUARTERS_IN = /^\s+(?:headquarters|head office)\s+(?:in|at)\s+(?:nearby\s+|the\s+)?$/;
/**
 * "Georgia's USDA Rural Development office", "Seattle's BIPOC community", "Indonesia's ASEAN chair year": a name
 * used as a modifier of a unit, group or term, which is what the place owns or qualifies.
 */
const UNIT_AFTER =
  /^\s+(?:(?:state|regional|field|local|district|country|area)\s+)?(?:office|offices|community|communities|chapter|chapters|branch|branches|campus|delegation|chair|chairmanship|presidency|year|staff|team|program|programs|programme|project|facility|facilities|plant|plants|factory|site|sites|store|stores|location|locations)\b/;
/** "Acme Steel Corp. of Gary": an organisation named with its home town. */
const OF_PLACE = /^\s+of\s+$/;
/**
 * An abbreviated company suffix ends a firm's name, so an "of" after it opens no longer name ("Corporation" spelt out
 * does not: "the Economic Development Corporation of Kansas City" is one body's name).
 */
const CLOSED_BY_SUFFIX = /\b(?:Corp|Co|Inc|Ltd|LLC|LLP|PLC|plc|AG|SA|NV|GmbH|Cos)\.?$/;
/** "Kowloon Holdings, a Hong Kong property firm": the apposition's place qualifies the kind of organisation. */
const QUALIFIED_KIND =
  /^(?:\s+[a-z-]+){0,2}?\s+(?:company|corporation|firm|bank|group|agency|newspaper|daily|network|broadcaster|station|airline|carrier|maker|manufacturer|producer|retailer|chain|utility|university|college|institute|school|hospital|museum|party|union|club|team|council|court|ministry|department|organi[sz]ation|association|foundation)\b/;
/** Institution words that name no one body on their own. */
const GENERIC_BODY =
  /^(?:the\s+)?(?:Army|Navy|Air Force|Marines?|Military|Government|Cabinet|Administration|States|Department|Ministry|Commonwealth|Embassy|Police|Coast Guard|Court|Council|Committee|Agency|Treasury)$/i;

/** "the Department", "the Embassy": an institution word alone is some body of the context's, not one to place. */
export function isGenericBody(name: string): boolean {
  return GENERIC_BODY.test(name);
}
/** A post written right after an organisation's name: "NATO Secretary General", "EU Ambassador". */
const TITLE_AFTER = new RegExp(`^\\s+(?:(?:Deputy|Vice|Acting)\\s+)?(?:${NAME_TITLE_RE_SOURCE})\\b`);
const ARTICLE = /^,\s+(?:an?|the)\s+(?:[a-z-]+\s+)?$/;
const isPlace = (view: SentenceView, m: LinkedMention | undefined): m is LinkedMention =>
  isName(view, m, 'Location') || isName(view, m, 'Country');
const isOrg = (view: SentenceView, m: LinkedMention | undefined): m is LinkedMention => isName(view, m, 'Organization');

/** "the White House Transition Coordinating Council": a seat of government before a body's name is part of the name, no place containing it. */
const SEATS =
  /^(?:the\s+)?(?:White House|Capitol|Kremlin|Pentagon|Élysée|Elysee|Downing Street|Blue House|Zhongnanhai)$/;
function isSeatOfGovernment(view: SentenceView, m: LinkedMention): boolean {
  return SEATS.test(view.doc.entities.get(m.entity)?.name ?? '');
}

/** A country, or a place the lexicon or its name marks as a town or region ("Mahler's Vienna Philharmonic tour" names no place). */
function isOwningPlace(view: SentenceView, m: LinkedMention | undefined): m is LinkedMention {
  if (!isPlace(view, m)) return false;
  const name = view.doc.entities.get(m.entity)?.name ?? '';
  return typeOf(view, m) === 'Country' || isAdminArea(name) || isKnownPlace(name.toLowerCase());
}

/**
 * Whether a place written right before an organisation's name places it: a country before a body of its government
 * ("U.S. Senate", "the Russian Ministry of Defense"), a town only in a wire service's source line. "Texas A&M
 * Agricultural Research Station", "the Fort Worth VA Clinic", "The United States Army Band" have the place inside
 * their names, and an organisation read without it is cut.
 */
function qualifiesBody(view: SentenceView, place: LinkedMention, org: LinkedMention): boolean {
  // "the Puerto Rico Department of Housing": a territory's bodies carry its name, as a state's do
  if (typeOf(view, place) !== 'Country' || isStateOrProvince(view.doc.entities.get(place.entity)?.name ?? ''))
    return endsSourceLine(
      view.doc.norm.slice(org.start, org.end),
      view.doc.norm.slice(org.end, Math.min(view.sentence.end, org.end + 30)),
    );
  return isGovernmentBody(view.doc.entities.get(org.entity)?.name ?? '');
}

/** "Army Corps of Engineers" → "Corps", "Equal Employment Opportunity Commission" → "Commission": the noun a body's name is built on. */
function headWord(name: string): string {
  const before = name.split(/\s+of\s+/)[0] ?? name;
  return before.split(/\s+/).pop() ?? '';
}

const GOVERNMENT_HEADS = new Set([
  ...Object.entries(ORG_CUES)
    .filter(([, kind]) => kind === 'agency' || kind === 'military')
    .map(([w]) => w),
  'Government',
  'Guard',
  'Reserve',
  'Mission',
  'Command',
  ...NATIONAL_LEGISLATURES,
]);

/** "Department of Education Green Ribbon Schools", "… Honorees": an award or programme named after the body that runs it. */
const AWARD_TAIL =
  /\s(?:Schools|Honorees|Awardees|Awards?|Prizes?|Fellows|Fellowships?|Scholars|Scholarships?|Grants?|Challenge|Initiative|Programs?)$/;

/**
 * A body of a nation's government named whole: built on a government head word, not two names glued ("Air Force and
 * Space Force", "Department of Labor's OSHA"), nor an award or programme named after one.
 */
function isGovernmentBody(name: string): boolean {
  const before = name.split(/\s+of\s+/)[0] ?? name;
  return (
    GOVERNMENT_HEADS.has(headWord(name)) &&
    !/\s(?:and|&)\s/.test(before) &&
    !/['’]s\b/.test(name) &&
    !AWARD_TAIL.test(name)
  );
}

/** "Inter-American University of Puerto Rico": a school's "of" and country are part of its name, not where it is. */
function isAcademic(name: string): boolean {
  return ORG_CUES[headWord(name)] === 'academic';
}

/** LOCATED_IN for organisations in news prose: sites, home towns, place-qualified kinds, possessives. */
// A dateline ("LAGOS, Nigeria (AP)") places only the story, not the agency's bureau, so it yields no relation.
export function orgPlaceRelations(view: SentenceView): void {
  const ms = view.mentions;
  for (let i = 0; i < ms.length; i++) {
    const a = ms[i];
    const b = ms[i + 1];
    if (isOrg(view, a) && isPlace(view, b) && !GENERIC_BODY.test(view.doc.entities.get(a.entity)?.name ?? '')) {
      const g = gap(view, a, b);
      // a headquarters says where the organisation is based; a bureau or plant only where it works, which places the site
      if (HEADQUARTERS_IN.test(g)) emit(view, a, 'LOCATED_IN', b, 0.7, { rule: 'location-based' });
      // "the 3rd Brigade in Ronda in Malaga": the organisation is in the outer place too
      const c = ms[i + 2];
      if (/^\s+in\s+$/.test(g) && isPlace(view, c) && /^\s+in\s+$/.test(gap(view, b, c)))
        emit(view, a, 'LOCATED_IN', c, 0.6);
      // "Acme Steel Corp. of Gary" sites a firm its suffix closes, "the Supreme Court of Pakistan" a nation's body;
      // "the Seminole Tribe of Florida", "the Federal Reserve Bank of San Francisco" are one name, cut if read apart
      if (
        OF_PLACE.test(g) &&
        ((typeOf(view, b) === 'Country' && !isAcademic(view.doc.entities.get(a.entity)?.name ?? '')) ||
          CLOSED_BY_SUFFIX.test(view.doc.entities.get(a.entity)?.name ?? '')) &&
        !/^\s*'s/.test(view.doc.norm.slice(b.end, b.end + 3))
      )
        emit(view, a, 'LOCATED_IN', b, 0.6);
      if (ARTICLE.test(g) && QUALIFIED_KIND.test(view.doc.norm.slice(b.end, b.end + 50)))
        emit(view, a, 'LOCATED_IN', b, 0.7);
    }
    // "U.S. LNG exports", "America's Gold Star families": an organisation name used as a modifier is no organisation of that place
    if (b && isModifier(view, b)) continue;
    if (b && isOrg(view, b) && UNIT_AFTER.test(view.doc.norm.slice(b.end, Math.min(view.sentence.end, b.end + 40))))
      continue;
    // "the U.S. Army", "the British Army": a bare institution word is every country's, so it is placed in none
    if (b && GENERIC_BODY.test(view.doc.entities.get(b.entity)?.name ?? '')) continue;
    // "the first British NATO Secretary General": the place qualifies the post written after the organisation
    if (b && TITLE_AFTER.test(view.doc.norm.slice(b.end, b.end + 40))) continue;
    // "U.S. Congress", "Cairo AL-AHALI in Arabic" (a wire-service source line): a place written before an organisation's name qualifies it
    if (
      isPlace(view, a) &&
      isOrg(view, b) &&
      /^ $/.test(gap(view, a, b)) &&
      !isSeatOfGovernment(view, a) &&
      qualifiesBody(view, a, b)
    )
      // a source line names where its paper or broadcaster is based, so a news agency is placed there too
      emit(view, b, 'LOCATED_IN', a, 0.6, typeOf(view, a) === 'Country' ? undefined : { rule: 'source-line' });
    // "the French Senate": a demonym written before an organisation's name places it in that country
    if (a?.kind === 'demonym' && typeOf(view, a) === 'Country' && isOrg(view, b) && /^ $/.test(gap(view, a, b)))
      emit(view, b, 'LOCATED_IN', a, 0.6);
    // "Munich's Sparkasse bank", "Kenya's ruling party"
    if (isOwningPlace(view, a) && isOrg(view, b) && /^'s\s+(?:[a-z-]+\s+)?$/.test(gap(view, a, b)))
      emit(view, b, 'LOCATED_IN', a, 0.7);
  }
}
