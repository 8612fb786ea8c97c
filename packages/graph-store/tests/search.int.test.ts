import neo4j from 'neo4j-driver';
import type { EntitySearchQuery } from '@newsgraph/schema';
import type { ArticleToWrite } from '../src';
import { useFreshStore } from './fixtures/use-fresh-store';

interface Named {
  id: string;
  name: string;
  type?: 'Person' | 'Organization';
  aliases?: string[];
  mentions: number;
}

/** One article naming each entity `mentions` times (spans are not read back here). */
function articleNaming(id: string, entities: Named[]): ArticleToWrite {
  return {
    article: { id, text: `Article ${id}.`, extractorVersion: 'test' },
    extraction: {
      id,
      entities: entities.map((e) => ({
        id: e.id,
        name: e.name,
        type: e.type ?? 'Organization',
        aliases: e.aliases ?? [],
        mentions: Array.from({ length: e.mentions }, (_, i) => ({
          start: i,
          end: i + 1,
          text: 'X',
          kind: 'name' as const,
        })),
      })),
      relations: [],
      quotes: [],
    },
  };
}

// Answered by Neo4j's full-text index, then by the in-memory mirror (read again before each search, so it is used).
describe.each([false, true])('entity search ranking on a real Neo4j (from memory: %s)', (fromMemory) => {
  const fresh = useFreshStore(fromMemory ? { mirror: { checkEveryMs: 0, rebuildGapMs: 60_000 } } : {});
  const search = async (query: EntitySearchQuery): Promise<{ id: string }[]> => {
    if (fromMemory) {
      await fresh.store.readMirror();
      expect(await fresh.store.mirrorInUse()).toBe(true);
    }
    return fresh.store.searchEntities(query);
  };
  const ids = async (q: string, limit = 20, type?: 'Person' | 'Organization'): Promise<string[]> =>
    (await search({ q, limit, ...(type ? { type } : {}) })).map((e) => e.id);

  it('puts an exact alias first, then a whole word of the name, then prefixes by mentions, then other matches', async () => {
    await fresh.store.writeArticles([
      articleNaming('r1', [
        { id: 'org:johnson-controls', name: 'Johnson Controls', mentions: 50 },
        { id: 'org:jordan-river', name: 'Jordan River Authority', mentions: 5 },
        { id: 'person:jo-smith', name: 'Mary Jo Smith', type: 'Person', mentions: 2 },
        { id: 'person:joseph-doe', name: 'Joseph Doe', type: 'Person', aliases: ['Jo'], mentions: 1 },
        // a later word starts with it: matched, but after every exact, whole-word and prefix match
        { id: 'person:anna-jonas', name: 'Anna Jonas', type: 'Person', mentions: 90 },
      ]),
    ]);
    expect(await ids('jo')).toEqual([
      'person:joseph-doe',
      'person:jo-smith',
      'org:johnson-controls',
      'org:jordan-river',
      'person:anna-jonas',
    ]);
    expect(await ids('Jo', 20, 'Person')).toEqual(['person:joseph-doe', 'person:jo-smith', 'person:anna-jonas']);
    expect(await ids('jo', 20, 'Organization')).toEqual(['org:johnson-controls', 'org:jordan-river']);
    expect(await ids('johnson controls')).toEqual(['org:johnson-controls']);
    // the first page holds the best of every match, not the first entities Lucene met
    expect(await ids('jo', 2)).toEqual(['person:joseph-doe', 'person:jo-smith']);
  });

  it('pages through many matches of one prominence without losing or repeating any, across both stages', async () => {
    const many: Named[] = Array.from({ length: 40 }, (_, i) => ({
      id: `org:acme-${String(i).padStart(2, '0')}`,
      name: `Acme ${String(i).padStart(2, '0')}`,
      // many share a bucket (and a count), so a page often ends inside one
      mentions: i < 30 ? 1 : 2 + (i % 3),
    }));
    const others: Named[] = Array.from({ length: 5 }, (_, i) => ({
      id: `org:zeta-acmes-${i}`,
      name: `Zeta Acmes ${i}`,
      mentions: 10 + i,
    }));
    await fresh.store.writeArticles([articleNaming('p1', [...many, ...others])]);
    const all = await ids('acm', 100);
    const byMentions = [...many].sort((a, b) => b.mentions - a.mentions || (a.name < b.name ? -1 : 1)).map((e) => e.id);
    // the later-word matches come after every prefix match, most relevant first (equal here), then most mentioned
    expect(all).toEqual([...byMentions, ...others.map((e) => e.id).reverse()]);
    for (const size of [3, 7]) {
      const paged: string[] = [];
      for (let offset = 0; offset < all.length + size; offset += size) {
        paged.push(...(await search({ q: 'acm', limit: size, offset })).map((e) => e.id));
      }
      expect(paged).toEqual(all);
    }
  });

  it('lists the most mentioned with nothing typed, and follows mentions taken away and aliases added', async () => {
    await fresh.store.writeArticles([
      articleNaming('m1', [
        { id: 'org:alpha', name: 'Alpha Group', mentions: 3 },
        { id: 'org:beta', name: 'Beta Group', mentions: 40 },
      ]),
      articleNaming('m2', [{ id: 'org:alpha', name: 'Alpha Group', mentions: 60 }]),
    ]);
    expect(await ids('')).toEqual(['org:alpha', 'org:beta']);
    expect(await ids('group')).toEqual(['org:alpha', 'org:beta']);
    await fresh.store.deleteArticles(['m2']);
    expect(await ids('')).toEqual(['org:beta', 'org:alpha']);
    expect(await ids('group')).toEqual(['org:beta', 'org:alpha']);
    // an alias arriving later makes the less mentioned entity an exact match
    await fresh.store.writeArticles([
      articleNaming('m3', [{ id: 'org:alpha', name: 'Alpha Group', aliases: ['Beta'], mentions: 1 }]),
    ]);
    expect(await ids('beta')).toEqual(['org:alpha', 'org:beta']);
  });

  it('fills the search fields of a graph written before they existed when the schema is ensured', async () => {
    await fresh.store.writeArticles([
      articleNaming('b1', [
        { id: 'org:gamma-labs', name: 'Gamma Labs', mentions: 50 },
        { id: 'org:delta', name: 'Delta Corp', aliases: ['Gamma'], mentions: 1 },
      ]),
    ]);
    expect(await ids('gamma')).toEqual(['org:delta', 'org:gamma-labs']);
    const uri = process.env['NEO4J_URI'] ?? '';
    const user = process.env['NEO4J_USER'];
    const driver = neo4j.driver(uri, user ? neo4j.auth.basic(user, process.env['NEO4J_PASSWORD'] ?? '') : undefined);
    try {
      await driver.executeQuery('MATCH (e:Entity) REMOVE e.searchKeys, e.searchWords, e.searchRank');
    } finally {
      await driver.close();
    }
    // without them only the other matches are found, the most mentioned first
    expect(await ids('gamma')).toEqual(['org:gamma-labs', 'org:delta']);
    await fresh.store.ensureSchema();
    expect(await ids('gamma')).toEqual(['org:delta', 'org:gamma-labs']);
  });
});
