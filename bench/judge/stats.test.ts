import { brier, evidenceLooksCut, precisionAtLeast, precisionBy, reliability, wilson } from './stats';

describe('wilson', () => {
  it('gives the textbook 95% interval for 8 of 10', () => {
    const { lo, hi } = wilson(8, 10);
    expect(lo).toBeCloseTo(0.4902, 3);
    expect(hi).toBeCloseTo(0.9433, 3);
  });

  it('stays inside 0..1 at the extremes and is uninformative with no data', () => {
    expect(wilson(0, 5).lo).toBe(0);
    expect(wilson(5, 5).hi).toBe(1);
    expect(wilson(0, 5).hi).toBeCloseTo(0.4345, 3);
    expect(wilson(0, 0)).toEqual({ lo: 0, hi: 1 });
  });
});

describe('precisionBy', () => {
  const items = [
    { p: 'A', verdict: true },
    { p: 'A', verdict: false },
    { p: 'A', verdict: true },
    { p: 'B', verdict: false },
    { p: 'B', verdict: null },
  ];

  it('counts judged items per key, largest group first, with an all row that skips unjudged ones', () => {
    const rows = precisionBy(items, (i) => i.p);
    expect(rows.map((r) => [r.key, r.n, r.correct])).toEqual([
      ['A', 3, 2],
      ['B', 1, 0],
      ['all', 4, 2],
    ]);
    expect(rows[0]?.precision).toBeCloseTo(2 / 3, 6);
  });
});

describe('reliability', () => {
  const points = [
    { confidence: 0.3, verdict: false },
    { confidence: 0.5, verdict: true },
    { confidence: 0.55, verdict: false },
    { confidence: 0.8, verdict: true },
    { confidence: 1, verdict: true },
  ];

  it('puts 0.5 in the 0.5-0.6 bin, 1.0 in the last bin, and reports mean confidence and precision', () => {
    const rows = reliability(points);
    expect(rows.map((r) => r.n)).toEqual([1, 2, 0, 0, 1, 1]);
    expect(rows[1]?.meanConfidence).toBeCloseTo(0.525, 6);
    expect(rows[1]?.precision).toBe(0.5);
    expect(rows[5]?.precision).toBe(1);
  });

  it('computes precision at a threshold and the Brier score', () => {
    const at = precisionAtLeast(points, 0.8);
    expect([at.n, at.correct]).toEqual([2, 2]);
    expect(
      brier([
        { confidence: 0.5, verdict: true },
        { confidence: 1, verdict: false },
      ]),
    ).toBeCloseTo((0.25 + 1) / 2, 6);
  });
});

describe('evidenceLooksCut', () => {
  it('accepts a whole sentence, with or without a closing quote', () => {
    expect(evidenceLooksCut('Dublin is the capital of Ireland.')).toBe(false);
    expect(evidenceLooksCut('He said, "We will go."')).toBe(false);
    expect(evidenceLooksCut('He said, \u201cWe will go.\u201d')).toBe(false);
  });

  it('flags a sentence stopped at a line end, started mid-way, or running over a paragraph break', () => {
    expect(evidenceLooksCut('President Joseph R. Biden, Jr. spoke today with President Xi Jinping of')).toBe(true);
    expect(evidenceLooksCut('and Fort Bragg in North Carolina.')).toBe(true);
    expect(evidenceLooksCut('The first one ends.\n\nThe second one ends.')).toBe(true);
  });
});
