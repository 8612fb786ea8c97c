import { progressCounter, type ProgressEvent } from './progress-event';

describe('progressCounter', () => {
  it('starts with the estimate, counts settled articles, raises the total past it, and ends with the count', () => {
    const events: ProgressEvent[] = [];
    const counter = progressCounter(3, (event) => events.push(event));
    counter.advance(2);
    counter.advance(1);
    counter.advance(2);
    counter.end();
    expect(events).toEqual([
      { type: 'start', total: 3 },
      { type: 'advance', done: 2, total: 3 },
      { type: 'advance', done: 3, total: 3 },
      { type: 'advance', done: 5, total: 5 },
      { type: 'end', done: 5, total: 5 },
    ]);
  });

  it('counts silently without a listener', () => {
    const counter = progressCounter(2, undefined);
    expect(() => {
      counter.advance(1);
      counter.end();
    }).not.toThrow();
  });
});
