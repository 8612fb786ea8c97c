import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { boltAnswers, isAlive, startNeo4j } from '../src';
import { holdPort } from './fixtures-hold-port';

const PORT = 7693;

async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (condition()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return condition();
}

describe('embedded Neo4j', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'newsgraph-embedded-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('starts with Bolt on 127.0.0.1, stops cleanly, and frees the port', async () => {
    const running = await startNeo4j({ dataDir, boltPort: PORT, heapMb: 512, pageCacheMb: 64 });
    expect(running.uri).toBe(`bolt://127.0.0.1:${PORT}`);
    expect(await boltAnswers(PORT)).toBe(true);
    await running.stop();
    expect(isAlive(running.pid)).toBe(false);
    expect(await boltAnswers(PORT)).toBe(false);
  });

  it('refuses a port held by something that is not Neo4j, saying so', async () => {
    const server = await holdPort(PORT);
    try {
      await expect(startNeo4j({ dataDir, boltPort: PORT })).rejects.toMatchObject({
        reason: 'PORT_IN_USE',
        message: expect.stringContaining('not Neo4j'),
      });
    } finally {
      server.close();
    }
  });

  it('dies within 10 s of its parent being killed', async () => {
    const script = `require('tsx/cjs'); require(${JSON.stringify(join(__dirname, '..', 'src', 'index.ts'))})
      .startNeo4j({ dataDir: ${JSON.stringify(dataDir)}, boltPort: ${PORT}, heapMb: 512, pageCacheMb: 64 })
      .then((n) => console.log('PID ' + n.pid));`;
    const parent = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    const jvmPid = await new Promise<number>((resolve, reject) => {
      parent.stdout.on('data', (chunk: Buffer) => {
        const match = /PID (\d+)/.exec(chunk.toString());
        if (match?.[1]) resolve(Number(match[1]));
      });
      parent.once('exit', (code) => reject(new Error(`parent exited early (${code})`)));
    });
    expect(isAlive(jvmPid)).toBe(true);
    parent.kill('SIGKILL');
    expect(await waitUntil(() => !isAlive(jvmPid), 10_000)).toBe(true);
  });
});
