import { allowsRelation, type EntityType, type Predicate } from '@newsgraph/schema';
import type { Doc, LinkedMention, Sentence } from '../types';
import { isCommaList, isModifier } from './comma-list';
import { inDateline, isNewsAgency } from './dateline';
import { isGenericInstrument, isNameFragment, isTitledOrganisation, isTitleName } from './title-names';

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

/** A post only proposed or sought, not held. */
const NOMINATED = /\b(?:nominee|nominated|candidate)\s+(?:for|to)\b/i;
/** Rules that say outright where an organisation is based ("Reuters, based in London", "London-based Reuters"). */
const BASED_RULES = new Set(['location-based']);

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
  // "U.S. LNG exports": an organisation name used as a modifier is no organisation of that place
  if (typeof subject !== 'string' && isModifier(view, subject)) return false;
  const s = view.doc.entities.get(typeof subject === 'string' ? subject : subject.entity);
  return !isNewsAgency(s) || BASED_RULES.has(rule ?? '');
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
