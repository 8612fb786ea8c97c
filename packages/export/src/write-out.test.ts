import type { ExportItem } from '@newsgraph/schema';
import { Writable } from 'node:stream';
import { writeCyjs } from './cyjs';
import { writeGexf } from './gexf';
import { writeGraphml } from './graphml';

const node = (n: number): ExportItem => ({
  kind: 'node',
  node: {
    id: `person:p${n}`,
    name: `P ${n}`,
    type: 'Person',
    aliases: [],
    mentionCount: 1,
    articleCount: 1,
    firstSeen: null,
    lastSeen: null,
  },
});

/** A reader that takes the first few kilobytes and then stalls, as a client does that stops reading and goes away. */
function stalledReader(): Writable {
  let taken = 0;
  return new Writable({
    highWaterMark: 64,
    write(chunk: Buffer, _encoding, done) {
      taken += chunk.length;
      if (taken < 4096) done();
    },
  });
}

/** Endless entities that say whether the writer closed their stream, as the store's stream closes its session. */
function endlessItems(): { items: AsyncGenerator<ExportItem>; state: { read: number; closed: boolean } } {
  const state = { read: 0, closed: false };
  async function* items(): AsyncGenerator<ExportItem> {
    try {
      for (;;) yield await Promise.resolve(node((state.read += 1)));
    } finally {
      state.closed = true;
    }
  }
  return { items: items(), state };
}

describe('a writer whose reader goes away mid-export', () => {
  it.each([
    ['GraphML', (items: AsyncIterable<ExportItem>, out: Writable) => writeGraphml(items, out)],
    ['GEXF', (items: AsyncIterable<ExportItem>, out: Writable) => writeGexf(items, out, new Map())],
    ['Cytoscape JSON', (items: AsyncIterable<ExportItem>, out: Writable) => writeCyjs(items, out)],
  ])('%s fails, stops reading and closes its item stream instead of waiting forever', async (_name, write) => {
    const out = stalledReader();
    const { items, state } = endlessItems();
    const written = write(items, out);
    // the reader is stalled, so the writer waits on a full buffer after a few kilobytes of items, not endlessly
    await new Promise((resolve) => setTimeout(resolve, 50));
    const readWhileStalled = state.read;
    expect(readWhileStalled).toBeGreaterThan(0);
    expect(readWhileStalled).toBeLessThan(100);
    out.destroy();
    await expect(written).rejects.toThrow('the export stream closed before the export was written');
    expect(state.closed).toBe(true);
    expect(state.read).toBe(readWhileStalled);
  });

  it('fails at once when the stream is already closed, before reading any item', async () => {
    const out = stalledReader();
    out.destroy();
    const { items, state } = endlessItems();
    await expect(writeGexf(items, out, new Map())).rejects.toThrow('closed before the export was written');
    expect(state.read).toBe(0);
  });
});
