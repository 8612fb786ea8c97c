import { ORG_CUES } from '../../knowledge/cues';
import { POSITION_RE_SOURCE } from '../../knowledge/titles';
import { allowsRelation, type EntityType, type Predicate } from '@newsgraph/schema';
import type { Doc, LinkedMention, Sentence } from '../types';
import { isAddressed, isEducationClause, namesOtherPlace } from './clause-guards';
import { isCommaList, isModifier, opensPlaceList } from './comma-list';
import { bodyNameGoesOn } from './cut-bodies';
import { holdsNoPostHere } from './post-holders';
import { isCutAcrossAnd } from './joined-names';
import { inDateline, isNewsAgency } from './dateline';
import { isEverydayPlace, isNoPlaceArgument } from './place-arguments';
import { inHeadingLabel, isPortfolio, isPostTail, isRankCorps } from './post-guards';
import { isGenericInstrument, isNameFragment, isTitledOrganisation, isTitleName } from './title-names';
import { endsSourceLine, isTwoNamesGlued, kindNamedAround, namesBody } from './org-evidence';

/** One sentence with its mentions, as every relation pattern sees it. */
export interface SentenceView {
  doc: Doc;
  sentence: Sentence;
  mentions: LinkedMention[];
  /** The pattern now running, recorded as `attributes.rule` on what it emits so confidence can be calibrated per rule. */
  rule?: string;
}

/** The text between two mentions, in the normalised copy. */
export function gap(view: SentenceView, a: { end: number }, b: { start: number }): string {
  return view.doc.norm.slice(a.end, b.start);
}

/** The entity type behind a mention. */
export function typeOf(view: SentenceView, m: LinkedMention): EntityType | undefined {
  return view.doc.entities.get(m.entity)?.type;
}

/** A proper-name mention (not a demonym, nominal or pronoun) of an entity of this type. */
export function isName(view: SentenceView, m: LinkedMention | undefined, type: EntityType): m is LinkedMention {
  return m !== undefined && m.kind === 'name' && typeOf(view, m) === type;
}

