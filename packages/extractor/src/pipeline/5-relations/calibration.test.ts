import type { ExtractedRelation } from '@newsgraph/schema';
import {
  BUNDLED_CALIBRATION,
  calibrate,
  calibrateRelations,
  CalibrationTableSchema,
  type CalibrationTable,
} from './calibration';

const TABLE: CalibrationTable = {
  version: 1,
  fittedOn: 'fixture',
  pooled: [
    { from: 0.5, p: 0.2 },
    { from: 0.8, p: 0.6 },
  ],
  groups: {
    LOCATED_IN: [
      { from: 0.6, p: 0.4 },
      { from: 0.75, p: 0.9 },
    ],
    'LOCATED_IN|document-country': [{ from: 0.4, p: 0.03 }],
  },
};

describe('calibrate', () => {
  it('prefers the predicate-and-rule group, then the predicate, then the pooled map', () => {
    expect(calibrate(TABLE, 'LOCATED_IN', 0.5, 'document-country')).toBe(0.03);
    expect(calibrate(TABLE, 'LOCATED_IN', 0.75, 'lead-subject')).toBe(0.9);
    expect(calibrate(TABLE, 'HOLDS_POSITION', 0.85)).toBe(0.6);
  });

  it('reads a step map as a step function, using the first step below its range', () => {
    expect(calibrate(TABLE, 'LOCATED_IN', 0.7)).toBe(0.4);
    expect(calibrate(TABLE, 'LOCATED_IN', 0.3)).toBe(0.4);
    expect(calibrate(TABLE, 'HOLDS_POSITION', 0.79)).toBe(0.2);
  });

  it('leaves confidences as they are when nothing was fitted', () => {
    const empty: CalibrationTable = { version: 1, fittedOn: 'nothing', pooled: [], groups: {} };
    expect(calibrate(empty, 'LOCATED_IN', 0.73)).toBe(0.73);
  });
});

describe('calibrateRelations', () => {
  it('replaces each raw confidence by its calibrated value, rounded to two decimals', () => {
    const evidence = { start: 0, end: 1, text: 'x' };
    const relations: ExtractedRelation[] = [
      {
        subject: 'a',
        predicate: 'LOCATED_IN',
        object: 'country:US',
        confidence: 0.5,
        attributes: { basis: 'document-country' },
        evidence,
      },
      { subject: 'b', predicate: 'MET_WITH', object: 'c', confidence: 0.9, evidence },
    ];
    calibrateRelations(relations, { ...TABLE, pooled: [{ from: 0, p: 0.6666 }] });
    expect(relations.map((r) => r.confidence)).toEqual([0.03, 0.67]);
  });

  it('ships a table that fits its schema', () => {
    expect(CalibrationTableSchema.safeParse(BUNDLED_CALIBRATION).success).toBe(true);
  });
});
