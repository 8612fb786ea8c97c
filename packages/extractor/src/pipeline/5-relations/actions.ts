import type { Predicate } from '@newsgraph/schema';
import {
  emit,
  gap,
  matchesIn,
  nameOpenedBy,
  objectAfter,
  subjectBefore,
  typeOf,
  type SentenceView,
} from './sentence-view';
import type { LinkedMention } from '../types';
import { NAME_TITLE_RE_SOURCE } from '../../knowledge/titles';

const ISSUE_VERBS =
  'released|issued|published|unveiled|adopted|enacted|signed|passed|launched|approved|promulgated|rolled out|releases|issues|publishes|unveils|adopts|enacts|signs|passes|launches|approves';
const ACTIVE: [RegExp, Predicate, number][] = [
  [new RegExp(`\\b(?:${ISSUE_VERBS})\\b`), 'ISSUED', 0.75],
  [
    /\b(?:put forward|puts forward|proposed|proposes|introduced|introduces|floated|came up with|initiated|initiates)\b/,
    'PROPOSED',
    0.75,
  ],
  [
    /\b(?:supports|supported|backs|backed|endorses|endorsed|advocates|advocated|welcomed|welcomes|champions|championed)\b/,
    'SUPPORTS',
    0.7,
  ],
  [
    /\b(?:opposes|opposed|rejects|rejected|condemns|condemned|refutes|refuted|denounced|denounces|criticized|criticised|criticizes|criticises|slammed|slams|vetoed)\b/,
    'OPPOSES',
    0.7,
  ],
  [/\b(?:accuses|accused|blames|blamed)\b/, 'ACCUSES', 0.7],
  [
    /\b(?:met|meets|met with|meets with|held talks with|holds talks with|spoke with|speaks with|talked with|hosted|hosts|received)\b/,
    'MET_WITH',
    0.75,
  ],
  [
    /\b(?:attended|attends|spoke at|speaks at|addressed|addresses|took part in|takes part in|participated in|participates in|joined|joins|competed in|competes in)\b/,
    'PARTICIPATED_IN',
    0.7,
  ],
  [/\b(?:founded|co-founded|cofounded|established|set up|created|formed)\b/, 'FOUNDED', 0.7],
  [/\b(?:joined|joins|is a member of|was a member of|became a member of|member of)\b/, 'MEMBER_OF', 0.7],
];
const PASSIVE: [RegExp, Predicate, number][] = [
  [
    new RegExp(
      `^,?\\s*(?:which|that)?\\s*(?:was|were|is|are|has been|had been|have been)?\\s*(?:jointly\\s+|formally\\s+|officially\\s+|first\\s+)?(?:${ISSUE_VERBS})\\s+(?:\\w+\\s+){0,3}?by\\s+(?:the\\s+)?$`,
    ),
    'ISSUED',
    0.8,
  ],
  [
    /^,?\s*(?:which|that)?\s*(?:was|were|is|had been|has been)?\s*(?:first\s+)?(?:proposed|put forward|introduced)\s+by\s+(?:the\s+)?$/,
    'PROPOSED',
    0.8,
  ],
  [
    /^,?\s*(?:which|that)?\s*(?:was|were|is|had been|has been)?\s*(?:co-)?(?:founded|established|created|set up|formed)\s+(?:in\s+\d{4}\s+)?by\s+(?:the\s+)?$/,
    'FOUNDED',
    0.8,
  ],
];
const ANAPHOR =
  /^\s+(?:the|this|that|his|her|its)\s+(?:idea|concept|principle|proposal|initiative|notion|vision|plan|strategy|doctrine|policy)\b/;

function policyBefore(view: SentenceView, at: number): LinkedMention | undefined {
  const all = view.doc.mentions.filter((m) => m.end <= at && view.doc.entities.get(m.entity)?.type === 'Policy');
  const last = all[all.length - 1];
  return last && at - last.end < 400 ? last : undefined;
}

/** "Libyan", "Qatari", "Japanese": a country written as its adjective, which qualifies the noun after it. */
function isDemonym(view: SentenceView, m: LinkedMention): boolean {
  const surface = view.doc.norm.slice(m.start, m.end);
  return (
    typeOf(view, m) === 'Country' &&
    surface !== view.doc.entities.get(m.entity)?.name &&
    /^[A-Z][a-z]+(?:an|ese|i|ish|ch|ic)$/.test(surface)
  );
}

/** A post's capitalised words ending on its title word, between a verb (or a country qualifying the post) and the holder. */
const POST_BEFORE_HOLDER = new RegExp(
  `^\\s*(?:(?:the|with|to)\\s+)*(?:(?:[A-Z][\\w.’'-]*|of|for|and|the)\\s+){0,5}?(?:${NAME_TITLE_RE_SOURCE}|Advis[oe]r|Coordinator|Administrator|Envoy|Representative)\\s+$`,
);

/**
 * "met with Japanese National Security Advisor Akiba Takeo", "met with Prime Minister Fumio Kishida": the one acted on
 * is the holder named after the post (and the country qualifying it), not the country.
 */
function holderAfter(view: SentenceView, at: number): LinkedMention | undefined {
  const next = view.mentions.find((n) => n.start >= at && typeOf(view, n) !== 'Country');
  if (!next || next.kind !== 'name' || typeOf(view, next) !== 'Person') return undefined;
  return POST_BEFORE_HOLDER.test(view.doc.norm.slice(at, next.start)) ? next : undefined;
}

/** Words that may follow a name that is itself the object: function words, never a noun the name would qualify. */
const AFTER_OBJECT =
  /^\s+(?:and|or|but|in|on|at|for|to|as|with|by|from|of|that|which|who|whose|is|was|are|were|has|have|had|will|would|can|could|should|may|might|into|over|after|before|since|during|under|through|because|while|when|if|than|again|also|too|amid|despite|against|across|today|yesterday|now)\b/;

