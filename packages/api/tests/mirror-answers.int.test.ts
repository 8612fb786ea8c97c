import { join } from 'node:path';
import { GraphStore, type ArticleToWrite } from '@newsgraph/graph-store';
import { freshStore } from '@newsgraph/graph-store/testing';
import { ingestSources } from '@newsgraph/ingest';
import { OverridesSchema, type EntitySummary } from '@newsgraph/schema';
import { datedArticles, IDS } from './fixtures/dated-articles';

const SEEDS = join(__dirname, '..', '..', '..', 'seeds', 'whitehouse-demo.jsonl');

const QUOTED = 'Joe Biden said "we will hold China and the United States to it" and "fair trade matters" today.';

/** One article where a speaker says two things, one about two entities, so quotes' order and `about` are compared. */
function quotedArticle(): ArticleToWrite {
  const at = (phrase: string) => ({ start: QUOTED.indexOf(phrase), end: QUOTED.indexOf(phrase) + phrase.length });
  const named = (id: string, name: string, type: 'Person' | 'Country') => ({
    id,
    name,
    type,
    aliases: [],
    mentions: [{ ...at(name), text: name, kind: 'name' as const }],
  });
  const quote = (text: string, about: string[]) => ({ ...at(text), text, speaker: IDS.biden, about });
  return {
    article: { id: 'article:quoted', text: QUOTED, publishedAt: '2024-07-01', extractorVersion: 'test' },
    extraction: {
      id: 'article:quoted',
      entities: [
        named(IDS.biden, 'Joe Biden', 'Person'),
        named(IDS.china, 'China', 'Country'),
        named(IDS.us, 'United States', 'Country'),
      ],
      relations: [],
      quotes: [
        quote('we will hold China and the United States to it', [IDS.us, IDS.china]),
        quote('fair trade matters', []),
      ],
    },
  };
}

/** The answer, or the error's code and message: both modes must fail alike too. */
async function outcome<T>(read: () => Promise<T>): Promise<T | string> {
  try {
    return await read();
  } catch (error) {
    return `${(error as { code?: string }).code ?? ''}: ${(error as Error).message}`;
  }
}

