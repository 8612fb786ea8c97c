import { POSITION_RE_SOURCE } from '../../knowledge/titles';
import type { LinkedMention } from '../types';
import { emit, gap, isName, typeOf, type SentenceView } from './sentence-view';

const JOBS = [
  'columnist',
  'comptroller',
  'attorney',
  'counsel',
  'counselor',
  'teacher',
  'physician',
  'worker',
  'trustee',
  'administrator',
  'operator',
  'agent',
  'investigator',
  'inspector',
  'consultant',
  'producer',
  'writer',
  'anchor',
  'commentator',
  'photographer',
  'banker',
  'broker',
  'dealer',
  'strategist',
  'activist',
  'organizer',
  'member',
  'principal',
  'superintendent',
  'provost',
  'lawmaker',
  'legislator',
  'delegate',
  'placekicker',
  'player',
  'major',
  // some news corpora drop the head noun of "vice president"; the bare modifier still names a post
  'vice',
];
const ROLE = `(?:${POSITION_RE_SOURCE}|${JOBS.join('|')})`;
/** "in Kenya's": a place owning the organisation. */
const POSSESSOR = "[A-Z][\\w.-]*(?:\\s+[A-Z][\\w.-]*)?'s\\s+";
/** "of the Corsican separatist organization": a described kind of organisation right before its name. */
const KIND = '(?:[\\w-]+\\s+){0,4}(?:organi[sz]ation|group|party|movement|company|firm|agency|union|network)\\s+';
/** ", a professor of law at", ", 58, was acting treasurer at the", " (leader of the". */
const ROLE_APPOSITION = new RegExp(
  `^(?:,\\s+(?:\\d{1,3},\\s+)?|\\s+\\()(?:(?:who\\s+)?(?:is|was|has been|had been)\\s+)?[^,;:()"]{0,70}?\\b${ROLE}s?\\b[^,;:()"]{0,60}?\\s(?:of|for|at|with|in)\\s+(?:the\\s+)?(?:${POSSESSOR}|(?:[a-z]+\\s+)?|${KIND})$`,
  'i',
);
/** ", an EPA spokeswoman", ", Acme Corp.'s chairman and chief executive officer": the employer qualifies the role. */
const ORG_QUALIFIED_BEFORE =
  /^,\s+(?:\d{1,3},\s+)?(?:(?:who\s+)?(?:is|was)\s+)?(?:an?|the|another)?\s*(?:(?:former|senior|retired|longtime|top|chief|veteran)\s+)*$/i;
const ORG_QUALIFIED_AFTER = new RegExp(
  `^(?:'s)?\\s+(?:[a-z-]+\\s+){0,3}?${ROLE}s?(?:\\s+and\\s+[a-z ]+?)?(?=\\s*(?:[,.;:]|$)|\\s+(?:who|and|said|says|since|for)\\b)`,
  'i',
);
/** "Ann Lee of the Forest Service", "Bo Li at the Institute of Physics", "Tom Reed, 47, of the agency". */
const OF_ORG = /^(?:,\s+\d{1,3},)?\s+(?:of|at)\s+(?:the\s+)?$/;
/** "taught at Yale University", "who operates the Harbour Museum". */
const WORKS_AT =
  /^,?\s+(?:who\s+)?(?:(?:also|now|currently|still|once|later)\s+)?(?:(?:teaches|taught|works|worked|lectures|lectured|serves|served)\s+(?:at|for|with)|operates|operated|runs|ran|heads|headed|chairs|chaired|directs|directed|manages|managed)\s+(?:the\s+)?$/;
/** "Yale University and the Naval War College", "and a member of the", "of the City University", "and works at the". */
const CONTINUED = new RegExp(
  `^\\s+(?:and\\s+(?:the\\s+)?|of\\s+the\\s+|and\\s+(?:an?\\s+|the\\s+)?(?:[a-z-]+\\s+){0,2}?(?:${ROLE}\\s+(?:of|for|at|with)|works\\s+(?:at|for))\\s+(?:the\\s+)?)$`,
  'i',
);
/** "the deputy head of the Trade Ministry, Kim Park": a post of an organisation, then its holder. */
const ROLE_OF_BEFORE = new RegExp(`\\b${ROLE}\\s+(?:of|at)\\s+(?:the\\s+)?$`, 'i');
/** "be it a member of Congress, AG Garland, …": an indefinite post names one of many, so the name after it is a list's next item. */
export const INDEFINITE_ROLE_OF_BEFORE = new RegExp(
  `\\ban?\\s+(?:[a-z-]+\\s+){0,2}?${ROLE}\\s+(?:of|at)\\s+(?:the\\s+)?$`,
  'i',
);
/** "Jean Roy's Liberal Party", "the senator's allegedly corrupt Dock Workers Union". */
const POSSESSED = /^'s\s+(?:[a-z-]+\s+){0,2}$/;
export const PARTY_NAME = /\b(?:Party|League|Alliance|Front|Union|Congress)\b/;
/** "Henry of the Kingdom of Navarre", "Berke of the Golden Horde", "a marshal at the Battle of Waterloo": a ruler's realm or an event, not an employer. */
export const NOT_EMPLOYER =
  /\b(?:Empire|Kingdom|Duchy|Margraviate|Principality|Horde|Khanate|Caliphate|Sultanate|Dynasty|House)\b|ate$|^(?:Battle|Siege|Treaty)\b/;
/** A post only proposed or sought, not held. */
const NOMINATED = /\b(?:nominee|nominated|candidate)\b/i;
const FOUNDER = /\b(?:co-?)?founders?\b/i;