/** "the U.S. decision to join": a name followed by a lower-case word that is not a function word qualifies that noun. */
function qualifiesNoun(view: SentenceView, m: LinkedMention): boolean {
  const after = view.doc.norm.slice(m.end, Math.min(view.sentence.end, m.end + 30));
  return /^\s+[a-z][a-z-]+/.test(after) && !AFTER_OBJECT.test(after);
}

function active(view: SentenceView): void {
  for (const [re, predicate, conf] of ACTIVE) {
    for (const hit of matchesIn(view, re)) {
      const subject = subjectBefore(view, hit.start);
      // "he set up a commission", "joined the agency": only names the sentence writes say who acted on what
      if (!subject || subject.kind !== 'name') continue;
      // only a meeting reaches past a post: "welcomed President Sanchez of Spain" welcomes an arrival, supporting no one
      let object = (predicate === 'MET_WITH' ? holderAfter(view, hit.end) : undefined) ?? objectAfter(view, hit.end);
      if (object && object.kind !== 'name') object = undefined;
      // "welcomed Saudi Arabia's commitment", "opposes South Korea's participation": what is acted on is the possessed thing
      if (object && /^['’](?:s\b|\s)/.test(view.doc.norm.slice(object.end, object.end + 3))) object = undefined;
      // "joins U.S. Commerce Secretary Raimondo", "supports Libyan farmers": a country qualifying a name or noun is not what is acted on
      if (object && (nameOpenedBy(view, object) !== undefined || isDemonym(view, object))) object = undefined;
      // "received her Ph.D.", "hosted a dinner for": receiving and hosting meet only a name written right after the verb
      if (
        object &&
        predicate === 'MET_WITH' &&
        /^(?:received|hosted|hosts)$/.test(hit.m[0]) &&
        !/^\s+$/.test(view.doc.norm.slice(hit.end, object.start))
      )
        object = undefined;
      // "welcomes Indonesia to the Initiative": a welcome of an arrival, not support of the one arriving
      if (
        object &&
        /^welcome/.test(hit.m[0]) &&
        /^\s+(?:to|into|as|back)\b/.test(view.doc.norm.slice(object.end, object.end + 8))
      )
        object = undefined;
      // "welcomed the U.S. decision", "opposes the Kremlin plan": a name qualifying the noun after it is not what is acted on
      if (object && (predicate === 'SUPPORTS' || predicate === 'OPPOSES') && qualifiesNoun(view, object))
        object = undefined;
      if (!object && predicate === 'PROPOSED' && ANAPHOR.test(view.doc.norm.slice(hit.end, hit.end + 40)))
        object = policyBefore(view, hit.start);
      if (object) {
        emit(view, subject, joinedAs(view, predicate, subject, object, hit.m[0]), object, conf);
        const and = view.mentions.find((m) => m.start > object.end);
        if (and && /^\s+and\s+(?:the\s+)?$/.test(gap(view, object, and)) && typeOf(view, and) === typeOf(view, object))
          emit(view, subject, predicate, and, conf - 0.05);
      }
      if (typeOf(view, subject) === 'Person' || predicate === 'PROPOSED') atEvent(view, subject, hit.end);
    }
  }
}

/** A person who joins a company or agency is employed there; a party or a state joining is membership. */
function joinedAs(
  view: SentenceView,
  predicate: Predicate,
  subject: LinkedMention,
  object: LinkedMention,
  verb: string,
): Predicate {
  // "was a member of the National Honor Society" is membership whoever the member is; only joining can be a job
  if (predicate !== 'MEMBER_OF' || typeOf(view, subject) !== 'Person' || !/^join/.test(verb)) return predicate;
  const kind = view.doc.entities.get(object.entity)?.kind;
  return kind === 'party' || kind === 'igo' ? predicate : 'HOLDS_POSITION';
}

/** "put forward the idea at the World Internet Conference": an actor doing something at a named event. */
function atEvent(view: SentenceView, subject: LinkedMention, from: number): void {
  const event = view.mentions.find((m) => m.start > from && typeOf(view, m) === 'Event');
  if (!event) return;
  const between = view.doc.norm.slice(from, event.start);
  const actorBetween = view.mentions.some(
    (m) =>
      m.start > from && m.end <= event.start && ['Person', 'Organization', 'Country'].includes(typeOf(view, m) ?? ''),
  );
  if (
    !actorBetween &&
    /\b(?:at|during|on the sidelines of)\s+(?:the\s+)?(?:\d{4}\s+)?$/.test(between) &&
    between.length < 80
  ) {
    emit(view, subject, 'PARTICIPATED_IN', event, 0.6);
  }
}

function passive(view: SentenceView): void {
  const ms = view.mentions;
  for (let i = 0; i < ms.length; i++) {
    const obj = ms[i];
    const subj = ms[i + 1];
    if (!obj || !subj || obj.kind !== 'name' || subj.kind !== 'name') continue;
    const g = gap(view, obj, subj);
    for (const [re, predicate, conf] of PASSIVE) {
      if (!re.test(g)) continue;
      emit(view, subj, predicate, obj, conf);
      const second = ms[i + 2];
      if (second && /^\s+and\s+(?:the\s+)?$/.test(gap(view, subj, second))) emit(view, second, predicate, obj, conf);
    }
  }
}

/** Verb patterns with subject and object: issuing, proposing, support, opposition, meetings, founding. */
export function actionRelations(view: SentenceView): void {
  active(view);
  passive(view);
}
