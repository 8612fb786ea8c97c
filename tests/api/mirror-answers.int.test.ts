import { GraphStore, type ArticleToWrite } from '@newsgraph/graph-store';
import { freshStore } from '@newsgraph/graph-store/testing';
import {
  ENTITY_TYPES,
  PREDICATES,
  EntitySearchQuerySchema,
  GraphQuerySchema,
  PathQuerySchema,
  type EntitySearchQuery,
  type EntityType,
  type GraphQuery,
} from '@newsgraph/schema';
import { loadSeeds } from './load-seeds';

/** Every mismatch between the two stores' answers, so a failure lists them all. */
async function mismatches<Q>(
  queries: Q[],
  expected: (q: Q) => Promise<unknown>,
  actual: (q: Q) => Promise<unknown>,
): Promise<{ query: Q; expected: unknown; actual: unknown }[]> {
  const out: { query: Q; expected: unknown; actual: unknown }[] = [];
  for (const query of queries) {
    const [want, got] = [await expected(query), await actual(query)];
    if (JSON.stringify(want) !== JSON.stringify(got)) out.push({ query, expected: want, actual: got });
  }
  return out;
}

/** What people type: names, first words, their first letters, aliases, odd case and characters, nothing. */
function searchQueries(batch: ArticleToWrite[]): EntitySearchQuery[] {
  const entities = batch.flatMap((item) => item.extraction.entities);
  const texts = new Set<string>(['', ' ', 'zzzq', '"', 'u.s.', 'U.S', 'the', 'of', 'president biden', 'joe bi']);
  for (const [i, e] of entities.entries()) {
    const first = e.name.split(/\s+/)[0] ?? e.name;
    if (i % 4 === 0) texts.add(e.name);
    texts.add(first.slice(0, 1 + (i % 4)));
    if (i % 5 === 0) texts.add(first.toUpperCase());
    for (const alias of e.aliases.slice(0, 1)) texts.add(alias);
  }
  const queries: EntitySearchQuery[] = [];
  [...texts].forEach((q, i) => {
    queries.push(EntitySearchQuerySchema.parse({ q, limit: [21, 1, 5, 200][i % 4], offset: [0, 0, 3, 10][i % 4] }));
    if (i % 6 === 0) queries.push(EntitySearchQuerySchema.parse({ q, type: ENTITY_TYPES[i % ENTITY_TYPES.length] }));
  });
  return queries;
}

/** Views of the best connected entities with and without filters and caps. */
function graphQueries(batch: ArticleToWrite[]): GraphQuery[] {
  const degree = new Map<string, number>();
  for (const r of batch.flatMap((item) => item.extraction.relations)) {
    for (const id of [r.subject, r.object]) degree.set(id, (degree.get(id) ?? 0) + 1);
  }
  const hubs = [...degree].sort((a, b) => b[1] - a[1]).map(([id]) => id);
  const variants = [
    {},
    { limit: 6 },
    { limit: 25 },
    { types: 'Person,Organization' },
    { predicates: PREDICATES.slice(0, 3).join(',') },
    { minSupport: 2 },
    { minConfidence: 0.6 },
    { since: '2024-01-01' },
  ];
  return hubs
    .slice(0, 25)
    .flatMap((focus, i) =>
      [1, 2, 3].map((depth, j) => GraphQuerySchema.parse({ focus, depth, ...variants[(i + j) % variants.length] })),
    );
}

/** Made-up names with pieces the full-text analyser may segment its own way: other scripts and odd punctuation. */
const ODD_NAMES: [string, EntityType, string[]][] = [
  ['Iolana; Breen-Okafor', 'Person', []],
  ['Kealoha Tamsin!', 'Organization', ['周 Wirihana']],
  ['Renzo: Wirihana Group', 'Organization', []],
  ['Ames@Tamsin Fund', 'Organization', ['Okafor 李 Fund']],
];

/** One article naming each of `ODD_NAMES` once. */
function oddNamesArticle(): ArticleToWrite {
  const text = `${ODD_NAMES.map(([name]) => name).join(' met ')} in Suva.`;
  const id = 'article:mirror-odd-names';
  const entities = ODD_NAMES.map(([name, type, aliases], i) => {
    const start = text.indexOf(name);
    const mention = { start, end: start + name.length, text: name, kind: 'name' as const };
    return { id: `test:odd-${i}`, name, type, aliases: [name, ...aliases], mentions: [mention] };
  });
  return {
    article: { id, text, title: 'Odd names', extractorVersion: 'test' },
    extraction: { id, entities, relations: [], quotes: [] },
  };
}