/** Adds a relation when the predicate's signature allows it, keeping the highest confidence for duplicates. */
export function emit(
  view: SentenceView,
  subject: LinkedMention | string,
  predicate: Predicate,
  object: LinkedMention | string,
  confidence: number,
  attributes?: Record<string, string>,
): void {
  const { doc, sentence } = view;
  const s = typeof subject === 'string' ? subject : subject.entity;
  const o = typeof object === 'string' ? object : object.entity;
  const st = doc.entities.get(s)?.type;
  const ot = doc.entities.get(o)?.type;
  if (!st || !ot || s === o || !allowsRelation(predicate, st, ot)) return;
  if (isTitleName(doc.entities.get(s)) || isTitleName(doc.entities.get(o)) || isGenericInstrument(doc.entities.get(o)))
    return;
  if (isNameFragment(doc.entities.get(s)) || isNameFragment(doc.entities.get(o))) return;
  if (isTwoNamesGlued(doc.entities.get(s)) || isTwoNamesGlued(doc.entities.get(o))) return;
  if (
    (typeof subject !== 'string' && (isDescribedBody(view, subject) || nameGoesOn(view, subject))) ||
    (typeof object !== 'string' && (isDescribedBody(view, object) || nameGoesOn(view, object)))
  )
    return;
  // "the U.S.-EU Trade and Technology Council" read as "Technology Council": a name cut at its "and" names no body
  if (
    (typeof subject !== 'string' && isCutAcrossAnd(view, subject)) ||
    (typeof object !== 'string' && isCutAcrossAnd(view, object))
  )
    return;
  if (
    (typeof subject !== 'string' && isTitledOrganisation(doc, subject)) ||
    (typeof object !== 'string' && isTitledOrganisation(doc, object))
  )
    return;
  // "Ann Ruiz, Nominee for Member of the Board": a post only nominated to is not held, whichever rule read it
  if (
    (predicate === 'HOLDS_POSITION' || predicate === 'MEMBER_OF') &&
    typeof subject !== 'string' &&
    typeof object !== 'string' &&
    NOMINATED.test(doc.norm.slice(Math.min(subject.end, object.end), Math.max(subject.start, object.start)))
  )
    return;
  if (
    (predicate === 'HOLDS_POSITION' || predicate === 'MEMBER_OF') &&
    typeof subject !== 'string' &&
    typeof object !== 'string' &&
    (isPostToCome(view, subject, object) ||
      (typeOf(view, subject) === 'Person' && holdsNoPostHere(view, subject, object)))
  )
    return;
  if ((predicate === 'HOLDS_POSITION' || predicate === 'MEMBER_OF') && typeof object !== 'string') {
    // a rank, an area or field a post covers, or the tail of a post's title is no body the post is held in
    if (isRankCorps(view, object) || isPortfolio(view, object)) return;
    if (isPostTail(doc.entities.get(o)?.name ?? '') || bodyNameGoesOn(view, object)) return;
  }
  // "Karine, on Ukraine, what is …?": a name addressed is no party to what the question says
  if (
    (typeof subject !== 'string' && isAddressed(view, subject)) ||
    (typeof object !== 'string' && isAddressed(view, object))
  )
    return;
  // "earned a Ph.D. from Emory University", "a Fellow of the Institute": studies and honours are no post or membership
  if (
    (predicate === 'HOLDS_POSITION' || predicate === 'MEMBER_OF') &&
    typeof subject !== 'string' &&
    typeof object !== 'string' &&
    subject.end <= object.start &&
    isEducationClause(gap(view, subject, object))
  )
    return;
  if (predicate === 'LOCATED_IN' && typeof object !== 'string' && namesOtherPlace(view, object)) return;
  if (predicate === 'LOCATED_IN' && typeof subject !== 'string' && typeof object !== 'string') {
    if (inHeadingLabel(view, subject, object)) return;
    // "the Board of Visitors at the United States Air Force Academy": a country opening a longer name is no place here
    const opened = nameOpenedBy(view, object);
    if (opened === null || (opened && opened.entity !== subject.entity)) return;
  }
  if (predicate === 'LOCATED_IN' && !boundPlacement(view, subject, object, attributes?.rule ?? view.rule)) return;
  const existing = doc.relations.find((r) => r.subject === s && r.predicate === predicate && r.object === o);
  if (existing) {
    if (existing.confidence >= confidence) return;
    doc.relations.splice(doc.relations.indexOf(existing), 1);
  }
  const rel: (typeof doc.relations)[number] = {
    subject: s,
    predicate,
    object: o,
    confidence,
    evidence: { start: sentence.start, end: sentence.end, text: doc.text.slice(sentence.start, sentence.end) },
  };
  rel.attributes = { rule: view.rule ?? 'sentence', ...attributes };
  doc.relations.push(rel);
}

/**
 * "the CEO of a Residential Treatment Center for Native American Youth", "a regional forensics Center of Excellence",
 * "its AI Research Center": a body described, or one of some other body's units, not named.
 */
const DESCRIBED = /(?:^|\s)(?:[Aa]n?|[Oo]ne|[Ii]ts|[Tt]heir)\s+(?:[a-z-]+\s+){0,2}$/;
const BODY_HEAD =
  /\b(?:Center|Centre|Council|Committee|Agency|Office|Institute|Foundation|Association|Program|Programme|Fund|Clinic|Hospital|School|Group|Team|Firm|Company)\b/;

const ROLE_AFTER = new RegExp(`^\\s+(?:[a-z-]+\\s+)?(?:${POSITION_RE_SOURCE})s?\\b`, 'i');

/** Bodies whose full names go on with "for ..." ("Office for the District of Maryland") or "on ..." ("Council on Disabilities"). */
const FOR_HEAD =
  /\b(?:Court|Office|Service|Council|Committee|Commission|Center|Centre|Institute|Alliance|Coalition|Foundation|Fund|Agency|Board|Partnership|Network|Campaign|Association)$/;
const ON_HEAD = /\b(?:Council|Committee|Commission|Board|Task Force|Panel|Subcommittee|Caucus|Working Group)$/;

/**
 * "the United States District Court for the Eastern District of Virginia" read as "United States District Court",
 * "Navajo Nation Advisory Council on Disabilities" as "Navajo Nation Advisory Council": a body's name cut before its
 * "for"/"on" part names some other or no body, so it takes part in no relation.
 */
