import { allowed, bilouFromIob, LABELS, spansFromLabels } from './labels';

describe('BILOU labels', () => {
  it('converts IOB2 and IOB1 tags to BILOU and back to the same spans', () => {
    const iob2 = ['B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'I-ORG', 'I-ORG', 'I-ORG'];
    const labels = bilouFromIob(iob2);
    expect(labels.map((l) => LABELS[l])).toEqual(['B-PER', 'L-PER', 'O', 'U-LOC', 'U-LOC', 'B-ORG', 'I-ORG', 'L-ORG']);
    expect(spansFromLabels(labels)).toEqual([
      { start: 0, end: 2, type: 0 },
      { start: 3, end: 4, type: 2 },
      { start: 4, end: 5, type: 2 },
      { start: 5, end: 8, type: 1 },
    ]);
  });

  it('forbids transitions that would leave an entity open or switch type mid-entity', () => {
    const L = (s: string): number => LABELS.indexOf(s);
    expect(allowed(L('B-PER'), L('L-PER'), true)).toBe(true);
    expect(allowed(L('B-PER'), L('L-ORG'), false)).toBe(false);
    expect(allowed(L('B-PER'), L('O'), false)).toBe(false);
    expect(allowed(L('O'), L('B-LOC'), true)).toBe(false);
    expect(allowed(-1, L('I-LOC'), false)).toBe(false);
  });
});