/** "a career member of the", "and a member of the": membership of a corps or society, not a post in it ("a staff member of" is a job). */
export const MEMBERSHIP = /(?<!\b(?:staff|faculty)\s+)\bmembers?\s+(?:of|in)\s+(?:the\s+)?$/i;

/** The organisation a person is affiliated with: a party, union or named membership, otherwise a post. */
function affiliate(view: SentenceView, p: LinkedMention, o: LinkedMention, confidence: number, lead = ''): void {
  const name = view.doc.entities.get(o.entity)?.name ?? '';
  if (NOT_EMPLOYER.test(name)) return;
  emit(view, p, PARTY_NAME.test(name) || MEMBERSHIP.test(lead) ? 'MEMBER_OF' : 'HOLDS_POSITION', o, confidence);
}

/** ", members of Congress": a plural post after one name addresses or lists a group, it does not describe the name. */
const PLURAL_MEMBERS = /(?<!\bone\s+of\s+(?:the|its|their)\s+)\bmembers\s+(?:of|for|at|with|in)\s+(?:the\s+)?$/i;

/** A role apposition: "founder of" founded the organisation; any other post there is held. */
function roleApposition(view: SentenceView, p: LinkedMention, o: LinkedMention, g: string): boolean {
  if (!ROLE_APPOSITION.test(g)) return false;
  // "Lori Peek, Nominee for Member of the Board": a nomination is not yet a post
  if (NOMINATED.test(g) || PLURAL_MEMBERS.test(g)) return true;
  if (!FOUNDER.test(g)) affiliate(view, p, o, 0.7, g);
  else {
    emit(view, p, 'FOUNDED', o, 0.7);
    if (ROLE_APPOSITION.test(g.replace(FOUNDER, ''))) affiliate(view, p, o, 0.7);
  }
  return true;
}

/** The organisations after a person within the next few mentions, with no other person or organisation between. */
function followingOrgs(view: SentenceView, i: number): LinkedMention[] {
  const out: LinkedMention[] = [];
  for (let k = i + 1; k < Math.min(view.mentions.length, i + 4); k++) {
    const m = view.mentions[k] as LinkedMention;
    const t = typeOf(view, m);
    if (t === 'Organization' && m.kind === 'name') out.push(m);
    if (t === 'Person' || t === 'Organization') break;
  }
  return out;
}

/** Whether a person's name follows the organisation with nothing between, so the post before it is that person's. */
function titlesNextPerson(view: SentenceView, o: LinkedMention): boolean {
  const next = view.mentions[view.mentions.indexOf(o) + 1];
  return isName(view, next, 'Person') && /^\s+$/.test(gap(view, o, next));
}

/** HOLDS_POSITION and MEMBER_OF in news prose: role appositions, employer-qualified roles, "of"/"at", verbs of work. */
export function affiliationRelations(view: SentenceView): void {
  const ms = view.mentions;
  for (let i = 0; i < ms.length; i++) {
    const p = ms[i];
    if (!isName(view, p, 'Person')) continue;
    for (const o of followingOrgs(view, i)) {
      const g = gap(view, p, o);
      if (g.length > 140) break;
      // "Lena Ortiz, Director of the Peace Corps Sam Whitfield": a title and body written right before a name are that name's
      if (titlesNextPerson(view, o)) break;
      const after = view.doc.norm.slice(o.end, Math.min(view.sentence.end, o.end + 80));
      const role = roleApposition(view, p, o, g);
      const qualified = !role && ORG_QUALIFIED_BEFORE.test(g) ? ORG_QUALIFIED_AFTER.exec(after) : null;
      if (qualified) affiliate(view, p, o, 0.7);
      // "shot Tom Lane at Ford's Theater": an organisation owning the place is not the person's employer
      else if ((OF_ORG.test(g) || WORKS_AT.test(g)) && !after.startsWith("'s")) affiliate(view, p, o, 0.6);
      // "taught at Yale University and the Naval War College": the list goes on to the next organisation
      const next = ms[ms.indexOf(o) + 1];
      if (
        (role || qualified || WORKS_AT.test(g)) &&
        isName(view, next, 'Organization') &&
        CONTINUED.test(gap(view, o, next))
      )
        affiliate(view, p, next, 0.6, gap(view, o, next));
      if (role || qualified) break;
    }
    const prev = ms[i - 1];
    // "the head of the Liver Unit, Dr. Ann Lee": an abbreviated title may stand between the body and its post's holder
    if (isName(view, prev, 'Organization') && /^,?\s+(?:[A-Z][a-z]{1,3}\.\s+)?$/.test(gap(view, prev, p))) {
      const before = view.doc.norm.slice(Math.max(view.sentence.start, prev.start - 50), prev.start);
      if (ROLE_OF_BEFORE.test(before) && !INDEFINITE_ROLE_OF_BEFORE.test(before)) {
        if (/(?:co-?)?founder\s+(?:of|at)\s+(?:the\s+)?$/i.test(before)) emit(view, p, 'FOUNDED', prev, 0.65);
        else affiliate(view, p, prev, 0.65);
      }
    }
    const next = ms[i + 1];
    // a person's party or union; other possessed organisations ("Trump's Twitter") say too little
    if (
      isName(view, next, 'Organization') &&
      POSSESSED.test(gap(view, p, next)) &&
      PARTY_NAME.test(view.doc.entities.get(next.entity)?.name ?? '')
    ) {
      emit(view, p, 'MEMBER_OF', next, 0.55);
    }
  }
}