function nameGoesOn(view: SentenceView, m: LinkedMention): boolean {
  const e = view.doc.entities.get(m.entity);
  if (e?.type !== 'Organization' || m.kind !== 'name') return false;
  const surface = view.doc.norm.slice(m.start, m.end).replace(/\s+/g, ' ');
  const after = view.doc.norm.slice(m.end, Math.min(view.sentence.end, m.end + 40));
  if (FOR_HEAD.test(surface) && /^\s+for\s+(?:the\s+)?\p{Lu}/u.test(after)) return true;
  return ON_HEAD.test(surface) && /^\s+on\s+(?:the\s+)?\p{Lu}/u.test(after);
}

/** An organisation "named" after an indefinite article, its name a capitalised description of a kind of body. */
function isDescribedBody(view: SentenceView, m: LinkedMention): boolean {
  const e = view.doc.entities.get(m.entity);
  if (e?.type !== 'Organization' || m.kind !== 'name' || !BODY_HEAD.test(e.name)) return false;
  // "a Harvard Medical School professor": the name qualifies a post and is one
  if (ROLE_AFTER.test(view.doc.norm.slice(m.end, m.end + 40))) return false;
  return DESCRIBED.test(view.doc.norm.slice(Math.max(view.sentence.start, m.start - 30), m.start));
}

/** A post only proposed or sought, not held. */
const NOMINATED = /\b(?:nominee|nominated|candidate)\s+(?:for|to)\b/i;
/** "intent to nominate Danny Werfel to serve as", "confirming a qualified individual, Steve Dettelbach, to lead". */
const NOMINATING_BEFORE =
  /\b(?:nominate|nominates|nominating|nomination of|confirm|confirms|confirming|confirmation of|appoint|appoints|appointing)\s+(?:[^\s.;:]+\s+){0,5}$/i;
const TO_SERVE = /^,?\s+to\s+(?:serve\s+as|be|become|lead|head|run|join)\b/;
/** "Ann Lee, to be a Member of the Board": a name with its post in the infinitive is an announced appointment. */
const APPOINTEE = /^,\s+to\s+(?:serve\s+as|be|become)\b/;
/** "was appointed Jan Roe to be", "named Ann Lee to serve as": a past appointment, after which the post is held. */
const APPOINTED_BEFORE = /\b(?:appointed|named|elected|selected)\s+(?:[^\s.;:]+\s+){0,5}$/i;
const NOT_YET =
  /\b(?:intends?|intent|plans?|will|would|to)\s+(?:to\s+)?(?:appoint|name|nominate|elect|select)\w*\s+(?:[^\s.;:]+\s+){0,5}$/i;

/**
 * A person being nominated or confirmed "to serve as" a post does not hold it yet; neither does "Ann Lee, to be a
 * Member of the Board" in a list of appointments the President intends to make.
 */
function isPostToCome(view: SentenceView, subject: LinkedMention, object: LinkedMention): boolean {
  const g = gap(view, subject, object);
  if (object.start < subject.end || !TO_SERVE.test(g)) return false;
  const before = view.doc.norm.slice(Math.max(view.sentence.start, subject.start - 60), subject.start);
  if (NOMINATING_BEFORE.test(before)) return true;
  return APPOINTEE.test(g) && (!APPOINTED_BEFORE.test(before) || NOT_YET.test(before));
}
/** Rules that say outright where an organisation is based ("Reuters, based in London", "London-based Reuters", a source line's "Moscow ITAR-TASS in Russian"). */
const BASED_RULES = new Set(['location-based', 'source-line']);

