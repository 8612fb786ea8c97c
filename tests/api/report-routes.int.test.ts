import type { ArticleToWrite, GraphStore } from '@newsgraph/graph-store';
import { freshStore } from '@newsgraph/graph-store/testing';
import {
  ErrorBodySchema,
  GraphElementsSchema,
  PathListSchema,
  relationKey,
  type ExtractedEntity,
  type Span,
} from '@newsgraph/schema';
import { loadSeeds } from './load-seeds';
import { serveApi } from './serve-api';

const HOSTILE_NAME = '<script>alert("name")</script> & Co';
const HOSTILE_SENTENCE = 'Evil Corp met with <img src=x onerror=alert(1)> & [Friends](javascript:alert(2)) today.';
const HOSTILE_TEXT = `${HOSTILE_SENTENCE} It was ${HOSTILE_NAME}.`;

/** An article whose names, sentence, title and URL are all markup or script, written as extracted. */
function hostileArticle(): ArticleToWrite {
  const span = (phrase: string): Span => {
    const start = HOSTILE_TEXT.indexOf(phrase);
    return { start, end: start + phrase.length, text: phrase };
  };
  const entity = (id: string, name: string, phrase: string): ExtractedEntity => ({
    id,
    name,
    type: 'Organization',
    aliases: [name],
    mentions: [{ ...span(phrase), kind: 'name' }],
  });
  return {
    article: {
      id: 'article:report-hostile',
      text: HOSTILE_TEXT,
      title: '<b>Title</b> "quoted"',
      publisher: '<i>Outlet</i>',
      url: 'javascript:alert(3)',
      publishedAt: '2031-01-02',
      extractorVersion: 'test',
    },
    extraction: {
      id: 'article:report-hostile',
      entities: [entity('org:evil-corp', 'Evil Corp', 'Evil Corp'), entity('org:hostile', HOSTILE_NAME, HOSTILE_NAME)],
      relations: [
        {
          subject: 'org:evil-corp',
          predicate: 'MET_WITH',
          object: 'org:hostile',
          confidence: 0.8,
          evidence: span(HOSTILE_SENTENCE),
        },
      ],
      quotes: [],
    },
  };
}

const PERIOD = 'since=2024-01&until=2024-12';

const VISIT_SENTENCES = [
  'Joseph R. Biden met with Pedro Sánchez in Madrid.',
  'Pedro Sánchez is the President of the Government of Spain.',
  'Madrid is the capital of Spain.',
  'Spain joined the Blue Dot Network.',
];
const VISIT_TEXT = VISIT_SENTENCES.join(' ');

/**
 * An article of the period, written as extracted, tying seed entities (Biden, Spain) into a few relations, so the
 * report has a view of several relations in the period whatever the extractor makes of the seed articles.
 */
function visitArticle(): ArticleToWrite {
  const span = (phrase: string): Span => {
    const start = VISIT_TEXT.indexOf(phrase);
    return { start, end: start + phrase.length, text: phrase };
  };
  const entity = (id: string, name: string, type: ExtractedEntity['type']): ExtractedEntity => ({
    id,
    name,
    type,
    aliases: [name],
    mentions: [{ ...span(name), kind: 'name' }],
  });
  const said = (
    subject: string,
    predicate: 'MET_WITH' | 'HOLDS_POSITION' | 'LOCATED_IN' | 'MEMBER_OF',
    object: string,
    sentence: number,
  ) => ({
    subject,
    predicate,
    object,
    confidence: 0.9,
    evidence: span(VISIT_SENTENCES[sentence] ?? ''),
  });
  return {
    article: {
      id: 'article:report-visit',
      text: VISIT_TEXT,
      title: 'Visit to Madrid',
      publisher: 'Test Wire',
      url: 'https://example.org/visit',
      publishedAt: '2024-06-04',
      extractorVersion: 'test',
    },
    extraction: {
      id: 'article:report-visit',
      entities: [
        entity('person:joseph-biden', 'Joseph R. Biden', 'Person'),
        entity('person:pedro-sanchez', 'Pedro Sánchez', 'Person'),
        entity('loc:madrid', 'Madrid', 'Location'),
        entity('country:ES', 'Spain', 'Country'),
        entity('org:blue-dot-network', 'Blue Dot Network', 'Organization'),
      ],
      relations: [
        said('person:joseph-biden', 'MET_WITH', 'person:pedro-sanchez', 0),
        said('person:pedro-sanchez', 'HOLDS_POSITION', 'country:ES', 1),
        said('loc:madrid', 'LOCATED_IN', 'country:ES', 2),
        said('country:ES', 'MEMBER_OF', 'org:blue-dot-network', 3),
      ],
      quotes: [],
    },
  };
}

