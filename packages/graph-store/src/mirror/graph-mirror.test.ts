import { GraphMirror } from './graph-mirror';
import { buildMirror, type MirrorData } from './mirror-data';

/** A database whose last commit the test moves by hand, and a mirror over it. */
function setUp(options = { checkEveryMs: 500, rebuildGapMs: 0 }) {
  const db = { commit: 1, loads: 0, commitDuringLoad: false, stampReads: 0 };
  let clock = 0;
  const readStamp = (): Promise<string> => {
    db.stampReads += 1;
    return Promise.resolve(`tx${db.commit}`);
  };
  const load = async (): Promise<MirrorData> => {
    db.loads += 1;
    const stamp = await readStamp();
    if (db.commitDuringLoad) db.commit += 1;
    return buildMirror(stamp, [], []);
  };
  const mirror = new GraphMirror(options, readStamp, load, () => clock);
  return { db, mirror, tick: (ms: number) => (clock += ms) };
}

describe('the graph mirror', () => {
  it('answers only while the last commit is the one it was read at', async () => {
    const { db, mirror, tick } = setUp();
    expect(await mirror.current()).toBeUndefined();
    await mirror.rebuild();
    expect((await mirror.current())?.stamp).toBe('tx1');
    db.commit += 1;
    // within the check interval the last stamp read is trusted, as the read cache trusts its own
    expect(await mirror.current()).toBeDefined();
    tick(500);
    expect(await mirror.current()).toBeUndefined();
  });

  it('reads the stamp again ahead of time, answering meanwhile from what it read before', async () => {
    const { db, mirror, tick } = setUp();
    await mirror.rebuild();
    expect(await mirror.current()).toBeDefined();
    const reads = db.stampReads;
    tick(300);
    db.commit += 1;
    // past 60% of the interval: the last stamp, under 500 ms old, still answers while the next is read
    expect(await mirror.current()).toBeDefined();
    expect(db.stampReads).toBe(reads + 1);
    // once that read is back, the write it saw sends callers to Neo4j
    expect(await mirror.current()).toBeUndefined();
  });

  it('notices a write through this process at once, without waiting for the interval', async () => {
    const { db, mirror } = setUp();
    await mirror.rebuild();
    expect(await mirror.current()).toBeDefined();
    db.commit += 1;
    mirror.invalidate();
    expect(await mirror.current()).toBeUndefined();
  });

  it('starts a rebuild when stale, at most once per gap, and uses it once read', async () => {
    const { db, mirror, tick } = setUp({ checkEveryMs: 0, rebuildGapMs: 1000 });
    await mirror.rebuild();
    db.commit += 1;
    expect(await mirror.current()).toBeUndefined();
    // the gap since the last rebuild has not passed: no new reading
    expect(db.loads).toBe(1);
    tick(1000);
    expect(await mirror.current()).toBeUndefined();
    expect(db.loads).toBe(2);
    await mirror.rebuild();
    expect((await mirror.current())?.stamp).toBe('tx2');
  });

  it('drops a reading during which something was committed', async () => {
    const { db, mirror } = setUp({ checkEveryMs: 0, rebuildGapMs: 60_000 });
    db.commitDuringLoad = true;
    await mirror.rebuild();
    expect(await mirror.current()).toBeUndefined();
    db.commitDuringLoad = false;
    await mirror.rebuild();
    expect((await mirror.current())?.stamp).toBe('tx2');
  });

  it('waits twice as long before each new reading while every reading is dropped (an ingest running)', async () => {
    const { db, mirror, tick } = setUp({ checkEveryMs: 0, rebuildGapMs: 1000 });
    const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
    db.commitDuringLoad = true;
    await mirror.rebuild();
    for (const [wait, loads] of [
      [1999, 1],
      [1, 2],
      [3999, 2],
      [1, 3],
      [7999, 3],
    ] as const) {
      tick(wait);
      await mirror.current();
      await settle();
      expect(db.loads).toBe(loads);
    }
    db.commitDuringLoad = false;
    tick(1);
    await mirror.current();
    await settle();
    expect(db.loads).toBe(4);
    expect(await mirror.current()).toBeDefined();
  });
});
