import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { NewsgraphError, type Predicate } from '@newsgraph/schema';
import { z } from 'zod';
import { POSITION_RE_SOURCE } from '../../knowledge/titles';
import type { LinkedMention } from '../types';
import { INDEFINITE_ROLE_OF_BEFORE, MEMBERSHIP, NOT_EMPLOYER, PARTY_NAME } from './affiliations';
import { emit, gap, type SentenceView } from './sentence-view';
import { hasWorkCue, inList, isDoubtfulName, isModifier, WORK_VERB } from './pair-cues';
import { failsGate, isListOrHeading } from './pair-gates';
import { candidatePairs, pairFeatures, type PairCandidate, type PairGroup } from './pair-features';

/** Where the committed relation model lives, next to this file so it ships with the package source. */
export const PAIR_MODEL_PATH = join(__dirname, 'model', 'pair-model.json.gz');

const ModelFile = z.object({
  version: z.literal(1),
  /** Per group, the probability at or above which a pair is emitted (tuned on CoNLL04 dev). */
  thresholds: z.object({ wf: z.number(), ob: z.number(), li: z.number() }),
  /** Feature → logistic-regression weight; the group-prefixed bias is one of them. */
  weights: z.record(z.string(), z.number()),
});

/** A trained binary logistic model over pair features, with one threshold per relation group. */
export interface PairModel {
  thresholds: Record<PairGroup, number>;
  weights: Map<string, number>;
}

/** Encodes a model as gzipped JSON (weights rounded to 4 decimals keeps the committed file small). */
export function encodePairModel(m: PairModel): Buffer {
  const weights = Object.fromEntries(
    [...m.weights].map(([f, w]): [string, number] => [f, Math.round(w * 1e4) / 1e4]).filter(([, w]) => w !== 0),
  );
  return gzipSync(JSON.stringify({ version: 1, thresholds: m.thresholds, weights }), { level: 9 });
}

/** Decodes a model written by {@link encodePairModel}, failing loudly when the file does not fit this code. */
export function decodePairModel(gz: Buffer): PairModel {
  const parsed = ModelFile.safeParse(JSON.parse(gunzipSync(gz).toString('utf8')));
  if (!parsed.success) throw new NewsgraphError('INTERNAL', 'relation pair model file does not match this code');
  return { thresholds: parsed.data.thresholds, weights: new Map(Object.entries(parsed.data.weights)) };
}

let cached: PairModel | undefined;

/** Loads the bundled pair model once per process (NEWSGRAPH_PAIR_MODEL names another file, for cross-validation runs). */
export function loadPairModel(): PairModel {
  cached ??= decodePairModel(readFileSync(process.env.NEWSGRAPH_PAIR_MODEL ?? PAIR_MODEL_PATH));
  return cached;
}

