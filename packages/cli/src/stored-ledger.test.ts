import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dropLedger, readLedger, writeLedger } from './stored-ledger';

describe('the list of stored articles kept beside a stopped Neo4j', () => {
  let dir = '';
  const storeFile = () => join(dir, 'data', 'transactions', 'neo4j', 'neostore.transaction.db.0');
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-ledger-'));
    mkdirSync(join(dir, 'data', 'transactions', 'neo4j'), { recursive: true });
    writeFileSync(storeFile(), 'one transaction');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const stamps = [
    { id: 'a', contentHash: 'h-a', storedVersion: 'v1' },
    { id: 'b', contentHash: 'h-b', storedVersion: 'v0' },
    { id: 'c', contentHash: null, storedVersion: null },
  ];

  it('answers a look-up as the store does: unchanged, stale with why, absent', async () => {
    writeLedger(dir, stamps);
    const ledger = readLedger(dir);
    expect(ledger?.size).toBe(3);
    const check = await ledger?.unchangedArticles(
      [
        { id: 'a', contentHash: 'h-a' },
        { id: 'b', contentHash: 'h-b' },
        { id: 'c', contentHash: 'h-c' },
        { id: 'd', contentHash: 'h-d' },
      ],
      'v1',
    );
    expect(check).toEqual({
      unchanged: ['a'],
      stale: [
        { id: 'b', storedVersion: 'v0', sameContent: true },
        { id: 'c', storedVersion: null, sameContent: false },
      ],
    });
    expect((await ledger?.unchangedArticles([{ id: 'a', contentHash: 'other' }], 'v1'))?.stale).toEqual([
      { id: 'a', storedVersion: 'v1', sameContent: false },
    ]);
  });

  it('is not used once a store file changed, even to the same size', () => {
    writeLedger(dir, stamps);
    writeFileSync(storeFile(), 'two transaction');
    expect(readLedger(dir)).toBeUndefined();
  });

  it('is not used once a store file was touched, or a file added', () => {
    writeLedger(dir, stamps);
    utimesSync(storeFile(), new Date(), new Date(Date.now() + 5_000));
    expect(readLedger(dir)).toBeUndefined();
    writeLedger(dir, stamps);
    writeFileSync(join(dir, 'data', 'transactions', 'neo4j', 'checkpoint.0'), '');
    expect(readLedger(dir)).toBeUndefined();
  });

  it('is not used when damaged, missing, or dropped', () => {
    expect(readLedger(dir)).toBeUndefined();
    writeLedger(dir, stamps);
    writeFileSync(join(dir, 'stored-articles.json'), '{"format":1,');
    expect(readLedger(dir)).toBeUndefined();
    writeLedger(dir, stamps);
    dropLedger(dir);
    expect(readLedger(dir)).toBeUndefined();
  });

  it('is not written without a store', () => {
    rmSync(join(dir, 'data'), { recursive: true });
    writeLedger(dir, stamps);
    expect(readLedger(dir)).toBeUndefined();
  });
});
