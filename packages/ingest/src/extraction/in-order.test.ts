import { inOrder } from './in-order';

/** A promise settled from outside, so the test decides which task finishes first. */
function deferred<T>(): { promise: Promise<T>; resolve(value: T): void; reject(error: Error): void } {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('inOrder', () => {
  it('yields results in input order when later tasks finish first, with at most `limit` started ahead', async () => {
    const tasks = [deferred<string>(), deferred<string>(), deferred<string>()];
    const started: number[] = [];
    const results = inOrder(
      [0, 1, 2],
      (i) => {
        started.push(i);
        return (tasks[i] as (typeof tasks)[number]).promise;
      },
      2,
    );
    const first = results.next();
    tasks[1]?.resolve('b');
    tasks[0]?.resolve('a');
    expect(await first).toEqual({ done: false, value: 'a' });
    expect(started).toEqual([0, 1]);
    tasks[2]?.resolve('c');
    const rest: string[] = [];
    for await (const value of results) rest.push(value);
    expect(rest).toEqual(['b', 'c']);
    expect(started).toEqual([0, 1, 2]);
  });

  it('reports a failed task when its turn comes, not before', async () => {
    const failing = deferred<string>();
    const results = inOrder([0, 1], (i) => (i === 0 ? Promise.resolve('ok') : failing.promise), 4);
    failing.reject(new Error('worker died'));
    expect(await results.next()).toEqual({ done: false, value: 'ok' });
    await expect(results.next()).rejects.toThrow('worker died');
  });
});
