import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createArticleIngester, type ArticleIngester } from '@newsgraph/api';
import type { GraphStore } from '@newsgraph/graph-store';
import { freshStore } from '@newsgraph/graph-store/testing';
import {
  AmbiguousNameListSchema,
  ArticleIngestedSchema,
  CorrectionAppliedSchema,
  CorrectionListSchema,
  EntityDetailsSchema,
  EntityListSchema,
  OverridesSchema,
  type CorrectionApplied,
  type EntityDetails,
} from '@newsgraph/schema';
import { CORRECTION_ARTICLES, CORRECTION_IDS as IDS } from './correction-articles';
import { serveApi } from './serve-api';
import { call, errorOf, TEST_TOKEN, type Answer } from './write-client';

// Every correction re-extracts articles on a worker thread; a shared machine under load makes that slow.
jest.setTimeout(180_000);

const ANALYST = 'Ann Analyst';

describe('corrections through the API: written as overrides, applied at once, kept at every ingest, undone', () => {
  let store: GraphStore;
  let ingester: ArticleIngester;
  let served: Awaited<ReturnType<typeof serveApi>>;
  let dir: string;
  const cleanup: (() => unknown)[] = [];
  const send = (method: string, path: string, init: Parameters<typeof call>[3] = {}): Promise<Answer> =>
    call(served.baseUrl, method, path, init);
  const correct = async (body: unknown): Promise<CorrectionApplied> => {
    const answer = await send('POST', '/api/corrections', {
      body: JSON.stringify(body),
      type: 'application/json',
      token: TEST_TOKEN,
    });
    expect(answer.status).toBe(201);
    return CorrectionAppliedSchema.parse(answer.body);
  };
  const undo = async (id: string): Promise<CorrectionApplied> => {
    const answer = await send('DELETE', `/api/corrections/${encodeURIComponent(id)}`, { token: TEST_TOKEN });
    expect(answer.status).toBe(200);
    return CorrectionAppliedSchema.parse(answer.body);
  };
  const entity = async (id: string): Promise<EntityDetails | null> => {
    const answer = await send('GET', `/api/entities/${encodeURIComponent(id)}?evidence=5`);
    if (answer.status === 404) return null;
    expect(answer.status).toBe(200);
    return EntityDetailsSchema.parse(answer.body);
  };
  const related = (details: EntityDetails | null, predicate: string): string[] =>
    (details?.relations ?? [])
      .filter((g) => g.predicate === predicate)
      .flatMap((g) => g.relations.map((r) => r.other.id));
  const ingestAll = async (): Promise<string[]> => {
    const statuses: string[] = [];
    for (const article of CORRECTION_ARTICLES) {
      const answer = await send('POST', '/api/articles', {
        body: JSON.stringify(article),
        type: 'application/json',
        token: TEST_TOKEN,
      });
      statuses.push(ArticleIngestedSchema.parse(answer.body).article.status);
    }
    return statuses;
  };
  const overridesFile = () => OverridesSchema.parse(JSON.parse(readFileSync(join(dir, 'overrides.json'), 'utf8')));

  beforeAll(async () => {
    store = await freshStore();
    cleanup.push(() => store.close());
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-corrections-'));
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
    ingester = createArticleIngester({
      store,
      overridesPath: join(dir, 'overrides.json'),
      threads: 1,
      maxArticleChars: 20_000,
    });
    cleanup.push(() => ingester.close());
    served = await serveApi(store, {
      apiToken: TEST_TOKEN,
      ingester,
      rateLimits: { writesPerMinute: 0, cypherPerMinute: 0 },
    });
    cleanup.push(() => served.close());
    expect(await ingestAll()).toEqual(['new', 'new']);
  });
  afterAll(async () => {
    for (const close of cleanup.reverse()) await close();
  });

  it('starts from two entities for one agency, as the extractor reads the articles', async () => {
    expect((await entity(IDS.office))?.entity.articleCount).toBe(1);
    expect((await entity(IDS.duplicate))?.entity.articleCount).toBe(2);
    expect(related(await entity(IDS.duplicate), 'MET_WITH')).toEqual([IDS.ministry]);
  });

  it('refuses corrections without the token, with a bad body, on unknown entities or ids', async () => {
    const merge = { kind: 'merge', by: ANALYST, from: [IDS.duplicate], into: { id: IDS.office } };
    const cases: [string, string, Parameters<typeof call>[3], number, string][] = [
      ['GET', '/api/corrections', {}, 401, 'UNAUTHORIZED'],
      ['POST', '/api/corrections', { body: JSON.stringify(merge), type: 'application/json' }, 401, 'UNAUTHORIZED'],
      ['DELETE', '/api/corrections/x', {}, 401, 'UNAUTHORIZED'],
      [
        'POST',
        '/api/corrections',
        { body: JSON.stringify({ ...merge, by: ' ' }), type: 'application/json', token: TEST_TOKEN },
        400,
        'BAD_INPUT',
      ],
      [
        'POST',
        '/api/corrections',
        { body: JSON.stringify({ ...merge, kind: 'rename' }), type: 'application/json', token: TEST_TOKEN },
        400,
        'BAD_INPUT',
      ],
      [
        'POST',
        '/api/corrections',
        {
          body: JSON.stringify({ ...merge, into: { id: IDS.duplicate } }),
          type: 'application/json',
          token: TEST_TOKEN,
        },
        400,
        'BAD_INPUT',
      ],
      [
        'POST',
        '/api/corrections',
        { body: JSON.stringify({ ...merge, from: ['org:nowhere'] }), type: 'application/json', token: TEST_TOKEN },
        404,
        'NOT_FOUND',
      ],
      ['DELETE', '/api/corrections/no-such-correction', { token: TEST_TOKEN }, 404, 'NOT_FOUND'],
    ];
    for (const [method, path, init, status, code] of cases) {
      const answer = await send(method, path, init);
      expect([method, path, answer.status, errorOf(answer).code]).toEqual([method, path, status, code]);
    }
    expect((await entity(IDS.duplicate))?.entity.articleCount).toBe(2);
  });

  it('merges at once, keeps the merge when the articles are ingested again or afresh, and undoes it', async () => {
    const applied = await correct({ kind: 'merge', by: ANALYST, from: [IDS.duplicate], into: { id: IDS.office } });
    expect(applied.reextracted).toBe(2);
    expect(applied.failed).toEqual([]);
    expect(applied.correction).toMatchObject({
      kind: 'merge',
      by: ANALYST,
      label: 'Merged “Cyber Affairs Office” into “Office for Cyber Affairs”',
    });
    expect(Date.now() - Date.parse(applied.correction.at ?? '')).toBeLessThan(120_000);
    expect(await entity(IDS.duplicate)).toBeNull();
    const merged = await entity(IDS.office);
    expect(merged?.entity.articleCount).toBe(2);
    expect(merged?.entity.aliases).toContain('Cyber Affairs Office');
    expect(related(merged, 'MET_WITH')).toEqual([IDS.ministry]);

    const listed = CorrectionListSchema.parse((await send('GET', '/api/corrections', { token: TEST_TOKEN })).body);
    expect(listed.items).toEqual([applied.correction]);
    const ofOffice = await send('GET', `/api/corrections?entity=${IDS.office}`, { token: TEST_TOKEN });
    expect(CorrectionListSchema.parse(ofOffice.body).items.map((c) => c.id)).toEqual([applied.correction.id]);
    const ofBeijing = await send('GET', `/api/corrections?entity=${IDS.beijing}`, { token: TEST_TOKEN });
    expect(CorrectionListSchema.parse(ofBeijing.body).items).toEqual([]);
    expect(overridesFile().merge).toEqual([
      expect.objectContaining({
        from: [IDS.duplicate],
        into: expect.objectContaining({ id: IDS.office }),
        by: ANALYST,
      }),
    ]);

    expect(await ingestAll()).toEqual(['unchanged', 'unchanged']);
    expect(await entity(IDS.duplicate)).toBeNull();
    // A graph built afresh from the same articles gets the merge from the overrides at ingest.
    await store.clear();
    await store.ensureSchema();
    expect(await ingestAll()).toEqual(['new', 'new']);
    expect(await entity(IDS.duplicate)).toBeNull();
    expect((await entity(IDS.office))?.entity.articleCount).toBe(2);

    const undone = await undo(applied.correction.id);
    expect(undone.correction.id).toBe(applied.correction.id);
    expect(undone.reextracted).toBe(2);
    expect((await entity(IDS.duplicate))?.entity.articleCount).toBe(2);
    expect((await entity(IDS.office))?.entity.articleCount).toBe(1);
    expect((await entity(IDS.office))?.entity.aliases).not.toContain('Cyber Affairs Office');
    expect(
      CorrectionListSchema.parse((await send('GET', '/api/corrections', { token: TEST_TOKEN })).body).items,
    ).toEqual([]);
    expect(overridesFile().merge).toEqual([]);
  });

  it('adds an alias that search finds, and takes it away again', async () => {
    const search = async (q: string): Promise<string[]> =>
      EntityListSchema.parse((await send('GET', `/api/entities?q=${encodeURIComponent(q)}`)).body).items.map(
        (e) => e.id,
      );
    expect(await search('Peking')).toEqual([]);
    const applied = await correct({ kind: 'alias', by: ANALYST, entity: IDS.beijing, aliases: ['Peking'] });
    expect(applied.reextracted).toBe(2);
    expect(applied.correction.label).toBe('Added “Peking” as a name of “Beijing”');
    expect((await entity(IDS.beijing))?.entity.aliases).toContain('Peking');
    expect(await search('Peking')).toEqual([IDS.beijing]);
    await undo(applied.correction.id);
    expect((await entity(IDS.beijing))?.entity.aliases).not.toContain('Peking');
    expect(await search('Peking')).toEqual([]);
  });

  it('rejects a relation so that no article supports it, and restores it on undo', async () => {
    const applied = await correct({
      kind: 'rejectRelation',
      by: ANALYST,
      subject: IDS.duplicate,
      predicate: 'MET_WITH',
      object: IDS.ministry,
    });
    expect(applied.correction.label).toBe('Rejected “Cyber Affairs Office” MET_WITH “Ministry of Foreign Affairs”');
    expect(related(await entity(IDS.duplicate), 'MET_WITH')).toEqual([]);
    expect(related(await entity(IDS.ministry), 'MET_WITH')).toEqual([]);
    // The entities stay: only the relation was wrong.
    expect((await entity(IDS.ministry))?.entity.articleCount).toBe(1);
    await undo(applied.correction.id);
    expect(related(await entity(IDS.duplicate), 'MET_WITH')).toEqual([IDS.ministry]);
  });

  it('splits a mention off into an entity of its own, and puts it back on undo', async () => {
    const before = (await entity(IDS.duplicate))?.entity.mentionCount ?? 0;
    const press = { id: 'org:press-office', name: 'Press Office', type: 'Organization' };
    const applied = await correct({
      kind: 'split',
      by: ANALYST,
      entity: IDS.duplicate,
      mentions: ['the office'],
      into: press,
    });
    expect(applied.correction.label).toBe(
      'Split “the office” off “Cyber Affairs Office” into “Press Office” (Organization)',
    );
    const split = await entity(press.id);
    expect(split?.entity).toMatchObject({
      name: 'Press Office',
      type: 'Organization',
      mentionCount: 1,
      articleCount: 1,
    });
    expect((await entity(IDS.duplicate))?.entity.mentionCount).toBe(before - 1);
    await undo(applied.correction.id);
    expect(await entity(press.id)).toBeNull();
    expect((await entity(IDS.duplicate))?.entity.mentionCount).toBe(before);
  });

  it('settles an ambiguous short name by merging it into the candidate the API lists, and undoes it', async () => {
    const stories = [
      'President Joe Biden met Chancellor Olaf Scholz in Berlin on Monday.',
      'First Lady Jill Biden visited a school in Ohio on Tuesday.',
      'Biden said on Wednesday that the talks had gone well.',
    ];
    for (const text of stories) {
      const answer = await send('POST', '/api/articles', {
        body: JSON.stringify({ text }),
        type: 'application/json',
        token: TEST_TOKEN,
      });
      expect(answer.status).toBe(201);
    }
    const ambiguous = async () =>
      AmbiguousNameListSchema.parse((await send('GET', '/api/ambiguous')).body).items.filter((item) =>
        item.candidates.some((c) => c.id === 'person:jill-biden'),
      );
    const [open] = await ambiguous();
    expect(open?.entity.name).toBe('Biden');
    expect(open?.candidates.map((c) => c.name).sort()).toEqual(['Jill Biden', 'Joe Biden']);
    const before = (await entity('person:jill-biden'))?.entity.articleCount ?? 0;

    const applied = await correct({
      kind: 'merge',
      by: ANALYST,
      from: [open?.entity.id ?? ''],
      into: { id: 'person:jill-biden' },
    });
    expect(applied.reextracted).toBeGreaterThanOrEqual(1);
    expect(await ambiguous()).toEqual([]);
    expect((await entity('person:jill-biden'))?.entity.articleCount).toBe(before + 1);

    await undo(applied.correction.id);
    expect((await ambiguous()).map((item) => item.entity.id)).toEqual([open?.entity.id]);
    expect((await entity('person:jill-biden'))?.entity.articleCount).toBe(before);
  });
});
