import { z } from 'zod';
import type { ExtractedRelation } from '@newsgraph/schema';
import bundled from './calibration-table.json';

/** A monotone step function: from each `from` upwards (until the next step) a raw confidence maps to `p`. */
const StepsSchema = z.array(z.object({ from: z.number().min(0).max(1), p: z.number().min(0).max(1) }));

/** Raw-to-calibrated maps fitted on a judged sample: per "PREDICATE|rule", per "PREDICATE", and pooled. */
export const CalibrationTableSchema = z.object({
  version: z.literal(1),
  /** Which judged sample the table was fitted on, for the reader. */
  fittedOn: z.string(),
  pooled: StepsSchema,
  groups: z.record(z.string(), StepsSchema),
});
export type CalibrationTable = z.infer<typeof CalibrationTableSchema>;

/** The table shipped with the extractor (parsed once; an empty table leaves confidences as they are). */
export const BUNDLED_CALIBRATION: CalibrationTable = CalibrationTableSchema.parse(bundled);

/** The key a relation is calibrated under: its predicate, refined by the rule that produced it when it says so. */
export function calibrationKeys(predicate: string, rule?: string): string[] {
  return rule ? [`${predicate}|${rule}`, predicate] : [predicate];
}

function stepAt(steps: CalibrationTable['pooled'], raw: number): number | undefined {
  let p: number | undefined = steps[0]?.p;
  for (const s of steps) if (s.from <= raw) p = s.p;
  return p;
}

/** The calibrated probability of a raw confidence: the most specific fitted group, else the pooled map, else raw. */
export function calibrate(table: CalibrationTable, predicate: string, raw: number, rule?: string): number {
  for (const key of calibrationKeys(predicate, rule)) {
    const steps = table.groups[key];
    if (steps && steps.length > 0) return stepAt(steps, raw) ?? raw;
  }
  return stepAt(table.pooled, raw) ?? raw;
}

/** The rule a relation records about itself, if any (`rule`, or the `basis` of document-level guesses). */
export function ruleOf(relation: Pick<ExtractedRelation, 'attributes'>): string | undefined {
  return relation.attributes?.['rule'] ?? relation.attributes?.['basis'];
}

/** A relation's calibrated confidence (its `confidence` read as raw), rounded to two decimals as the output prints it. */
export function calibratedConfidence(
  relation: Pick<ExtractedRelation, 'predicate' | 'confidence' | 'attributes'>,
  table: CalibrationTable = BUNDLED_CALIBRATION,
): number {
  return Math.round(100 * calibrate(table, relation.predicate, relation.confidence, ruleOf(relation))) / 100;
}

/** Replaces each relation's raw confidence by its calibrated probability. */
export function calibrateRelations(
  relations: ExtractedRelation[],
  table: CalibrationTable = BUNDLED_CALIBRATION,
): void {
  for (const r of relations) r.confidence = calibratedConfidence(r, table);
}
