import type { GraphStore } from '@newsgraph/graph-store';
import { freshStore } from '@newsgraph/graph-store/testing';
import { CypherResultSchema, ErrorBodySchema } from '@newsgraph/schema';
import { parse as parseCsv } from 'csv-parse/sync';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IDS, seedArticles } from '../browser/seed-graph';
import { CYPHER_ATTACKS, SECRET_FILE_PLACEHOLDER } from '../cypher/attacks';
import { attr, child, children, parseXml } from '../export/xml-tree';
import { serveApi } from './serve-api';

const SECRET = 'newsgraph-secret-over-http';

describe('POST /api/cypher and the exports over HTTP on a real Neo4j', () => {
  let store: GraphStore;
  let served: Awaited<ReturnType<typeof serveApi>>;
  let secretDir: string;
  let secretFile: string;
  let before: string;
  const post = async (path: string, body: unknown): Promise<{ status: number; text: string }> => {
    const response = await fetch(`${served.baseUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: response.status, text: await response.text() };
  };
  const get = async (path: string): Promise<{ status: number; text: string; type: string | null }> => {
    const response = await fetch(`${served.baseUrl}${path}`);
    return { status: response.status, text: await response.text(), type: response.headers.get('content-type') };
  };

  beforeAll(async () => {
    store = await freshStore();
    await store.writeArticles(seedArticles());
    served = await serveApi(store);
    before = JSON.stringify(await store.exportGraph());
    secretDir = mkdtempSync(join(tmpdir(), 'newsgraph-http-cypher-'));
    secretFile = join(secretDir, 'secret.csv');
    writeFileSync(secretFile, `${SECRET},1\n`);
  });
  afterAll(async () => {
    await served.close();
    await store.close();
    rmSync(secretDir, { recursive: true, force: true });
  });

  it('answers a read with rows and elements', async () => {
    const { status, text } = await post('/api/cypher', {
      query: 'MATCH (p:Entity {id: $id})-[r]->(o:Entity) RETURN p, r, o ORDER BY o.id',
      params: { id: IDS.xi },
    });
    expect(status).toBe(200);
    const result = CypherResultSchema.parse(JSON.parse(text));
    expect(result.rows).toHaveLength(2);
    expect(result.elements.nodes.map((n) => n.data.id).sort()).toEqual([IDS.china, IDS.sovereignty, IDS.xi].sort());
  });

  it('refuses a body that is not a query, with 400', async () => {
    const { status, text } = await post('/api/cypher', { query: '', params: { 'bad name': 1 } });
    expect(status).toBe(400);
    expect(ErrorBodySchema.parse(JSON.parse(text)).error.code).toBe('BAD_INPUT');
  });

  it.each(CYPHER_ATTACKS.map((attack) => [attack.why, attack] as const))(
    'refuses %s with 4xx and changes nothing',
    async (_why, attack) => {
      const withFile = (value: string): string => value.replaceAll(SECRET_FILE_PLACEHOLDER, secretFile);
      const params = Object.fromEntries(
        Object.entries(attack.params ?? {}).map(([k, v]) => [k, typeof v === 'string' ? withFile(v) : v]),
      );
      const { status, text } = await post('/api/cypher', { query: withFile(attack.query), params });
      expect([400, 403]).toContain(status);
      expect(ErrorBodySchema.parse(JSON.parse(text)).error.code).toMatch(/^(READ_ONLY_VIOLATION|BAD_INPUT)$/);
      expect(text).not.toContain(SECRET);
      expect(JSON.stringify(await store.exportGraph())).toBe(before);
    },
  );

  it('exports the whole graph as GraphML with an attachment name', async () => {
    const response = await fetch(`${served.baseUrl}/api/export?format=graphml`);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename=newsgraph.graphml');
    const graph = child(child(parseXml(await response.text()), 'graphml'), 'graph');
    expect(children(graph, 'node')).toHaveLength(Object.keys(IDS).length);
  });

  it('exports a neighbourhood exactly as the graph route draws it', async () => {
    const { text } = await get(`/api/export?format=gexf&focus=${encodeURIComponent(IDS.xi)}&depth=1`);
    const nodes = children(child(child(child(parseXml(text), 'gexf'), 'graph'), 'nodes'), 'node');
    expect(nodes.map((n) => attr(n, 'id')).sort()).toEqual([IDS.china, IDS.sovereignty, IDS.xi].sort());
  });

  it('exports the relationships CSV of named entities', async () => {
    const { status, text, type } = await get(
      `/api/export?format=csv&table=relationships&ids=${encodeURIComponent(`${IDS.xi},${IDS.china}`)}`,
    );
    expect(status).toBe(200);
    expect(type).toBe('text/csv; charset=utf-8');
    const rows = parseCsv<Record<string, string>>(text, { columns: true });
    expect(rows).toEqual([
      expect.objectContaining({ ':START_ID': IDS.xi, ':END_ID': IDS.china, ':TYPE': 'HOLDS_POSITION' }),
    ]);
  });

  it("exports a read-only query's entities, and refuses a write query as the Cypher route does", async () => {
    const ok = await post('/api/export?format=cyjs', {
      cypher: { query: "MATCH (e:Entity) WHERE e.type = 'Person' RETURN e", params: {} },
    });
    const { elements } = JSON.parse(ok.text) as { elements: { nodes: { data: { id: string } }[] } };
    expect(elements.nodes.map((n) => n.data.id).sort()).toEqual([IDS.biden, IDS.xi].sort());
    const refused = await post('/api/export?format=cyjs', {
      cypher: { query: 'MATCH (n) DETACH DELETE n', params: {} },
    });
    expect(refused.status).toBe(403);
    expect(JSON.stringify(await store.exportGraph())).toBe(before);
  });

  it('answers 404 before streaming when the focus does not exist', async () => {
    const { status, text } = await get('/api/export?format=graphml&focus=person:nobody');
    expect(status).toBe(404);
    expect(ErrorBodySchema.parse(JSON.parse(text)).error.code).toBe('NOT_FOUND');
  });
});
