import { ReadCache } from './read-cache';

/** A cache on a hand-driven clock and change stamp, counting the loads it lets through. */
function setUp(entries = 3) {
  let clock = 0;
  let stamp = 'a';
  let stampReads = 0;
  const cache = new ReadCache(
    { entries, maxAgeMs: 1000, checkEveryMs: 100 },
    () => {
      stampReads += 1;
      // answered on a later turn of the event loop, as a round trip to Neo4j is
      const now = stamp;
      return new Promise((resolve) => setImmediate(() => resolve(now)));
    },
    () => clock,
  );
  let loads = 0;
  const load = (value: string) => () => {
    loads += 1;
    return Promise.resolve(value);
  };
  return {
    cache,
    load,
    loads: () => loads,
    stampReads: () => stampReads,
    tick: (ms: number) => (clock += ms),
    setStamp: (s: string) => (stamp = s),
  };
}

describe('ReadCache', () => {
  it('answers a repeated read from memory and reads the stamp at most once per interval', async () => {
    const t = setUp();
    expect(await t.cache.get('k', t.load('v1'))).toBe('v1');
    expect(await t.cache.get('k', t.load('v2'))).toBe('v1');
    expect(t.loads()).toBe(1);
    expect(t.stampReads()).toBe(1);
  });

  it('reads the stamp again ahead of time without making the request wait, and trusts it from when it was asked', async () => {
    const t = setUp();
    await t.cache.get('k', t.load('v1'));
    t.tick(60);
    t.setStamp('b');
    // past 60% of the interval: answered from memory at once while the stamp is read behind it
    expect(await t.cache.get('k', t.load('v2'))).toBe('v1');
    expect(t.stampReads()).toBe(2);
    // the stamp read behind it moved: once it is back, the next request loads again
    await new Promise((resolve) => setImmediate(resolve));
    expect(await t.cache.get('k', t.load('v3'))).toBe('v3');
    t.tick(99);
    expect(await t.cache.get('k', t.load('v4'))).toBe('v3');
    expect(t.stampReads()).toBe(3);
    await new Promise((resolve) => setImmediate(resolve));
    // 100 ms after that stamp was asked for (not after it came back), a request waits for a new one
    t.tick(100);
    t.setStamp('c');
    expect(await t.cache.get('k', t.load('v5'))).toBe('v5');
    expect(t.stampReads()).toBe(4);
  });

  it('forgets everything when the change stamp moves (a write by another process)', async () => {
    const t = setUp();
    await t.cache.get('k', t.load('v1'));
    t.setStamp('b');
    t.tick(50);
    expect(await t.cache.get('k', t.load('v2'))).toBe('v1');
    t.tick(60);
    expect(await t.cache.get('k', t.load('v2'))).toBe('v2');
  });

  it('forgets everything on clear (a write through this store)', async () => {
    const t = setUp();
    await t.cache.get('k', t.load('v1'));
    t.cache.clear();
    expect(await t.cache.get('k', t.load('v2'))).toBe('v2');
  });

  it('serves an answer no longer than its maximum age', async () => {
    const t = setUp();
    await t.cache.get('k', t.load('v1'));
    t.tick(1000);
    expect(await t.cache.get('k', t.load('v2'))).toBe('v1');
    t.tick(1);
    expect(await t.cache.get('k', t.load('v3'))).toBe('v3');
  });

  it('keeps the most recently used answers within its size', async () => {
    const t = setUp(2);
    await t.cache.get('a', t.load('a1'));
    await t.cache.get('b', t.load('b1'));
    await t.cache.get('a', t.load('a2'));
    await t.cache.get('c', t.load('c1'));
    expect(await t.cache.get('a', t.load('a3'))).toBe('a1');
    expect(await t.cache.get('b', t.load('b2'))).toBe('b2');
  });

  it('does not keep a failure', async () => {
    const t = setUp();
    await expect(t.cache.get('k', () => Promise.reject(new Error('Neo4j went away')))).rejects.toThrow('went away');
    expect(await t.cache.get('k', t.load('v1'))).toBe('v1');
  });
});
