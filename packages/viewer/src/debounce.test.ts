import { debounce } from './debounce';

describe('debounce', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('calls once, with the last arguments, after the calls stop for the wait', () => {
    const calls: string[] = [];
    const typed = debounce((q: string) => calls.push(q), 200);
    typed('X');
    jest.advanceTimersByTime(150);
    typed('Xi');
    jest.advanceTimersByTime(150);
    typed('Xi J');
    jest.advanceTimersByTime(199);
    expect(calls).toEqual([]);
    jest.advanceTimersByTime(1);
    expect(calls).toEqual(['Xi J']);
  });

  it('calls again for calls that come after the wait', () => {
    const calls: number[] = [];
    const typed = debounce((n: number) => calls.push(n), 100);
    typed(1);
    jest.advanceTimersByTime(100);
    typed(2);
    jest.advanceTimersByTime(100);
    expect(calls).toEqual([1, 2]);
  });
});
