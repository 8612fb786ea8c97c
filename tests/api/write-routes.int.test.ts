import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createArticleIngester, type ArticleIngester } from '@newsgraph/api';
import type { GraphStore } from '@newsgraph/graph-store';
import { freshStore } from '@newsgraph/graph-store/testing';
import { articleIdFor } from '@newsgraph/ingest';
import {
  ArticleDetailsSchema,
  ArticleIngestedSchema,
  EntityDetailsSchema,
  OverridesSchema,
  type ArticleIngested,
} from '@newsgraph/schema';
import { seedInputs } from './load-seeds';
import { serveApi } from './serve-api';
import { call, errorOf, TEST_TOKEN, type Answer } from './write-client';

const HTML = readFileSync(join(__dirname, 'fixtures', 'posted-article.html'));
const PLAIN = readFileSync(
  join(__dirname, '..', '..', 'packages', 'ingest', 'tests', 'fixtures', 'articles', 'seed.txt'),
);
const MAX_CHARS = 20_000;

// Extraction threads and Neo4j's first plans of the write queries are slow on a shared machine under load.
jest.setTimeout(180_000);

describe('the write routes: POST /api/articles and the overrides, on the real Neo4j', () => {
  let store: GraphStore;
  let ingester: ArticleIngester;
  let served: Awaited<ReturnType<typeof serveApi>>;
  let dir: string;
  // What set-up made, closed in reverse even when set-up failed half-way, so no thread or driver outlives the file.
  const cleanup: (() => unknown)[] = [];
  const overridesPath = (): string => join(dir, 'overrides.json');
  const send = (method: string, path: string, init: Parameters<typeof call>[3] = {}): Promise<Answer> =>
    call(served.baseUrl, method, path, init);
  // `null` sends no Authorization header at all.
  const post = (body: string | Buffer, type: string, token: string | null = TEST_TOKEN): Promise<Answer> =>
    send('POST', '/api/articles', { body, type, token: token ?? undefined });
  const articleCount = async (): Promise<number> => (await store.stats()).articles;
  const entity = async (id: string) => {
    const answer = await send('GET', `/api/entities/${encodeURIComponent(id)}`);
    expect(answer.status).toBe(200);
    return EntityDetailsSchema.parse(answer.body);
  };
  const storedText = async (id: string): Promise<string> => {
    const answer = await send('GET', `/api/articles/${encodeURIComponent(id)}`);
    expect(answer.status).toBe(200);
    return ArticleDetailsSchema.parse(answer.body).article.text;
  };

  beforeAll(async () => {
    store = await freshStore();
    cleanup.push(() => store.close());
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-writes-'));
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
    ingester = createArticleIngester({
      store,
      overridesPath: join(dir, 'overrides.json'),
      threads: 1,
      maxArticleChars: MAX_CHARS,
    });
    cleanup.push(() => ingester.close());
    await ingester.warm();
    served = await serveApi(store, {
      apiToken: TEST_TOKEN,
      ingester,
      bodyLimit: '64kb',
      rateLimits: { writesPerMinute: 0, cypherPerMinute: 0 },
    });
    cleanup.push(() => served.close());
  });
  afterAll(async () => {
    for (const close of cleanup.reverse()) await close();
  });

  it('refuses every write and the overrides without the right bearer token, and writes nothing', async () => {
    const json = JSON.stringify({ text: 'Joe Biden met Xi Jinping in Woodside.' });
    const missing = await post(json, 'application/json', null);
    expect(missing.status).toBe(401);
    expect(missing.headers.get('www-authenticate')).toBe('Bearer realm="newsgraph"');
    expect(errorOf(missing).code).toBe('UNAUTHORIZED');

    for (const token of ['wrong-token-0123456789abcdef', `${TEST_TOKEN}x`, TEST_TOKEN.slice(0, -1), 'short']) {
      const wrong = await post(json, 'application/json', token);
      expect(wrong.status).toBe(401);
      expect(wrong.headers.get('www-authenticate')).toBe('Bearer realm="newsgraph", error="invalid_token"');
      expect(errorOf(wrong).code).toBe('UNAUTHORIZED');
    }
    const basic = await send('POST', '/api/articles', {
      body: json,
      type: 'application/json',
      headers: { authorization: `Basic ${Buffer.from(`user:${TEST_TOKEN}`).toString('base64')}` },
    });
    expect(basic.status).toBe(401);
    expect((await post('Joe Biden met Xi Jinping.', 'text/plain', null)).status).toBe(401);

    expect((await send('GET', '/api/overrides')).status).toBe(401);
    const put = await send('PUT', '/api/overrides', {
      body: '{"rejectEntities":["person:x"]}',
      type: 'application/json',
    });
    expect(put.status).toBe(401);
    expect(errorOf(put).code).toBe('UNAUTHORIZED');

    expect(await articleCount()).toBe(0);
    expect(existsSync(overridesPath())).toBe(false);
  });

  it('ingests an article posted as JSON, answers with its relations and evidence, and serves them back', async () => {
    const input = seedInputs()[0]!;
    const answer = await post(JSON.stringify(input), 'application/json');
    expect(answer.status).toBe(201);
    const ingested = ArticleIngestedSchema.parse(answer.body);
    const id = articleIdFor(input.text);
    expect(ingested.article).toMatchObject({ id, status: 'new', title: input.title, url: input.url });
    expect(answer.headers.get('location')).toBe(`/api/articles/${id}`);
    expect(ingested.relations.length).toBeGreaterThan(0);

    const text = await storedText(id);
    expectEvidenceInText(ingested, text);
    const relation = ingested.relations[0]!;
    const details = await entity(relation.subject);
    const group = details.relations.find((g) => g.predicate === relation.predicate && g.direction === 'out');
    const stored = group?.relations.find((r) => r.other.id === relation.object);
    expect(stored?.evidence.map((e) => [e.articleId, e.text])).toContainEqual([id, relation.evidence.text]);

    const again = await post(JSON.stringify(input), 'application/json');
    expect(again.status).toBe(200);
    expect(ArticleIngestedSchema.parse(again.body).article).toMatchObject({ id, status: 'unchanged' });
    expect(await articleCount()).toBe(1);
  });

  it('ingests plain text through the text reader, its header lines becoming metadata', async () => {
    const answer = await post(PLAIN, 'text/plain; charset=utf-8');
    expect(answer.status).toBe(201);
    const ingested = ArticleIngestedSchema.parse(answer.body);
    expect(ingested.article.title).toBe('China opposes using Internet to interfere');
    const details = ArticleDetailsSchema.parse((await send('GET', `/api/articles/${ingested.article.id}`)).body);
    expect(details.article).toMatchObject({ author: 'Bai Tiantian', publisher: 'Global Times' });
    expect(details.article.text.startsWith('Author:')).toBe(false);
    expectEvidenceInText(ingested, details.article.text);

    const zhou = await entity('person:long-zhou');
    const holds = zhou.relations.find((g) => g.predicate === 'HOLDS_POSITION' && g.direction === 'out');
    const office = holds?.relations.find((r) => r.other.id === 'org:office-for-cyber-affairs');
    expect(office?.evidence.map((e) => e.articleId)).toEqual([ingested.article.id]);
    expect(office?.evidence[0]?.text).toContain('Long Zhou');
  });

  it('ingests an HTML page through Readability: the article, not the page around it', async () => {
    const answer = await post(HTML, 'text/html; charset=utf-8');
    expect(answer.status).toBe(201);
    const ingested = ArticleIngestedSchema.parse(answer.body);
    expect(ingested.article).toMatchObject({
      title: 'Harbour authority signs wind farm deal',
      url: 'https://courier.example.org/wind-farm-deal',
      publishedAt: '2024-09-12T07:15:00.000Z',
    });
    const text = await storedText(ingested.article.id);
    expect(text).not.toContain('not part of the article');
    expect(text).not.toContain('All rights reserved');
    expectEvidenceInText(ingested, text);

    const vogel = await entity('person:karin-vogel');
    const holds = vogel.relations.find((g) => g.predicate === 'HOLDS_POSITION' && g.direction === 'out');
    expect(holds?.relations.map((r) => r.other.id)).toContain('org:rostock-port-company');
    expect(vogel.quotes.map((q) => [q.articleId, q.text])).toEqual([
      [ingested.article.id, expect.stringContaining('largest investment')],
    ]);
  });

  it('refuses a body over the limit (413) and an article over the length limit (422), writing nothing', async () => {
    const before = await articleCount();
    const huge = 'Joe Biden met Xi Jinping in Woodside. '.repeat(2000);
    const json = await post(JSON.stringify({ text: huge }), 'application/json');
    expect(json.status).toBe(413);
    expect(errorOf(json).code).toBe('PAYLOAD_TOO_LARGE');
    const plain = await post(huge, 'text/plain');
    expect(plain.status).toBe(413);
    expect(errorOf(plain).code).toBe('PAYLOAD_TOO_LARGE');

    const long = 'Joe Biden met Xi Jinping in Woodside. '.repeat(600).trim();
    const tooLong = await post(JSON.stringify({ text: long }), 'application/json');
    expect(tooLong.status).toBe(422);
    expect(errorOf(tooLong)).toMatchObject({
      code: 'ARTICLE_TOO_LONG',
      message: `the article has ${long.length} characters, over the limit of ${MAX_CHARS}`,
    });
    expect((await post(long, 'text/plain')).status).toBe(422);
    expect(await articleCount()).toBe(before);
  });

  it('answers bad input with 400 (or 415) saying what and where, writing nothing', async () => {
    const before = await articleCount();
    const cases: [string, string, number, string | RegExp][] = [
      ['{"text": "Joe Biden met Xi Jinping.",', 'application/json', 400, /^malformed JSON body: .*JSON/],
      ['{"text": "Joe Biden met Xi Jinping.", "titel": "Talks"}', 'application/json', 400, /titel/],
      [
        '{"text": "Joe Biden met Xi Jinping.", "publishedAt": "last Tuesday"}',
        'application/json',
        400,
        /^publishedAt: /,
      ],
      ['{"text": "Joe Biden met Xi Jinping.", "url": "file:///etc/passwd"}', 'application/json', 400, /^url: /],
      ['{"text": "   "}', 'application/json', 400, 'text: article text is empty'],
      ['{"title": "No text"}', 'application/json', 400, /^text: /],
      ['[{"text": "Joe Biden met Xi Jinping."}]', 'application/json', 400, /object/],
      ['   \n  ', 'text/plain', 400, 'body: article text is empty'],
      ['<html><body><nav>Home</nav></body></html>', 'text/html', 400, /^body: /],
      [
        '<article>Joe Biden met Xi Jinping.</article>',
        'application/xml',
        415,
        'the body must be application/json or text/plain or text/html',
      ],
    ];
    for (const [body, type, status, message] of cases) {
      const answer = await post(body, type);
      expect([body, answer.status]).toEqual([body, status]);
      expect(errorOf(answer).code).toBe(status === 415 ? 'UNSUPPORTED_FORMAT' : 'BAD_INPUT');
      expect(errorOf(answer).message).toMatch(message);
    }
    expect(await articleCount()).toBe(before);
  });

  it('keeps the overrides: read, validated, replaced atomically, and applied to the next article', async () => {
    const empty = await send('GET', '/api/overrides', { token: TEST_TOKEN });
    expect(empty.status).toBe(200);
    expect(empty.body).toEqual(OverridesSchema.parse({}));

    const badCases: [string, RegExp][] = [
      ['{"merge": [{"from": [], "into": {"id": "person:x"}}]}', /^merge\.0\.from: /],
      ['{"mrege": []}', /mrege/],
      [
        '{"rejectRelations": [{"subject": "a", "predicate": "LIKES", "object": "b"}]}',
        /^rejectRelations\.0\.predicate: /,
      ],
      ['{"rejectEntities": ', /^malformed JSON body/],
    ];
    for (const [body, message] of badCases) {
      const answer = await send('PUT', '/api/overrides', { body, type: 'application/json', token: TEST_TOKEN });
      expect([body, answer.status]).toEqual([body, 400]);
      expect(errorOf(answer).message).toMatch(message);
    }
    expect(existsSync(overridesPath())).toBe(false);

    const wanted = {
      rejectEntities: ['person:manuela-schwesig'],
      alias: [{ entity: 'person:karin-vogel', aliases: ['K. Vogel'] }],
    };
    const put = await send('PUT', '/api/overrides', {
      body: JSON.stringify(wanted),
      type: 'application/json',
      token: TEST_TOKEN,
    });
    expect(put.status).toBe(200);
    const expected = OverridesSchema.parse(wanted);
    expect(put.body).toEqual(expected);
    expect((await send('GET', '/api/overrides', { token: TEST_TOKEN })).body).toEqual(expected);
    expect(JSON.parse(readFileSync(overridesPath(), 'utf8'))).toEqual(expected);

    // The same story told again (a different text, so a new article) is extracted with the new overrides.
    const retold = HTML.toString('utf8').replace('said on Thursday', 'said on Friday');
    const answer = await post(retold, 'text/html');
    expect(answer.status).toBe(201);
    const ingested = ArticleIngestedSchema.parse(answer.body);
    expect(ingested.article.extractorVersion).toMatch(/\+overrides\.[0-9a-f]{8}$/);
    const ids = ingested.entities.map((e) => e.id);
    expect(ids).toContain('person:karin-vogel');
    expect(ids).not.toContain('person:manuela-schwesig');
    expect(ingested.entities.find((e) => e.id === 'person:karin-vogel')?.aliases).toContain('K. Vogel');
    const mentions = ArticleDetailsSchema.parse(
      (await send('GET', `/api/articles/${ingested.article.id}`)).body,
    ).mentions;
    expect(mentions.map((m) => m.entity.id)).not.toContain('person:manuela-schwesig');
    expect(mentions.map((m) => m.entity.id)).toContain('person:karin-vogel');
  });
});

/** Every relation's evidence and every mention is an exact slice of the article text as stored. */
function expectEvidenceInText(ingested: ArticleIngested, text: string): void {
  for (const relation of ingested.relations) {
    expect(text.slice(relation.evidence.start, relation.evidence.end)).toBe(relation.evidence.text);
  }
  for (const mention of ingested.entities.flatMap((e) => e.mentions)) {
    expect(text.slice(mention.start, mention.end)).toBe(mention.text);
  }
}
