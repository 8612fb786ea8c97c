import { calibrate } from '@newsgraph/extractor';
import { fitSteps, fitTable, pav, stepValue, type KeyedPoint } from './isotonic';

const points = (raw: number, right: number, wrong: number, extra: Partial<KeyedPoint> = {}): KeyedPoint[] => [
  ...Array.from({ length: right }, () => ({ predicate: 'LOCATED_IN', raw, correct: true, ...extra })),
  ...Array.from({ length: wrong }, () => ({ predicate: 'LOCATED_IN', raw, correct: false, ...extra })),
];

describe('pav', () => {
  it('pools adjacent violators into their weighted mean', () => {
    expect(
      pav([
        { value: 3, weight: 1 },
        { value: 1, weight: 1 },
        { value: 2, weight: 1 },
      ]),
    ).toEqual([2, 2, 2]);
    expect(
      pav([
        { value: 0.2, weight: 1 },
        { value: 0.9, weight: 3 },
        { value: 0.5, weight: 1 },
      ]),
    ).toEqual([0.2, 0.8, 0.8]);
  });

  it('leaves a non-decreasing sequence as it is', () => {
    expect(
      pav([
        { value: 0.1, weight: 2 },
        { value: 0.4, weight: 1 },
      ]),
    ).toEqual([0.1, 0.4]);
  });
});

describe('fitSteps', () => {
  it('without a prior, reproduces the observed rate of each raw value when it is already monotone', () => {
    const steps = fitSteps([...points(0.5, 1, 3), ...points(0.8, 3, 1)], () => 0, 0);
    expect(steps).toEqual([
      { from: 0.5, p: 0.25 },
      { from: 0.8, p: 0.75 },
    ]);
  });

  it('pulls a small group toward the prior in proportion to the prior strength', () => {
    const steps = fitSteps(points(0.9, 1, 0), () => 0.5, 4);
    expect(steps).toEqual([{ from: 0.9, p: 0.6 }]);
  });

  it('never lets a higher raw confidence map lower', () => {
    const steps = fitSteps([...points(0.5, 3, 1), ...points(0.8, 1, 3)], () => 0.5, 1);
    const ps = steps.map((s) => s.p);
    expect([...ps].sort((a, b) => a - b)).toEqual(ps);
    expect(stepValue(steps, 0.8, 0)).toBeCloseTo(0.5, 6);
  });
});

describe('fitTable', () => {
  it('keys groups by predicate and by rule, and the extractor lookup reads them back', () => {
    const judged = [...points(0.5, 1, 9, { rule: 'document-country' }), ...points(0.75, 8, 2)];
    const table = fitTable(judged, 2, 'fixture');
    expect(Object.keys(table.groups).sort()).toEqual(['LOCATED_IN', 'LOCATED_IN|document-country']);
    const guessed = calibrate(table, 'LOCATED_IN', 0.5, 'document-country');
    const stated = calibrate(table, 'LOCATED_IN', 0.75);
    expect(guessed).toBeLessThan(0.2);
    expect(stated).toBeGreaterThan(0.6);
    expect(calibrate(table, 'HOLDS_POSITION', 0.75)).toBe(stepValue(table.pooled, 0.75, 0));
  });
});
