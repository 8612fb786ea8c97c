import {
  forceAtlasPositions,
  writeCsv,
  writeCyjs,
  writeCypherScript,
  writeGexf,
  writeGraphml,
} from '@newsgraph/export';
import type { GraphStore } from '@newsgraph/graph-store';
import { TYPE_COLOURS } from '@newsgraph/schema';
import { parse as parseCsv } from 'csv-parse/sync';
import cytoscape from 'cytoscape';
import neo4j from 'neo4j-driver';
import { IDS, seedArticles } from '../browser/seed-graph';
import { freshStore } from '@newsgraph/graph-store/testing';
import { collect } from './collect';
import { graphmlSchemaUrl, graphmlYedSchemaUrl, schemaErrors } from './published-schemas';
import { attr, child, children, parseXml, type XmlTree } from './xml-tree';

/** The node (or edge) with this id. */
const withId = (list: XmlTree[], id: string): XmlTree => {
  const found = list.find((item) => attr(item, 'id') === id);
  if (!found) throw new Error(`no element with id ${id}`);
  return found;
};

describe('exports of the graph on a real Neo4j', () => {
  let store: GraphStore;
  beforeAll(async () => {
    store = await freshStore();
    await store.writeArticles(seedArticles());
  });
  afterAll(async () => {
    await store.close();
  });

  it('writes GraphML that parses, with plain attributes and a yEd shape coloured by type', async () => {
    const text = await collect((out) => writeGraphml(store.streamGraph(), out));
    const graph = child(child(parseXml(text), 'graphml'), 'graph');
    expect(attr(graph, 'edgedefault')).toBe('directed');
    const nodes = children(graph, 'node');
    expect(nodes.map((n) => attr(n, 'id')).sort()).toEqual(Object.values(IDS).sort());
    const data = new Map(children(withId(nodes, IDS.xi), 'data').map((d) => [attr(d, 'key'), d]));
    expect(attr(data.get('n_name') ?? {}, '#text')).toBe('Xi Jinping');
    expect(attr(data.get('n_type') ?? {}, '#text')).toBe('Person');
    const shape = child(data.get('n_graphics') ?? {}, 'y:ShapeNode');
    expect(attr(child(shape, 'y:Fill'), 'color')).toBe(TYPE_COLOURS.Person);
    expect(attr(child(shape, 'y:NodeLabel'), '#text')).toBe('Xi Jinping');
    const edges = children(graph, 'edge');
    expect(edges.map((e) => `${attr(e, 'source') ?? ''} ${attr(e, 'target') ?? ''}`).sort()).toEqual(
      [`${IDS.summit} ${IDS.china}`, `${IDS.xi} ${IDS.china}`, `${IDS.xi} ${IDS.sovereignty}`].sort(),
    );
  });

  it('writes GraphML that the published GraphML schema accepts, yEd elements where yEd puts them', async () => {
    const text = await collect((out) => writeGraphml(store.streamGraph(), out));
    expect(schemaErrors(graphmlYedSchemaUrl(), text)).toEqual([]);
  }, 120_000);

  it('has a schema check that can fail: the plain GraphML schema rejects the yEd elements', async () => {
    const text = await collect((out) => writeGraphml(store.streamGraph(), out));
    const errors = schemaErrors(graphmlSchemaUrl(), text);
    expect(errors.some((error) => error.includes("'yfiles.type' is not allowed"))).toBe(true);
    expect(errors.some((error) => error.includes("'y:ShapeNode'"))).toBe(true);
  }, 120_000);

  it('writes GEXF 1.3 with colours, sizes, laid-out positions and spells', async () => {
    const positions = await forceAtlasPositions(store.streamTopology());
    const text = await collect((out) => writeGexf(store.streamGraph(), out, positions));
    const gexf = child(parseXml(text), 'gexf');
    expect(attr(gexf, 'version')).toBe('1.3');
    const nodes = children(child(child(gexf, 'graph'), 'nodes'), 'node');
    expect(nodes).toHaveLength(5);
    const china = withId(nodes, IDS.china);
    const hex = Number.parseInt(TYPE_COLOURS.Country.slice(1), 16);
    expect(child(china, 'viz:color')).toEqual({
      '@r': String((hex >> 16) & 255),
      '@g': String((hex >> 8) & 255),
      '@b': String(hex & 255),
    });
    const xs = nodes.map((n) => Number(attr(child(n, 'viz:position'), 'x')));
    expect(new Set(xs.map((x) => x.toFixed(1))).size).toBe(5);
    const size = (node: XmlTree): number => Number(attr(child(node, 'viz:size'), 'value'));
    expect(size(china)).toBeGreaterThan(size(withId(nodes, IDS.biden)));
    const edges = children(child(child(gexf, 'graph'), 'edges'), 'edge');
    expect(edges.map((e) => attr(e, 'kind')).sort()).toEqual(['HOLDS_POSITION', 'LOCATED_IN', 'PROPOSED']);
  });

  it('writes the two neo4j-admin CSV files with typed headers', async () => {
    const nodes = parseCsv<Record<string, string>>(
      await collect((out) => writeCsv(store.streamGraph(), out, 'nodes')),
      {
        columns: true,
      },
    );
    expect(Object.keys(nodes[0] ?? {})).toEqual([
      'id:ID',
      'name',
      'type',
      'aliases:string[]',
      'mentionCount:int',
      'articleCount:int',
      'firstSeen',
      'lastSeen',
      ':LABEL',
    ]);
    expect(nodes.find((n) => n['id:ID'] === IDS.china)).toMatchObject({
      name: 'China',
      ':LABEL': 'Entity;Country',
      'mentionCount:int': '5',
    });
    const relationships = parseCsv<Record<string, string>>(
      await collect((out) => writeCsv(store.streamGraph(), out, 'relationships')),
      {
        columns: true,
      },
    );
    expect(relationships).toHaveLength(3);
    expect(relationships.find((r) => r[':TYPE'] === 'PROPOSED')).toMatchObject({
      ':START_ID': IDS.xi,
      ':END_ID': IDS.sovereignty,
    });
  });

  it('writes Cytoscape.js JSON that Cytoscape loads', async () => {
    const json = JSON.parse(await collect((out) => writeCyjs(store.streamGraph(), out))) as {
      elements: cytoscape.ElementsDefinition;
    };
    const cy = cytoscape({ headless: true, elements: json.elements });
    expect(cy.nodes()).toHaveLength(5);
    expect(cy.edges()).toHaveLength(3);
    expect(
      cy
        .getElementById(IDS.xi)
        .outgoers('node')
        .map((n) => n.id())
        .sort(),
    ).toEqual([IDS.china, IDS.sovereignty].sort());
  });

  it('exports only the entities asked for and the relations among them', async () => {
    const text = await collect((out) =>
      writeCyjs(store.streamGraph({ ids: [IDS.xi, IDS.china, 'entity:not-there'] }), out),
    );
    const { elements } = JSON.parse(text) as {
      elements: { nodes: { data: { id: string } }[]; edges: { data: { id: string } }[] };
    };
    expect(elements.nodes.map((n) => n.data.id).sort()).toEqual([IDS.china, IDS.xi]);
    expect(elements.edges.map((e) => e.data.id)).toEqual([`${IDS.xi}|HOLDS_POSITION|${IDS.china}`]);
  });

  it('writes a Cypher script that, replayed into an empty database, gives the same graph', async () => {
    const before = await store.exportGraph();
    const script = await collect((out) => writeCypherScript(store.streamGraph(), out));
    await store.clear();
    try {
      const statements = script
        .split(/;\n/)
        .map((s) => s.replace(/^\/\/.*$/gm, '').trim())
        .filter(Boolean);
      expect(statements.length).toBeGreaterThan(1);
      await replay(statements);
      const after = await store.exportGraph();
      expect(after.entities).toEqual(before.entities);
      expect(after.relations.map(({ evidence: _e, ...r }) => r)).toEqual(
        before.relations.map(({ evidence: _e, ...r }) => r),
      );
    } finally {
      await store.clear();
      await store.writeArticles(seedArticles());
    }
  });
});

/** Runs a script's statements one by one on the test database, as cypher-shell would. */
async function replay(statements: string[]): Promise<void> {
  const driver = neo4j.driver(process.env['NEO4J_URI'] ?? '', undefined, {
    logging: { level: 'error', logger: () => {} },
  });
  const session = driver.session();
  try {
    for (const statement of statements) await session.run(statement);
  } finally {
    await session.close();
    await driver.close();
  }
}
