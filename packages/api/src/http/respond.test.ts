import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';
import { z } from 'zod';
import { respond } from './respond';

const Schema = z.object({ names: z.array(z.string()) });

describe('responses checked and serialised once', () => {
  const shared = { names: Array.from({ length: 5000 }, (_, i) => `Entität ${i} “quoted”`) };
  let server: Server;
  let base: string;

  beforeAll(async () => {
    const app = express();
    app.get('/kept', (_req, res) => respond(res, Schema, shared));
    // What Express sends for the same JSON as a string: the headers the kept bytes must match.
    app.get('/plain', (_req, res) => res.type('json').send(JSON.stringify(shared)));
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('sends the same bytes and headers every time, as Express sends the JSON string', async () => {
    const plain = await fetch(`${base}/plain`);
    const plainBody = await plain.text();
    for (const attempt of [1, 2, 3]) {
      const kept = await fetch(`${base}/kept`);
      expect({ attempt, body: await kept.text() }).toEqual({ attempt, body: plainBody });
      for (const header of ['content-type', 'content-length', 'etag']) {
        expect({ attempt, header, value: kept.headers.get(header) }).toEqual({
          attempt,
          header,
          value: plain.headers.get(header),
        });
      }
    }
    expect(plain.headers.get('etag')).toMatch(/^W\/"/);
  });

  it('answers 304 with no body when the client holds the ETag, and the headers alone to HEAD', async () => {
    const first = await fetch(`${base}/kept`);
    const etag = first.headers.get('etag') ?? '';
    // fetch adds `Cache-Control: no-cache` to a conditional request unless told otherwise, and Express then sends all.
    const again = await fetch(`${base}/kept`, { headers: { 'if-none-match': etag, 'cache-control': 'max-age=0' } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const head = await fetch(`${base}/kept`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(first.headers.get('content-length'));
    expect(await head.text()).toBe('');
  });
});