describe('answers from the in-memory mirror, on the seed articles in a real Neo4j', () => {
  let plain: GraphStore;
  let mirrored: GraphStore;
  let batch: ArticleToWrite[];

  beforeAll(async () => {
    plain = await freshStore();
    batch = await loadSeeds(plain);
    mirrored = await GraphStore.connect({
      uri: process.env['NEO4J_URI'] ?? '',
      user: process.env['NEO4J_USER'],
      password: process.env['NEO4J_PASSWORD'],
      // checked on every call and rebuilt at once, so a test sees each write immediately
      mirror: { checkEveryMs: 0, rebuildGapMs: 0 },
    });
    await mirrored.readMirror();
  }, 300_000);
  afterAll(async () => {
    await mirrored.close();
    await plain.close();
  });

  // The ranking main gave on the seed articles before the mirror (a new extractor version may move these ids).
  const PINNED: [Partial<EntitySearchQuery>, string[]][] = [
    [
      { limit: 8 },
      [
        'country:US',
        'country:RU',
        'org:european-union',
        'country:UA',
        'person:joseph-biden',
        'country:CA',
        'loc:europe',
        'country:CN',
      ],
    ],
    [
      { q: 'bi', limit: 6 },
      [
        'person:joseph-biden',
        'org:biden-administration',
        'loc:presidents-biden',
        'loc:united-states-of-america-joseph-r-biden',
      ],
    ],
    [
      { q: 'united', limit: 4 },
      [
        'country:US',
        'country:GB',
        'org:united-nations-security-council',
        'policy:united-nations-convention-on-the-law-of-the-sea',
      ],
    ],
    [
      { q: 'jo', limit: 6, type: 'Person' },
      ['person:joseph-biden', 'person:jonathan-finer', 'person:joao-manuel-goncalves-lourenco', 'person:boris-johnson'],
    ],
    [
      { q: 'Nat', limit: 6 },
      [
        'org:nato',
        'event:nato-summit',
        'org:national-security-advisor-akiba',
        'org:national-security-advisor-sullivan',
        'org:united-nations-security-council',
        'org:japanese-national-security-advisor-akiba-takeo',
      ],
    ],
  ];

  it('ranks the seed graph as it did before, from Neo4j and from memory', async () => {
    for (const store of [plain, mirrored]) {
      for (const [query, expected] of PINNED) {
        const found = await store.searchEntities(EntitySearchQuerySchema.parse(query));
        expect({ query, ids: found.map((e) => e.id) }).toEqual({ query, ids: expected });
      }
    }
    expect(await mirrored.mirrorInUse()).toBe(true);
  }, 300_000);

  it('searches as the full-text index does: same entities, same order, same pages', async () => {
    expect(await mirrored.mirrorInUse()).toBe(true);
    const queries = searchQueries(batch);
    expect(queries.length).toBeGreaterThan(100);
    expect(
      await mismatches(
        queries,
        (q) => plain.searchEntities(q),
        (q) => mirrored.searchEntities(q),
      ),
    ).toEqual([]);
    expect(await mirrored.mirrorInUse()).toBe(true);
  }, 300_000);

  it('draws the same neighbourhoods: nodes in ring order, edges by support, the same caps and flags', async () => {
    const queries = graphQueries(batch);
    expect(queries.length).toBeGreaterThan(40);
    expect(
      await mismatches(
        queries,
        (q) => plain.neighbourhood(q),
        (q) => mirrored.neighbourhood(q),
      ),
    ).toEqual([]);
    await expect(mirrored.neighbourhood(GraphQuerySchema.parse({ focus: 'no:such-entity' }))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  }, 300_000);

  it('finds the same paths, with the ends and nodes from memory', async () => {
    const hubs = [...new Set(graphQueries(batch).map((q) => q.focus))].slice(0, 12);
    const pairs = hubs.flatMap((from, i) => hubs.slice(i + 1, i + 4).map((to) => ({ from, to })));
    const queries = pairs.map((pair, i) => PathQuerySchema.parse({ ...pair, k: 1 + (i % 3), maxLength: 2 + (i % 3) }));
    expect(
      await mismatches(
        queries,
        (q) => plain.shortestPaths(q),
        (q) => mirrored.shortestPaths(q),
      ),
    ).toEqual([]);
    expect(queries.length).toBeGreaterThan(20);
    await expect(
      mirrored.shortestPaths(PathQuerySchema.parse({ from: hubs[0], to: 'no:such-entity' })),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  }, 300_000);

  it('searches names holding other scripts or odd punctuation as the full-text index does', async () => {
    await plain.writeArticles([oddNamesArticle()]);
    await mirrored.readMirror();
    const typed = ['okaf', 'okafor', 'bree', 'iola', 'iolana;', 'kealo', 'tams', 'wiri', 'ren', '周', 'ames', 'fund'];
    const queries = typed.flatMap((q) => [1, 3, 50].map((limit) => EntitySearchQuerySchema.parse({ q, limit })));
    expect(
      await mismatches(
        queries,
        (q) => plain.searchEntities(q),
        (q) => mirrored.searchEntities(q),
      ),
    ).toEqual([]);
    const found = await mirrored.searchEntities(EntitySearchQuerySchema.parse({ q: 'okaf', limit: 5 }));
    expect(found.map((e) => e.id).sort()).toEqual(['test:odd-0', 'test:odd-3']);
    expect(await mirrored.mirrorInUse()).toBe(true);
  }, 300_000);

  it('never answers from a graph that changed: writes by itself or by another process show at once', async () => {
    const probe = EntitySearchQuerySchema.parse({ q: '', limit: 50 });
    const removed = batch[0]?.article.id ?? '';
    // another process (the plain store) removes an article: the mirror is stale and Neo4j answers
    await plain.deleteArticles([removed]);
    expect(await mirrored.mirrorInUse()).toBe(false);
    expect(await mirrored.searchEntities(probe)).toEqual(await plain.searchEntities(probe));
    // read again, it answers from memory what Neo4j answers
    await mirrored.readMirror();
    expect(await mirrored.mirrorInUse()).toBe(true);
    expect(await mirrored.searchEntities(probe)).toEqual(await plain.searchEntities(probe));
    // a write through the mirrored store itself
    await mirrored.writeArticles(batch.slice(0, 1));
    expect(await mirrored.mirrorInUse()).toBe(false);
    expect(await mirrored.searchEntities(probe)).toEqual(await plain.searchEntities(probe));
  }, 300_000);
});
