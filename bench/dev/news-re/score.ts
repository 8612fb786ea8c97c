// Scores `extract --jsonl` records against CoNLL04 sentences the way contract.md's "Relations, news sentences" says.
import { NewsgraphError, type ExtractedEntity, type ExtractionResult } from '@newsgraph/schema';
import { SCORED, type GoldEntity, type Sentence } from './conll04';

const PREDICATE_KEY: Readonly<Record<string, string>> = { HOLDS_POSITION: 'WF', MEMBER_OF: 'WF', LOCATED_IN: 'LOC' };

/** Precision, recall and F1 with the counts behind them. */
export interface Figures {
  P: number;
  R: number;
  F1: number;
  tp: number;
  predicted: number;
  gold: number;
}

/** A false positive or a missed gold relation, with the sentence and a reason. */
export interface ScoreError {
  kind: 'FP' | 'MISS';
  id: string;
  text: string;
  what: string;
  why: string;
}

export const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

/** The first gold entity, in sentence order, that any mention of the output entity overlaps (or -1). */
export function alignEntity(entity: ExtractedEntity, goldEntities: readonly GoldEntity[]): number {
  return goldEntities.findIndex((g) => entity.mentions.some((m) => overlaps(m, g)));
}

function figures(tp: number, predicted: number, gold: number): Figures {
  const P = tp / (predicted || 1),
    R = tp / (gold || 1);
  return {
    P: +P.toFixed(3),
    R: +R.toFixed(3),
    F1: +((2 * P * R) / (P + R || 1)).toFixed(3),
    tp,
    predicted,
    gold,
  };
}

function liveOrKill(s: Sentence, h: number, t: number): string {
  const other = s.relations.find((r) => (r.head === h && r.tail === t) || (r.head === t && r.tail === h));
  return other ? `gold has ${other.type} (${other.head === h ? 'same' : 'reversed'} direction)` : 'no gold relation';
}

/** Why a gold pair was missed: an entity the output does not cover, or no relation between covered entities. */
function missReason(s: Sentence, rec: ExtractionResult | undefined, h: number, t: number): string {
  const covered = (gi: number): boolean => (rec?.entities ?? []).some((e) => alignEntity(e, s.entities) === gi);
  const lost = [h, t].filter((gi) => !covered(gi)).map((gi) => `${s.entities[gi]?.text} (${s.entities[gi]?.type})`);
  return lost.length ? `no output entity for ${lost.join(', ')}` : 'entities found, relation not';
}

/** Scores output records against the sentences; returns totals, per gold type figures and the errors. */
export function score(
  sentences: readonly Sentence[],
  byId: ReadonlyMap<string, ExtractionResult>,
): { res: Record<string, Figures>; errors: ScoreError[] } {
  const per = new Map(Object.keys(SCORED).map((t) => [t, { tp: 0, pred: 0, gold: 0 }]));
  const counts = (type: string) => {
    const c = per.get(type);
    if (!c) throw new NewsgraphError('INTERNAL', `unscored gold type ${type}`);
    return c;
  };
  const errors: ScoreError[] = [];
  let tp = 0,
    pred = 0,
    gold = 0;
  for (const s of sentences) {
    for (const type of s.gold.values()) counts(type).gold++;
    gold += s.gold.size;
    const rec = byId.get(s.id);
    const ents = new Map((rec?.entities ?? []).map((e) => [e.id, e]));
    const align = new Map([...ents.values()].map((e) => [e.id, alignEntity(e, s.entities)]));
    const found = new Set<string>();
    const seen = new Set<string>();
    for (const r of rec?.relations ?? []) {
      const key = PREDICATE_KEY[r.predicate];
      if (!key) continue;
      const h = align.get(r.subject) ?? -1,
        t = align.get(r.object) ?? -1;
      const k = `${key}|${h < 0 ? 'x' + r.subject : h}|${t < 0 ? 'x' + r.object : t}`;
      if (seen.has(k)) continue;
      seen.add(k);
      pred++;
      const goldType = s.gold.get(k);
      // a false positive is charged to the gold type it would have been: by predicate and the subject's type
      const type =
        goldType ??
        (key === 'WF' ? 'Work_For' : ents.get(r.subject)?.type === 'Organization' ? 'OrgBased_In' : 'Located_In');
      counts(type).pred++;
      const name = (id: string): string => ents.get(id)?.name ?? id;
      if (goldType) {
        tp++;
        counts(type).tp++;
        found.add(k);
      } else
        errors.push({
          kind: 'FP',
          id: s.id,
          text: s.text,
          what: `${name(r.subject)} ${r.predicate} ${name(r.object)}`,
          why: h < 0 || t < 0 ? 'unaligned entity' : liveOrKill(s, h, t),
        });
    }
    for (const [k, type] of s.gold) {
      if (found.has(k)) continue;
      const [, h = -1, t = -1] = k.split('|').map(Number);
      errors.push({
        kind: 'MISS',
        id: s.id,
        text: s.text,
        what: `${s.entities[h]?.text} ${type} ${s.entities[t]?.text}`,
        why: missReason(s, rec, h, t),
      });
    }
  }
  const res: Record<string, Figures> = { ALL: figures(tp, pred, gold) };
  for (const [type, c] of per) res[type] = figures(c.tp, c.pred, c.gold);
  return { res, errors };
}