describe('GET /api/report on the seed articles in a real Neo4j', () => {
  let store: GraphStore;
  let served: Awaited<ReturnType<typeof serveApi>>;
  let focus: string;
  const get = async (path: string): Promise<{ status: number; type: string | null; text: string }> => {
    const response = await fetch(`${served.baseUrl}${path}`);
    return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
  };
  const graph = async (query: string) => GraphElementsSchema.parse(JSON.parse((await get(`/api/graph?${query}`)).text));

  beforeAll(async () => {
    store = await freshStore();
    await loadSeeds(store);
    await store.writeArticles([hostileArticle(), visitArticle()]);
    served = await serveApi(store);
    // Of the most related entities, the first whose two-hop view has several relations, one of them reported in PERIOD.
    const candidates = (
      await store.cypher({
        query: 'MATCH (e:Entity)-[r]-(:Entity) RETURN e.id AS id, count(r) AS n ORDER BY n DESC, id',
        params: {},
      })
    ).rows.map((row) => String(row[0]));
    focus = '';
    for (const id of candidates) {
      const view = await graph(`focus=${encodeURIComponent(id)}&depth=2&limit=50`);
      const inPeriod = await graph(`focus=${encodeURIComponent(id)}&depth=2&limit=50&${PERIOD}`);
      if (view.edges.length > 3 && inPeriod.edges.length > 0) {
        focus = id;
        break;
      }
    }
  }, 300_000);
  afterAll(async () => {
    await served.close();
    await store.close();
  });

  it('gives a card per relation of the view, its counts those of the graph, every sentence cited', async () => {
    const view = await graph(`focus=${encodeURIComponent(focus)}&depth=2&limit=50`);
    expect(view.edges.length).toBeGreaterThan(3);
    const support = await store.relationSupport({
      relations: view.edges.map((e) => ({
        subject: e.data.source,
        predicate: e.data.predicate,
        object: e.data.target,
      })),
      evidence: 100,
    });
    expect(support).toHaveLength(view.edges.length);
    for (const [i, card] of support.entries()) {
      const edge = view.edges[i]?.data;
      expect(card.key).toBe(relationKey(edge?.source ?? '', edge?.predicate ?? 'MET_WITH', edge?.target ?? ''));
      expect([card.articleCount, card.sentenceCount, card.confidence]).toEqual([
        edge?.articleCount,
        edge?.sentenceCount,
        edge?.confidence,
      ]);
      expect(card.evidence).toHaveLength(Math.min(card.evidenceCount, 100));
      expect(card.evidenceCount).toBe(card.sentenceCount);
      const outlets = new Set(card.evidence.map((e) => e.publisher ?? e.source));
      expect(card.outlets.sort()).toEqual([...outlets].filter(Boolean).sort());
      for (const evidence of card.evidence) {
        const { article } = await store.articleDetails(evidence.articleId);
        expect(article.text.replace(/\s+/g, ' ')).toContain(evidence.text.replace(/\s+/g, ' '));
        expect([evidence.title, evidence.url]).toEqual([article.title, article.url]);
      }
    }
    const { status, type, text } = await get(
      `/api/report?focus=${encodeURIComponent(focus)}&depth=2&limit=50&evidence=100`,
    );
    expect(status).toBe(200);
    expect(type).toBe('text/html; charset=utf-8');
    expect(text.match(/<section class="card"/g)).toHaveLength(view.edges.length);
    expect(text.match(/<circle [^>]*r="(9|14)"/g)).toHaveLength(view.nodes.length);
    const quoted = support.reduce((sum, card) => sum + card.evidence.length, 0);
    expect(text.match(/<blockquote>/g)).toHaveLength(quoted);
    expect(text).toContain('@media print');
  });

  it('counts only the claims of the period, and cites only articles published in it', async () => {
    const period = PERIOD;
    const view = await graph(`focus=${encodeURIComponent(focus)}&depth=2&limit=50&${period}`);
    const { text } = await get(`/api/report?focus=${encodeURIComponent(focus)}&depth=2&limit=50&${period}&format=md`);
    expect(text.match(/^### <a id="card-\d+"><\/a>/gm) ?? []).toHaveLength(view.edges.length);
    const dates = [...text.matchAll(/, (\d{4}-\d{2}-\d{2}), </g)].map(([, date]) => date ?? '');
    expect(dates.length).toBeGreaterThan(0);
    for (const date of dates) expect(date >= '2024-01' && date.slice(0, 7) <= '2024-12').toBe(true);
  });

  it('ends with the request that rebuilds the same pack', async () => {
    const first = await get(`/api/report?focus=${encodeURIComponent(focus)}&depth=2&limit=20&format=md`);
    expect(first.type).toBe('text/markdown; charset=utf-8');
    const rebuild = /^GET (\/api\/report\?\S+)$/m.exec(first.text)?.[1];
    expect(rebuild).toContain('depth=2');
    const again = await get(rebuild ?? '');
    const withoutTime = (text: string) => text.replace(/made [^ ]+ by newsgraph/, 'made … by newsgraph');
    expect(withoutTime(again.text)).toBe(withoutTime(first.text));
  });

  it('tells a path hop by hop, each hop footnoted with the card that backs it', async () => {
    const view = await graph(`focus=${encodeURIComponent(focus)}&depth=2&limit=200`);
    const far = view.nodes.find(
      (node) =>
        !view.edges.some(
          (e) =>
            [e.data.source, e.data.target].includes(focus) && [e.data.source, e.data.target].includes(node.data.id),
        ) && node.data.id !== focus,
    );
    expect(far).toBeDefined();
    const to = far?.data.id ?? '';
    const paths = PathListSchema.parse(
      JSON.parse((await get(`/api/paths?from=${encodeURIComponent(focus)}&to=${encodeURIComponent(to)}`)).text),
    );
    const { status, text } = await get(
      `/api/report?from=${encodeURIComponent(focus)}&to=${encodeURIComponent(to)}&format=md`,
    );
    expect(status).toBe(200);
    expect(text.match(/^### Path \d+ \(2 hops\)$/gm)).toHaveLength(paths.paths.length);
    const cited = new Set([...text.matchAll(/\[\^(\d+)\](?!:)/g)].map(([, n]) => n));
    const defined = new Set([...text.matchAll(/^\[\^(\d+)\]: /gm)].map(([, n]) => n));
    expect([...cited].sort()).toEqual([...defined].sort());
    expect(text.match(/^### <a id="card-\d+"><\/a>/gm)).toHaveLength(paths.elements.edges.length);
    const html = await get(`/api/report?from=${encodeURIComponent(focus)}&to=${encodeURIComponent(to)}`);
    expect(html.text.match(/<sup><a href="#card-\d+">/g)).toHaveLength(2 * paths.paths.length);
  });

  it('shows names, sentences, titles and outlets as text, and links no javascript: URL', async () => {
    for (const format of ['html', 'svg']) {
      const { status, text } = await get(`/api/report?focus=org:evil-corp&format=${format}`);
      expect(status).toBe(200);
      expect(text).not.toMatch(/<script|<img|<b>|<i>|href="javascript/i);
      expect(text).toContain('&lt;script&gt;alert(&quot;name&quot;)&lt;/script&gt; &amp; Co');
      if (format === 'html') {
        expect(text).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; [Friends](javascript:alert(2))');
        expect(text).toContain(
          '<cite>&lt;b&gt;Title&lt;/b&gt; &quot;quoted&quot;</cite>, &lt;i&gt;Outlet&lt;/i&gt;, 2031-01-02, javascript:alert(3)',
        );
      }
    }
    const md = await get('/api/report?focus=org:evil-corp&format=md');
    // Escaped with a backslash, these are literal characters to a Markdown reader.
    expect(md.text).not.toMatch(/(?<!\\)<(script|img|b>|i>|javascript)|(?<!\\)\]\(javascript/i);
    expect(md.text).toContain('\\[Friends\\]\\(javascript:alert\\(2\\)\\)');
  });

  it('refuses an unknown entity with 404 and a pack with neither focus nor path with 400', async () => {
    const missing = await get('/api/report?focus=person:nobody-at-all');
    expect(missing.status).toBe(404);
    expect(ErrorBodySchema.parse(JSON.parse(missing.text)).error.code).toBe('NOT_FOUND');
    const neither = await get('/api/report?from=a');
    expect(neither.status).toBe(400);
    expect(ErrorBodySchema.parse(JSON.parse(neither.text)).error.message).toMatch(/^focus: /);
  });
});
