import type { LinkedMention } from '../types';
import { emit, gap, typeOf, type SentenceView } from './sentence-view';

const PARTY_NAME = /\b(?:Party|Partei|Parti|Partido|Partito|League|Alliance|Congress|Front)\b/;
/** "Janne Johnsen (Conservative Party)": a party in brackets right after a name. */
const BRACKETED = /^\s+\($/;
/** "a Norwegian politician for the Labour Party", "the Labour Party's candidate". */
const PARTY_ROLE =
  /\b(?:politician|member|representative|candidate|deputy|MP|senator|councillor|councilor|mayor|leader|chairman|activist)\s+(?:for|of|from|in)\s+the\s+$/;
const BAND_ROLE =
  '(?:bassist|guitarist|drummer|vocalist|singer|frontman|frontwoman|keyboardist|lead singer|lead vocalist|member|co-founder|rapper)';
/** "Fall Out Boy bassist Pete Wentz". */
const ROLE_BEFORE = new RegExp(`^\\s+(?:(?:former|founding|lead|rhythm|bass)\\s+)?${BAND_ROLE}\\s+$`);
/** "Dulce María of the Mexican pop group RBD", "Pete Wentz, bassist of Fall Out Boy". */
const GROUP_AFTER = new RegExp(
  `^(?:,\\s+(?:the\\s+)?(?:former\\s+)?${BAND_ROLE}\\s+(?:of|for|in|with)|\\s+(?:of|from))\\s+(?:the\\s+)?(?:[A-Z][a-z]+\\s+)?(?:(?:pop|rock|boy|girl|punk|metal|folk|vocal|hip hop|indie)\\s+)?(?:group|band|duo|trio)\\s+$`,
);
/** "was elected a member of the Royal Swedish Academy of Sciences", "became a fellow of". */
const ELECTED =
  /^\s+(?:was|were|has been|had been|is)\s+(?:also\s+)?(?:elected|made|appointed|admitted|inducted)\s+(?:as\s+)?(?:an?\s+)?(?:(?:foreign|honorary|full|corresponding|life)\s+)?(?:member|fellow)\s+(?:of|to|into)\s+(?:the\s+)?$/;

function isParty(view: SentenceView, m: LinkedMention): boolean {
  const e = view.doc.entities.get(m.entity);
  return e?.type === 'Organization' && (e.kind === 'party' || PARTY_NAME.test(e.name));
}

/** The person a sentence is about: its first mention when that is a person (a name or "He"). */
function sentenceSubject(view: SentenceView): LinkedMention | undefined {
  const first = view.mentions[0];
  if (!first || typeOf(view, first) !== 'Person') return undefined;
  return view.doc.norm.slice(view.sentence.start, first.start).trim() === '' ? first : undefined;
}

/** MEMBER_OF patterns: bracketed parties, party politicians, band members, elected members of academies. */
export function membershipRelations(view: SentenceView): void {
  const ms = view.mentions;
  for (let i = 0; i + 1 < ms.length; i++) {
    const a = ms[i] as LinkedMention;
    const b = ms[i + 1] as LinkedMention;
    const g = gap(view, a, b);
    const at = typeOf(view, a);
    const bt = typeOf(view, b);
    if (at === 'Person' && a.kind === 'name' && BRACKETED.test(g) && isParty(view, b))
      emit(view, a, 'MEMBER_OF', b, 0.75);
    if (at === 'Organization' && bt === 'Person' && b.kind === 'name' && ROLE_BEFORE.test(g))
      emit(view, b, 'MEMBER_OF', a, 0.75);
    if (at === 'Person' && bt === 'Organization' && GROUP_AFTER.test(g)) emit(view, a, 'MEMBER_OF', b, 0.75);
    if (at === 'Person' && bt === 'Organization' && ELECTED.test(g)) emit(view, a, 'MEMBER_OF', b, 0.75);
  }
  const subject = sentenceSubject(view);
  if (!subject) return;
  for (const m of ms) {
    if (m.start <= subject.end || !isParty(view, m)) continue;
    const before = view.doc.norm.slice(Math.max(subject.end, m.start - 60), m.start);
    if (PARTY_ROLE.test(before)) emit(view, subject, 'MEMBER_OF', m, 0.7);
  }
}
