import { ORG_CUES } from '../../knowledge/cues';
import { NAME_TITLE_RE_SOURCE, POSITION_RE_SOURCE } from '../../knowledge/titles';
import type { LinkedMention } from '../types';
import type { GuardView } from './guard-view';

/** "a career member of the Senior Foreign Service": a personnel rank, no body to hold a post or membership in. */
const RANK_CORPS = /^(?:the\s+)?Senior\s+(?:Foreign|Executive)\s+Service\b/;

/** Whether a mention names a rank such as the Senior Foreign Service, by what is written or by its entity's name. */
export function isRankCorps(view: GuardView, m: LinkedMention): boolean {
  const surface = view.doc.norm.slice(m.start, m.end).replace(/\s+/g, ' ');
  return RANK_CORPS.test(surface) || RANK_CORPS.test(view.doc.entities.get(m.entity)?.name ?? '');
}

/** Head words of a body one can hold a post in, beyond the organisation cues ("Board", "Laboratory", "LLP"). */
const MORE_BODY_WORDS = [
  'Board',
  'Laboratory',
  'Laboratories',
  'Lab',
  'Hospital',
  'Clinic',
  'Museum',
  'Library',
  'Network',
  'Coalition',
  'Partnership',
  'Trust',
  'Caucus',
  'Team',
  'Firm',
  'Partners',
  'LLP',
  'LLC',
  'Co.',
  'Station',
  'Command',
  'Guard',
  'Reserve',
  'System',
  'Systems',
  'Initiative',
  'Program',
  'Programme',
  'Project',
  'Campaign',
  'Secretariat',
  'Mission',
  'Consulate',
  'Unit',
  'Division',
  'Branch',
  'Section',
  'Staff',
];
const BODY_WORDS = new Set([...Object.keys(ORG_CUES), ...MORE_BODY_WORDS]);

/** Whether a name has a word that makes it a body ("Office", "University", "Board") rather than a field or an area. */
function hasBodyWord(name: string): boolean {
  return name.split(/[\s,]+/).some((w) => BODY_WORDS.has(w) || BODY_WORDS.has(w.replace(/s$/, '')));
}

/** A capitalised post then "for" ("Special Envoy for", "Deputy Director for", "Assistant Secretary of State for"). */
const TITLE_FOR = new RegExp(
  `(?:^|[^\\w])((?:${NAME_TITLE_RE_SOURCE}|${POSITION_RE_SOURCE}|Coordinator|Envoy|Czar|Counselor|Counsellor))(?:\\s+of\\s+State)?\\s+for\\s+(?:the\\s+)?$`,
  'i',
);
/** A post then "of" or "for" ("Director of", "vice president of"), whose complement may be a field before the body. */
const TITLE_OF = new RegExp(`\\b(?:${POSITION_RE_SOURCE}|${NAME_TITLE_RE_SOURCE})\\s+(?:of|for)\\s+(?:the\\s+)?$`, 'i');
/** A capitalised title right after a name ("United States Senator"), which the name qualifies. */
const NEXT_TITLE = new RegExp(`^\\s+(?:${NAME_TITLE_RE_SOURCE})\\b`);
/** What leads from a field or unit to the body it belongs to: "at the", "for the", "in the", "on the". */
const TO_BODY = /^\s+(?:at|for|in|on|within|with)\s+(?:the\s+)?$/;

/**
 * "Special Envoy for Haiti", "Deputy Director for Regional Affairs, in the Africa Bureau", "Director of Patient
 * Navigation, Levine Cancer Institute", "Chief of Infectious Diseases at Weill Cornell Medicine": what a capitalised
 * post is "for" names the area it covers, and a field or unit with no body word before the body it belongs to names
 * the portfolio, not where the post is held.
 */
export function isPortfolio(view: GuardView, m: LinkedMention): boolean {
  const e = view.doc.entities.get(m.entity);
  if (!e) return false;
  const before = view.doc.norm.slice(Math.max(view.sentence.start, m.start - 60), m.start);
  const tf = TITLE_FOR.exec(before);
  // "State Director for United States Senator Ann Fox": the place qualifies the next person's title, no area
  const titleAfter = NEXT_TITLE.test(view.doc.norm.slice(m.end, Math.min(view.sentence.end, m.end + 40)));
  if (tf?.[1] && /^[A-Z]/.test(tf[1]) && !titleAfter && (e.type !== 'Organization' || !hasBodyWord(e.name)))
    return true;
  if (e.type !== 'Organization' || hasBodyWord(e.name) || !TITLE_OF.test(before)) return false;
  const next = view.mentions.find((n) => n.start >= m.end);
  if (!next || view.doc.entities.get(next.entity)?.type !== 'Organization' || next.start > view.sentence.end)
    return false;
  const between = view.doc.norm.slice(m.end, next.start);
  if (TO_BODY.test(between)) return true;
  // "Director of Patient Navigation, Levine Cancer Institute": a comma only in a capitalised roster line
  const title = TITLE_OF.exec(before)?.[0] ?? '';
  return /^,\s+$/.test(between) && /^[A-Z]/.test(title.trim());
}

/** "State for Political Affairs" of "Under Secretary of State for …", "Cabinet for European Commission" of "Chief of Cabinet for …": a post's tail. */
export function isPostTail(name: string): boolean {
  return /^(?:State|Cabinet)\s+(?:for|of)\s/.test(name);
}

/** A bullet or bold label that opens a line, up to its colon: "- **Support for Food Security in the Sahel:**". */
const LABEL = /^\s*(?:[-*•]\s+)?(?:\*\*|<u>|\*\*<u>)?[^:]{3,160}?:/;

/**
 * "**Support for Food Security in the Sahel:**", "Investing in America's Clean Energy Infrastructure:": a heading
 * names a topic, so what it seems to place is no organisation sited anywhere.
 */
export function inHeadingLabel(view: GuardView, a: LinkedMention, b: LinkedMention): boolean {
  const text = view.doc.norm.slice(view.sentence.start, view.sentence.end);
  if (!/^\s*(?:[-*•]\s+|\*\*)/.test(text)) return false;
  const label = LABEL.exec(text);
  if (!label) return false;
  const end = view.sentence.start + label[0].length;
  return a.end <= end && b.end <= end;
}