/** The model's probability that the pair holds its group's relation. */
export function pairProbability(model: PairModel, features: readonly string[]): number {
  let z = 0;
  for (const f of features) z += model.weights.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

const PREDICATE: Record<PairGroup, Predicate> = { wf: 'HOLDS_POSITION', ob: 'LOCATED_IN', li: 'LOCATED_IN' };
/** Posts of public bodies and firms the apposition words miss ("FEMA administrator", "General Counsel"). */
const OFFICE_WORDS = 'administrator|counsel|attorney|trustee|superintendent|provost|comptroller|judge';
/** Trades a body employs people in ("a lobbyist with the", "a plant physiologist with the", "pilot"): the post held there. */
const TRADE_WORDS =
  '[a-z]+ologist|anatomist|chemist|physicist|linguist|lobbyist|columnist|statistician|strategist|pilot|photographer|physician|surgeon|nurse|teacher|curator|librarian|accountant|consultant|broker|trader|inspector|investigator|detective|clerk|registrar|planner|anchor(?:man|woman)?';
const TITLE = new RegExp(`\\b(${POSITION_RE_SOURCE}|${OFFICE_WORDS}|${TRADE_WORDS})\\b(?!-)`, 'i');
/** "Ann Lee from the Daily Star", "Judge Bo Ng, of the Superior Court": a name and its employer joined by a bare preposition. */
const CALLED_FROM = /^(?:\s+(?:from|with|of|at)|,\s+of)\s+(?:the\s+)?$/;
/** "serves on the board of directors of": a seat on a board is a post. */
const BOARD_SEAT = /\bboard\b/i;
/** "with the rank of Minister-Counselor", "class of Counselor": a diplomat's rank, not the post held. */
const RANK = /\b(?:rank|class)\s+of\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*/g;

/** Words that narrow a post written before it ("assistant chief counsel", "managing director"). */
const POST_MODIFIER =
  /^(?:assistant|associate|deputy|vice|executive|managing|senior|principal|chief|general|acting|interim|co|lead|regional|national|global|staff)$/i;
/** "Inspector General", "Attorney General": the noun a trailing "general" qualifies is the post itself. */
const GENERAL_HEAD =
  /^(?:inspector|attorney|surgeon|solicitor|comptroller|adjutant|postmaster|consul|judge|advocate)$/i;
/** "President of Worldwide Production for the": the post is head of a unit named after it, then the body. */
const UNIT_TAIL = /^\s+of\s+(?:[A-Z][\w&'-]*\s+){1,4}(?:for|at|with|in)\s+(?:the\s+)?$/;

/**
 * The post named in the last clause before the employer: "Chairman of A; a board member of B" gives B no chairman.
 * The post is read whole, with the words that narrow it ("assistant chief counsel") and a unit it heads ("President of
 * Worldwide Production"), so the title does not claim the head of the body.
 */
function titleBetween(view: SentenceView, a: LinkedMention, b: LinkedMention): string | undefined {
  const clause = (gap(view, a, b).split(';').pop() ?? '').replace(RANK, '');
  // "Vice Chairman of A and Chairman of the": the post nearest the body is the one held there
  const m = [...clause.matchAll(new RegExp(TITLE.source, 'gi'))].pop();
  if (!m?.[1]) return undefined;
  const before = clause.slice(0, m.index).split(/\s+/).filter(Boolean);
  let start = before.length;
  const general = /^general$/i.test(m[1]);
  while (
    start > 0 &&
    (POST_MODIFIER.test(before[start - 1] ?? '') || (general && GENERAL_HEAD.test(before[start - 1] ?? '')))
  )
    start--;
  const rest = clause.slice(m.index + m[1].length);
  // "assistant chief counsel at the", "General Counsel to the": the head noun after the matched word belongs to the post too
  const read = /^(?:[ -][A-Za-z]+)*?(?=\s+(?:of|at|for|with|in|on|to)\b)/.exec(rest)?.[0] ?? '';
  // a clause of its own ("secretary who moved to the") is no part of the post
  const head = /\b(?:who|which|that|and|or|was|is|has|had)\b/i.test(read) || read.split(/[ -]/).length > 4 ? '' : read;
  const unit = UNIT_TAIL.test(rest.slice(head.length))
    ? rest.slice(head.length).replace(/\s+(?:for|at|with|in)\s+(?:the\s+)?$/, '')
    : '';
  return [...before.slice(start), `${m[1]}${head}${unit}`].join(' ').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Pairs the model is not asked about: list items, modifiers, doubtful names, work-for without a cue, realms as employers. */
export function ruledOut(view: SentenceView, c: PairCandidate): boolean {
  return ruleOutReason(view, c) !== undefined;
}

/** Which rule-out of {@link ruledOut} closes a pair first (for reading misses), or undefined when none does. */
export function ruleOutReason(view: SentenceView, c: PairCandidate): string | undefined {
  if (c.group !== 'wf' && (inList(view, c.object) || (c.group === 'li' && inList(view, c.subject)))) return 'in-list';
  if (isDoubtfulName(view, c.subject) || isDoubtfulName(view, c.object)) return 'doubtful-name';
  if (isModifier(view, c.object)) return 'modifier';
  if (c.group !== 'wf') return undefined;
  const personFirst = c.subject.start < c.object.start;
  const between = personFirst ? gap(view, c.subject, c.object) : gap(view, c.object, c.subject);
  // "be it a member of the Green Party, Ann Lee, or …": after an indefinite post the name is a list's next item
  const beforeObject = view.doc.norm.slice(Math.max(view.sentence.start, c.object.start - 60), c.object.start);
  if (!personFirst && INDEFINITE_ROLE_OF_BEFORE.test(beforeObject)) return 'indefinite-post';
  const afterObject = view.doc.norm.slice(c.object.end, view.sentence.end);
  if (!hasWorkCue(between, personFirst, afterObject)) return 'no-work-cue';
  return NOT_EMPLOYER.test(view.doc.entities.get(c.object.entity)?.name ?? '') ? 'not-employer' : undefined;
}

/** Relations the trained pair model reads in a sentence, each with its probability as confidence. */
export function pairModelRelations(view: SentenceView): void {
  const model = loadPairModel();
  if (isListOrHeading(view)) return;
  for (const c of candidatePairs(view)) {
    if (ruledOut(view, c) || failsGate(view, c)) continue;
    const p = pairProbability(model, pairFeatures(view, c));
    if (p < model.thresholds[c.group]) continue;
    // a pattern that already related the pair (HOLDS_POSITION, FOUNDED, ...) keeps its own reading
    const pair = [c.subject.entity, c.object.entity];
    if (view.doc.relations.some((r) => pair.includes(r.subject) && pair.includes(r.object))) continue;
    const confidence = Math.round(p * 1000) / 1000;
    if (c.group !== 'wf') {
      emit(view, c.subject, PREDICATE[c.group], c.object, confidence);
      continue;
    }
    // a party is joined, not served; the post named between person and employer is the title an analyst reads
    const name = view.doc.entities.get(c.object.entity)?.name ?? '';
    const [a, b] = c.subject.start < c.object.start ? [c.subject, c.object] : [c.object, c.subject];
    const title = titleBetween(view, a, b);
    // the model's post with no post named, no verb of work, board or bare "from the" ("Brown vs. the Supreme Court") is
    // co-occurrence an analyst would not cite
    const between = gap(view, a, b);
    const cued = WORK_VERB.test(between) || BOARD_SEAT.test(between) || (a === c.subject && CALLED_FROM.test(between));
    if (!title && !cued) continue;
    // "a Career Member of the Senior Foreign Service": membership of a corps, which the model cannot tell from a post
    const member = a === c.subject && MEMBERSHIP.test(gap(view, a, b));
    emit(
      view,
      c.subject,
      PARTY_NAME.test(name) || member ? 'MEMBER_OF' : 'HOLDS_POSITION',
      c.object,
      confidence,
      title ? { title } : undefined,
    );
  }
}
