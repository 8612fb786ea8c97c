import { median, spread } from './cli-timing';

describe('bench figures', () => {
  it('take the middle value, or the mean of the middle two', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('print the median with the range and the number of runs', () => {
    expect(spread([10, 30, 20], 1, ' s')).toBe('20.0 s (10.0–30.0 s, 3 runs)');
    expect(spread([0.5], 2)).toBe('0.50 (0.50–0.50, 1 run)');
  });
});
