import {
  ErrorBodySchema,
  GraphElementsSchema,
  PathListSchema,
  RelationEvidenceSchema,
  type GraphElements,
  type RelationEvidence,
} from '@newsgraph/schema';
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
  const evidence = async (query: string): Promise<RelationEvidence> => {
    const { status, body } = await getJson(baseUrl(), `/api/relations/evidence?${query}`);
    expect(status).toBe(200);
    return RelationEvidenceSchema.parse(body);
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

  it("carries each edge's support and dates but no sentences, which the evidence route cites with their articles", async () => {
    const met = (await graph('depth=1')).edges.find((e) => e.data.predicate === 'MET_WITH');
    expect(met?.data).toEqual({
      id: expect.any(String),
      source: IDS.xi,
      target: IDS.biden,
      predicate: 'MET_WITH',
      label: 'MET_WITH',
      articleCount: 2,
      sentenceCount: 2,
      confidence: 0.8,
      firstSeen: '2024-01-10',
      lastSeen: '2024-03-05',
    });
    const cited = await evidence(`subject=${IDS.xi}&predicate=MET_WITH&object=${IDS.biden}`);
    expect(cited).toMatchObject({
      key: `${IDS.xi}|MET_WITH|${IDS.biden}`,
      subject: { id: IDS.xi, name: 'Xi Jinping', type: 'Person' },
      object: { id: IDS.biden, name: 'Joe Biden', type: 'Person' },
      articleCount: 2,
      sentenceCount: 2,
      confidence: 0.8,
      firstSeen: '2024-01-10',
      lastSeen: '2024-03-05',
      evidenceCount: 2,
      offset: 0,
      limit: 20,
      nextOffset: null,
    });
    expect([...cited.outlets].sort()).toEqual(['Outlet A', 'Outlet B']);
    expect(cited.evidence).toEqual([
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

  it("pages a relation's evidence, latest first, and says where the next page starts", async () => {
    const relation = `subject=${IDS.xi}&predicate=MET_WITH&object=${IDS.biden}`;
    const first = await evidence(`${relation}&limit=1`);
    expect(first.evidence.map((e) => e.articleId)).toEqual(['article:march']);
    expect(first).toMatchObject({ offset: 0, limit: 1, nextOffset: 1, evidenceCount: 2, articleCount: 2 });
    const second = await evidence(`${relation}&limit=1&offset=1`);
    expect(second.evidence.map((e) => e.articleId)).toEqual(['article:january']);
    expect(second.nextOffset).toBeNull();
    expect((await evidence(`${relation}&offset=2`)).evidence).toEqual([]);
  });

  it('counts and cites only what was published in the period, in the edge and its evidence alike', async () => {
    const relation = `subject=${IDS.xi}&predicate=MET_WITH&object=${IDS.biden}`;
    const january = await evidence(`${relation}&until=2024-01`);
    expect(january).toMatchObject({ articleCount: 1, sentenceCount: 1, confidence: 0.7, evidenceCount: 1 });
    expect(january.outlets).toEqual(['Outlet A']);
    expect(january.evidence.map((e) => e.text)).toEqual(['Xi Jinping met Joe Biden in Woodside.']);
    const edge = (await graph('depth=1&until=2024-01')).edges.find((e) => e.data.predicate === 'MET_WITH');
    expect(edge?.data).toMatchObject({ articleCount: 1, firstSeen: '2024-01-10', lastSeen: '2024-01-10' });
    const none = await evidence(`${relation}&since=2024-07`);
    expect(none).toMatchObject({ articleCount: 0, sentenceCount: 0, evidenceCount: 0, evidence: [], nextOffset: null });
  });

  it('answers 404 for a relation the graph does not have, and 400 for a predicate outside the ontology', async () => {
    const reversed = await getJson(
      baseUrl(),
      `/api/relations/evidence?subject=${IDS.biden}&predicate=MET_WITH&object=${IDS.xi}`,
    );
    expect(reversed.status).toBe(404);
    expect(ErrorBodySchema.parse(reversed.body).error).toMatchObject({ code: 'NOT_FOUND' });
    const other = await getJson(
      baseUrl(),
      `/api/relations/evidence?subject=${IDS.xi}&predicate=KNOWS&object=${IDS.biden}`,
    );
    expect(other.status).toBe(400);
    expect(ErrorBodySchema.parse(other.body).error.code).toBe('BAD_INPUT');
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