// The demo seeds extracted and written as an ingest writes them (and a few articles with quotes), then every read asked of a store answering from
// Neo4j alone and of one answering from its in-memory mirror: the answers must be the same, error for error.
describe('reads answered from memory equal those answered by Neo4j, on the extracted demo seeds', () => {
  let neo4jOnly: GraphStore;
  let fromMemory: GraphStore;
  let ids: string[];
  beforeAll(async () => {
    neo4jOnly = await freshStore();
    await ingestSources(neo4jOnly, [SEEDS], {
      context: { overrides: OverridesSchema.parse({}), version: 'test' },
      workers: 0,
      batchSize: 50,
    });
    // Quotes (the seeds give none) and claims from two outlets, written as an ingest writes them.
    await neo4jOnly.writeArticles([...datedArticles(), quotedArticle()]);
    fromMemory = await GraphStore.connect({
      uri: process.env['NEO4J_URI'] ?? '',
      mirror: { checkEveryMs: 60_000, rebuildGapMs: 60_000 },
    });
    await fromMemory.readMirror();
    const rows = await neo4jOnly.cypher({
      query: 'MATCH (e:Entity) RETURN e.id ORDER BY e.mentionCount DESC, e.id',
      params: {},
    });
    ids = rows.rows.map(([id]) => String(id));
  }, 300_000);
  afterAll(async () => {
    await fromMemory.close();
    await neo4jOnly.close();
  });

  const both = async <T>(read: (store: GraphStore) => Promise<T>): Promise<[T | string, T | string]> => {
    expect(await fromMemory.mirrorInUse()).toBe(true);
    return [await outcome(() => read(neo4jOnly)), await outcome(() => read(fromMemory))];
  };

  it('has a graph worth comparing: many entities, relations with several claims, quotes', async () => {
    const counts = await neo4jOnly.cypher({
      query: `MATCH (c:Claim) WITH c.key AS key, count(*) AS claims
              RETURN max(claims) AS most, COUNT { (:Quote) } AS quotes, COUNT { (:Entity) } AS entities`,
      params: {},
    });
    const [most, quotes, entities] = (counts.rows[0] ?? []).map(Number);
    expect(entities).toBeGreaterThan(100);
    expect(most).toBeGreaterThan(1);
    expect(quotes).toBeGreaterThan(2);
  });

  it("gives every entity's page, and an unknown id's error, the same", async () => {
    for (const id of [...ids, 'person:nobody-at-all']) {
      for (const query of [
        { evidence: 3, articles: 50, quotes: 50 },
        { evidence: 1, articles: 2, quotes: 1 },
        { evidence: 0, articles: 0, quotes: 0 },
      ]) {
        const [expected, answered] = await both((store) => store.entityDetails(id, query));
        expect([id, answered]).toEqual([id, expected]);
      }
    }
  }, 300_000);

  it('gives the same paths, each hop with its evidence, between the best connected entities', async () => {
    const top = ids.slice(0, 12);
    for (const from of top) {
      for (const to of top) {
        if (from === to) continue;
        for (const [maxLength, k] of [
          [3, 2],
          [4, 3],
          [2, 1],
        ] as const) {
          const [expected, answered] = await both((store) => store.shortestPaths({ from, to, maxLength, k }));
          expect([from, to, maxLength, k, answered]).toEqual([from, to, maxLength, k, expected]);
        }
      }
    }
  }, 300_000);

  it('gives the same searches: whole names, each word, words cut short as typed, several words, by type, paged', async () => {
    const rows = await neo4jOnly.cypher({
      query: 'MATCH (e:Entity) RETURN e.name, coalesce(e.aliases, []) ORDER BY e.mentionCount DESC, e.id',
      params: {},
    });
    const terms = new Set<string>(['', 'a', 'Th', 'zzqx', '"', "'", 'U.S.', 'Biden Harris']);
    for (const [name, aliases] of rows.rows) {
      for (const text of [String(name), ...(aliases as unknown[]).map(String)]) {
        terms.add(text);
        const words = text.split(/[\s-]+/).filter(Boolean);
        for (const word of words)
          for (const cut of [1, 2, 3, 4]) terms.add(word.slice(0, Math.max(1, word.length - cut)));
        for (const word of words) terms.add(word);
        if (words.length > 1) terms.add(`${words[0] ?? ''} ${(words[1] ?? '').slice(0, 3)}`);
      }
    }
    expect(terms.size).toBeGreaterThan(500);
    // An other match: neither a name or alias starting with what was typed nor a whole word of the name.
    const isOther = (raw: string, e: EntitySummary): boolean => {
      const keys = [e.name, ...e.aliases].map((k) => k.toLowerCase());
      return !keys.some((k) => k.startsWith(raw)) && !e.name.toLowerCase().split(' ').includes(raw);
    };
    let others = 0;
    for (const q of terms) {
      for (const query of [
        { q, limit: 21 },
        { q, limit: 5, offset: 3 },
        { q, type: 'Person' as const, limit: 10 },
      ]) {
        const [expected, answered] = await both((store) => store.searchEntities(query));
        expect([query, answered]).toEqual([query, expected]);
        const raw = q.trim().toLowerCase();
        if (raw && !raw.includes(' ') && Array.isArray(expected) && expected.some((e) => isOther(raw, e))) others += 1;
      }
    }
    // Many one-word searches reach the other matches (a later word, an alias's word), which memory now answers.
    expect(others).toBeGreaterThan(100);
  }, 600_000);

  it('gives the same neighbourhoods at depth 1 and 2', async () => {
    for (const focus of ids.slice(0, 30)) {
      for (const depth of [1, 2]) {
        const [expected, answered] = await both((store) => store.neighbourhood({ focus, depth, limit: 200 }));
        expect([focus, depth, answered]).toEqual([focus, depth, expected]);
      }
    }
  }, 300_000);
});
