import { ErrorBodySchema, GraphElementsSchema, PathListSchema, type GraphElements } from '@newsgraph/schema';
import { serveDatedGraph } from './dated-graph';
import { IDS, TEXTS } from './fixtures/dated-articles';
import { getJson } from './serve-app';

const ids = (graph: GraphElements): string[] => graph.nodes.map((node) => node.data.id).sort();
const edges = (graph: GraphElements): string[] =>
  graph.edges.map((e) => `${e.data.source} ${e.data.predicate} ${e.data.target}`).sort();

describe('neighbourhoods with filters, and paths, on three dated articles', () => {
  const baseUrl = serveDatedGraph();
  const graph = async (query: string): Promise<GraphElements> => {
    const { status, body } = await getJson(baseUrl(), `/api/graph?focus=${encodeURIComponent(IDS.xi)}&${query}`);
    expect(status).toBe(200);
    return GraphElementsSchema.parse(body);
  };

  it('reaches one, two and three hops out as depth grows', async () => {
    expect(ids(await graph('depth=1'))).toEqual([IDS.china, IDS.biden, IDS.xi].sort());
    expect(ids(await graph('depth=2'))).toEqual([IDS.china, IDS.us, IDS.biden, IDS.xi].sort());
    const three = await graph('depth=3');
    expect(ids(three)).toEqual(Object.values(IDS).sort());
    expect(three.truncated).toBe(false);
    expect(edges(three)).toEqual(
      [
        `${IDS.xi} HOLDS_POSITION ${IDS.china}`,
        `${IDS.xi} MET_WITH ${IDS.biden}`,
        `${IDS.biden} HOLDS_POSITION ${IDS.us}`,
        `${IDS.us} OPPOSES ${IDS.tariffs}`,
      ].sort(),
    );
  });

  it('cites each piece of evidence with its article', async () => {
    const met = (await graph('depth=1')).edges.find((e) => e.data.predicate === 'MET_WITH');
    expect(met?.data).toMatchObject({ articleCount: 2, sentenceCount: 2, confidence: 0.8 });
    expect(met?.data.evidence).toEqual([
      {
        articleId: 'article:march',
        text: 'Joe Biden met Xi Jinping again in Lima.',
        title: 'The march story',
        publisher: 'Outlet B',
        source: null,
        publishedAt: '2024-03-05',
        url: 'https://example.org/march',
      },
      expect.objectContaining({ articleId: 'article:january', text: 'Xi Jinping met Joe Biden in Woodside.' }),
    ]);
  });

  it('keeps only the asked entity types and predicates', async () => {
    expect(ids(await graph('depth=3&types=Person'))).toEqual([IDS.biden, IDS.xi].sort());
    const met = await graph('depth=3&predicates=MET_WITH,HOLDS_POSITION');
    expect(ids(met)).toEqual([IDS.china, IDS.us, IDS.biden, IDS.xi].sort());
    expect(edges(met)).not.toContain(`${IDS.us} OPPOSES ${IDS.tariffs}`);
  });

  it('drops edges under the support or confidence asked for', async () => {
    expect(edges(await graph('depth=3&minSupport=2'))).toEqual([`${IDS.xi} MET_WITH ${IDS.biden}`]);
    expect(edges(await graph('depth=1&minConfidence=0.85'))).toEqual([`${IDS.xi} HOLDS_POSITION ${IDS.china}`]);
  });

  it('counts only what was published in the period', async () => {
    const january = await graph('depth=3&until=2024-01');
    expect(edges(january)).toEqual([`${IDS.xi} HOLDS_POSITION ${IDS.china}`, `${IDS.xi} MET_WITH ${IDS.biden}`].sort());
    const met = january.edges.find((e) => e.data.predicate === 'MET_WITH');
    expect(met?.data).toMatchObject({ articleCount: 1, sentenceCount: 1, confidence: 0.7 });
    expect(met?.data.evidence.map((e) => e.articleId)).toEqual(['article:january']);
    // From March on, Xi's only relation is the meeting reported in March, and it leads on to the United States.
    expect(edges(await graph('depth=2&since=2024-03-01'))).toEqual(
      [`${IDS.xi} MET_WITH ${IDS.biden}`, `${IDS.biden} HOLDS_POSITION ${IDS.us}`].sort(),
    );
    expect(ids(await graph('depth=3&since=2024-07'))).toEqual([IDS.xi]);
  });

  it('flags a view the node cap cut', async () => {
    const capped = await graph('depth=1&limit=2');
    expect(capped.nodes).toHaveLength(2);
    expect(capped.truncated).toBe(true);
    expect((await graph('depth=1&limit=3')).truncated).toBe(false);
  });

  it('finds the shortest path with each hop and its evidence, and none when maxLength is too short', async () => {
    const path = `/api/paths?from=${encodeURIComponent(IDS.xi)}&to=${encodeURIComponent(IDS.tariffs)}`;
    const { status, body } = await getJson(baseUrl(), `${path}&k=1`);
    expect(status).toBe(200);
    const found = PathListSchema.parse(body);
    expect(found.paths.map((p) => p.nodes)).toEqual([[IDS.xi, IDS.biden, IDS.us, IDS.tariffs]]);
    expect(found.paths[0]?.length).toBe(3);
    const hops = found.paths[0]?.edges.map((id) => found.elements.edges.find((e) => e.data.id === id)?.data);
    expect(hops?.map((hop) => hop?.predicate)).toEqual(['MET_WITH', 'HOLDS_POSITION', 'OPPOSES']);
    expect(hops?.[2]?.evidence.map((e) => e.text)).toEqual(['The United States opposes the tariff plan.']);
    expect(TEXTS.june).toContain(hops?.[2]?.evidence[0]?.text);
    const tooShort = PathListSchema.parse((await getJson(baseUrl(), `${path}&maxLength=2`)).body);
    expect(tooShort.paths).toEqual([]);
  });

  it('answers 404 for a path from an entity the graph does not have', async () => {
    const { status, body } = await getJson(baseUrl(), `/api/paths?from=person:nobody&to=${IDS.xi}`);
    expect(status).toBe(404);
    expect(ErrorBodySchema.parse(body).error.message).toContain('person:nobody');
  });
});
