import { NAME_TITLE_RE_SOURCE, NAME_TITLES, POSITION_WORDS } from '../../knowledge/titles';
import type { Doc, EntityDraft, LinkedMention } from '../types';

const TITLE_WORDS = new Set([...NAME_TITLES, ...POSITION_WORDS].map((w) => w.toLowerCase().split(/\s+/).pop() ?? ''));
for (const w of [
  'advisor',
  'adviser',
  'lady',
  'nominee',
  'czar',
  'member',
  'officer',
  'policy',
  'administrator',
  'counsel',
  // posts the judged samples found typed as bodies or people ("Deputy Political Counselor", "ISIS Amir", "Federal Cochairperson")
  'counselor',
  'counsellor',
  'attorney',
  'chairperson',
  'cochairperson',
  'co-chair',
  'amir',
  'emir',
  'tánaiste',
  'taoiseach',
  'pastor',
  'da',
  // "Deputy Assistant" (to the President) typed as a body in staff lists
  'assistant',
  'emeritus',
  'emerita',
])
  TITLE_WORDS.add(w);

/**
 * A name that is a title, not a body or a person: "White House Homeland Security Advisor", "Nashville Mayor", "First Lady",
 * "Nominee for Deputy Secretary", "Ranking Member". A post held in a title says nothing an analyst could cite.
 */
export function isTitleName(e: EntityDraft | undefined): boolean {
  if (e?.type === 'Location') return LOCAL_POST.test(e.name);
  if (!e || (e.type !== 'Organization' && e.type !== 'Person')) return false;
  const words = e.name.split(/\s+/);
  const last = (words[words.length - 1] ?? '').toLowerCase();
  return (
    TITLE_WORDS.has(last) ||
    /^(?:Nominee|Head|Chief|Director|Secretary|Chair|Chairman)\s+(?:for|of)\b/.test(e.name) ||
    POST_OPENING.test(e.name)
  );
}

/** "Dow Ruiz, County Executive, King County": a local post in a roster line, typed as the place it is held in. */
const LOCAL_POST =
  /\b(?:Executive|Mayor|Supervisor|Commissioner|Governor|Administrator|Manager|Judge|Sheriff|Clerk|Treasurer|Assessor|Attorney|Councilmember|Council Member|Councilman|Councilwoman|Alderman|Alderwoman|Selectman|Chair|Chairman|Chairwoman|Director|Secretary|Senator|Representative|Officer)$/;

/** "Counselor for Public Affairs", "Senior Pastor of Prestonwood Baptist Church", "Founder and Board Chair of Akonadi Foundation": a post opening the name. */
const POST_OPENING =
  /^(?:(?:Senior|Deputy|Assistant|Associate|Principal|Acting|Executive|Managing|Special|Vice|First)\s+)*(?:Counsel(?:l)?or|Attorney|Pastor|Professor|Founder|Co-?Founder|Officer|Chair(?:man|woman|person)?|Director|Secretary|President)\b(?:\s+and\s+(?:[A-Z][a-z]+\s+){1,2}?)?\s*(?:for|of|at|to)\s/;

const TITLE_BEFORE = new RegExp(`(?:^|[^A-Za-z])(?:${NAME_TITLE_RE_SOURCE})\\s+(?:[A-Z][a-z]+\\s+)?$`);

/** "Prime Minister (Justin) Trudeau of Canada" read as an organisation: a name after a person's title (and a first name) is a person's. */
export function isTitledOrganisation(doc: Doc, m: LinkedMention): boolean {
  if (doc.entities.get(m.entity)?.type !== 'Organization') return false;
  return TITLE_BEFORE.test(doc.norm.slice(Math.max(0, m.start - 30), m.start));
}

/** "signed an Executive Order", "issued a Proclamation": a kind of instrument, not one named policy an analyst could cite. */
const GENERIC_INSTRUMENT =
  /^(?:an?\s+|the\s+)?(?:(?:new|presidential|executive)\s+)?(?:Executive Orders?|Proclamations?|Memorand(?:um|a)|Orders?|Acts?|Laws?|Bills?|Rules?|Regulations?|Directives?|Decrees?|Policy|Policies|Strategy)$/i;

/** Whether a policy's name is only the kind of instrument it is. */
export function isGenericInstrument(e: EntityDraft | undefined): boolean {
  return !!e && e.type === 'Policy' && GENERIC_INSTRUMENT.test(e.name.trim());
}

/** "Jr.", "States", "Office", "League": a suffix or one institution word left over from a longer name names nothing on its own. */
const FRAGMENT =
  /^(?:Jr\.?|Sr\.?|[IVX]{1,4}|States|Office|Department|League|Government|Cabinet|Army|Navy|Council|Committee|Agency|Administration|Nation|Commonwealth|Public Affairs|AI)$/;
/** "the U.S. Embassy in Jakarta" read as "Embassy", "U.S. Mission": one country's every embassy or mission, no one body to place. */
const GENERIC_POST_ABROAD =
  /^(?:(?:the\s+)?(?:U\.S\.?|US|United States|American)\s+)?(?:Embass(?:y|ies)|Consulates?(?:\s+General)?|Missions?)$/;

/** "the City Council", "the Board of Directors": a kind of body every town or firm has, naming none of them. */
const GENERIC_BOARD =
  /^(?:(?:City|Town|County|Village|Municipal|Student|Advisory|Executive|Supervisory|Editorial|School)\s+(?:Council|Board|Commission|Committee)|Board\s+of\s+(?:Directors|Trustees|Visitors|Governors|Regents|Supervisors|Education|Advisors|Advisers|Overseers|Commissioners)|Board)$/i;

/** Whether an entity's name is only a fragment of a longer one, or a kind of body that names none. */
export function isNameFragment(e: EntityDraft | undefined): boolean {
  if (!e) return false;
  const name = e.name.trim();
  return (
    FRAGMENT.test(name) || GENERIC_POST_ABROAD.test(name) || (e.type === 'Organization' && GENERIC_BOARD.test(name))
  );
}

/** A post's last word ("Administrator", "Counsel", "Director"), whatever its case. */
export function isPostWord(word: string): boolean {
  return TITLE_WORDS.has(word.toLowerCase());
}