/** A dateline places the story, not the names in it; a news agency is placed only by a sentence saying where it is based. */
function boundPlacement(
  view: SentenceView,
  subject: LinkedMention | string,
  object: LinkedMention | string,
  rule: string | undefined,
): boolean {
  if (typeof subject !== 'string' && inDateline(view.doc, subject)) return false;
  if (typeof object !== 'string' && inDateline(view.doc, object)) return false;
  // "Korea, Japan, Taiwan": side-by-side places are a list, whichever rule paired them
  if (typeof subject !== 'string' && typeof object !== 'string') {
    const i = view.mentions.indexOf(subject);
    const k = view.mentions.indexOf(object);
    if (i >= 0 && k > i && /^,\s+$/.test(gap(view, subject, object)) && isCommaList(view, view.mentions, i, k))
      return false;
  }
  // "Infrastructure Week", "an injured Army Ranger", "gender-based violence (GBV)": no place, nor anything placed
  if (typeof subject !== 'string' && isNoPlaceArgument(view, subject, true)) return false;
  if (typeof object !== 'string' && isNoPlaceArgument(view, object, false)) return false;
  // "Born in Liberia": a one-word everyday word read as a place through "in"
  if (
    typeof subject !== 'string' &&
    typeof object !== 'string' &&
    subject.end <= object.start &&
    /\bin\s+(?:the\s+)?$/.test(gap(view, subject, object)) &&
    isEverydayPlace(view, subject)
  )
    return false;
  // "the Farm Service Agency in Nevada, California, and Washington": a body in several places is placed by its offices
  if (
    typeof subject !== 'string' &&
    typeof object !== 'string' &&
    typeOf(view, subject) === 'Organization' &&
    subject.end <= object.start &&
    /^,?\s+(?:(?:located|based|headquartered)\s+)?in\s+(?:the\s+)?$/.test(gap(view, subject, object)) &&
    opensPlaceList(view, view.mentions, view.mentions.indexOf(object))
  )
    return false;
  // "U.S. LNG exports": an organisation name used as a modifier is no organisation of that place
  if (typeof subject !== 'string' && isModifier(view, subject)) return false;
  // "the McKinney Fire in Northern California", "Israel's Iron Dome": an event or a weapon typed as an organisation
  if (
    typeof subject !== 'string' &&
    !BASED_RULES.has(rule ?? '') &&
    typeOf(view, subject) === 'Organization' &&
    !namesBody(view.doc.entities.get(subject.entity)) &&
    !kindNamedAround(
      view.doc.norm.slice(Math.max(view.sentence.start, subject.start - 30), subject.start),
      view.doc.norm.slice(subject.end, subject.end + 40),
    ) &&
    !endsSourceLine(
      view.doc.norm.slice(subject.start, subject.end),
      view.doc.norm.slice(subject.end, Math.min(view.sentence.end, subject.end + 30)),
    )
  )
    return false;
  if (typeof subject !== 'string' && typeof object !== 'string' && placesOwnedThing(view, subject, object))
    return false;
  const s = view.doc.entities.get(typeof subject === 'string' ? subject : subject.entity);
  return !isNewsAgency(s) || BASED_RULES.has(rule ?? '');
}

/** "the clinic of the Department of Veterans Affairs in San Angelo", "a U.S. Mission to ASEAN, in Jakarta": an owner before "in". */
const OWNER_BEFORE = /\b(?:of|to)\s+(?:the\s+|its\s+|their\s+|our\s+)?$/;
/** "freed by Israeli Defense Forces in Rafah": the agent of a passive, whose "in" places the deed. */
const AGENT_BEFORE = /\bby\s+(?:the\s+)?$/;
/** "the global head of ISIS in Syria", "fighters of Hamas in Gaza": people of a body, whom the "in" after it places. */
const MEMBERS_BEFORE =
  /\b(?:head|heads|leader|leaders|leadership|chief|commander|commanders|members?|fighters|operatives|remnants|affiliates?|cells?|branch|wing)\s+of\s+(?:the\s+)?$/;
/** Bodies of a nation or of nations, whose things ("the clinic of", "the forces of") are what a town or region holds. */
const WIDE_KINDS = new Set(['agency', 'igo', 'military']);

/** A body of a nation or of nations, by its recorded kind or by a head word of its name ("Department", "Force"). */
function isWideBody(name: string, kind: string | undefined): boolean {
  if (kind) return WIDE_KINDS.has(kind);
  return name.split(/\s+/).some((w) => WIDE_KINDS.has(ORG_CUES[w] ?? ''));
}

/**
 * "the outpatient clinic of the Department of Veterans Affairs in San Angelo", "leaders of the ASEAN in Washington":
 * when a national or international body owns a noun before it, a bare "in" after it places that noun, not the body
 * ("the business school of the Johns Hopkins University in Baltimore" still places the university). Any body's
 * people ("the head of ISIS in Syria") and any body as a passive's agent ("freed by the army in Rafah") are the same.
 */
function placesOwnedThing(view: SentenceView, subject: LinkedMention, object: LinkedMention): boolean {
  const e = view.doc.entities.get(subject.entity);
  if (e?.type !== 'Organization' || object.start < subject.end) return false;
  if (!/^,?\s+(?:in|at)\s/.test(gap(view, subject, object))) return false;
  const before = view.doc.norm.slice(Math.max(view.sentence.start, subject.start - 40), subject.start);
  if (AGENT_BEFORE.test(before) || MEMBERS_BEFORE.test(before)) return true;
  return isWideBody(e.name, e.kind) && OWNER_BEFORE.test(before.slice(-12));
}

const ADVERBS =
  '(?:also|firmly|strongly|resolutely|jointly|publicly|repeatedly|again|then|previously|recently|formally|officially|once|later|first|has|have|had|was|were|is|are|will|would|did|does|not|never|reportedly|allegedly|which|who|that|on \\w+day|last \\w+|this \\w+)';
const ADVERB_GAP = new RegExp(`^\\s*(?:${ADVERBS}\\s+)*$`);
const APPOSED_GAP = new RegExp(`^,[^,]{2,140},\\s*(?:${ADVERBS}\\s+)*$`);

/** The actor mention that is the subject of a verb starting at `at`: adjacent, or before an apposition. */
export function subjectBefore(view: SentenceView, at: number): LinkedMention | undefined {
  const before = view.mentions
    .filter((m) => m.end <= at)
    .reverse()
    .slice(0, 8);
  for (const m of before) {
    const g = view.doc.norm.slice(m.end, at);
    if (ADVERB_GAP.test(g) || APPOSED_GAP.test(g)) return m;
  }
  return undefined;
}

const OBJECT_GAP =
  /^\s*(?:(?:the|a|an|its|their|his|her|with|to|on|for|in|at|of|new|joint|first|latest|so-called)\s+)*$/;

/** The mention right after a verb ending at `at` (allowing articles and prepositions in between). */
export function objectAfter(view: SentenceView, at: number): LinkedMention | undefined {
  const next = view.mentions.find((m) => m.start >= at);
  if (!next) return undefined;
  return OBJECT_GAP.test(view.doc.norm.slice(at, next.start)) ? next : undefined;
}

/** Every match of a regex inside the sentence, with absolute offsets. */
export function matchesIn(view: SentenceView, re: RegExp): { start: number; end: number; m: RegExpExecArray }[] {
  const text = view.doc.norm.slice(view.sentence.start, view.sentence.end);
  const out: { start: number; end: number; m: RegExpExecArray }[] = [];
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  for (let m = g.exec(text); m; m = g.exec(text)) {
    out.push({ start: view.sentence.start + m.index, end: view.sentence.start + m.index + m[0].length, m });
    if (m[0].length === 0) g.lastIndex++;
  }
  return out;
}

/** Weekdays and months: capitalised words after a country that open no longer name ("the United States Tuesday"). */
const CALENDAR_WORD =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b/;

/**
 * "the U.S. Department of Housing", "the United States Indo-Pacific Command", "U.S. Commerce Secretary Raimondo": a
 * country written as the first word of a longer name, which it qualifies rather than being what the sentence names.
 * Gives the body that name is when it is a mention of its own, `null` when it is not, `undefined` for a country alone.
 */
export function nameOpenedBy(view: SentenceView, m: LinkedMention): LinkedMention | null | undefined {
  if (typeOf(view, m) !== 'Country') return undefined;
  const after = view.doc.norm.slice(m.end, Math.min(view.sentence.end, m.end + 40));
  const word = /^(\s+)([A-Z][\w-]*)/.exec(after);
  const space = word?.[1];
  if (space === undefined || CALENDAR_WORD.test(word?.[2] ?? '')) return undefined;
  const next = view.mentions.find((n) => n.start > m.start && n.start <= m.end + space.length);
  // "President of the United States Joe Biden": a person named after the country is the next phrase, not its tail
  if (next && typeOf(view, next) === 'Person') return undefined;
  return next && typeOf(view, next) === 'Organization' ? next : null;
}
