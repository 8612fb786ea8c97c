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
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import neo4j from 'neo4j-driver';
import { IDS, seedArticles } from '../browser/seed-graph';
import { freshStore } from '@newsgraph/graph-store/testing';
import { collect } from './collect';

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['node', 'edge', 'key', 'data', 'attvalue', 'attribute', 'attributes'].includes(name),
});
type Xml = Record<string, any>;

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
    expect(XMLValidator.validate(text)).toBe(true);
    const graph = (xml.parse(text) as Xml)['graphml']['graph'];
    expect(graph['@edgedefault']).toBe('directed');
    const nodes = graph['node'] as Xml[];
    expect(nodes.map((n) => n['@id']).sort()).toEqual(Object.values(IDS).sort());
    const xi = nodes.find((n) => n['@id'] === IDS.xi) as Xml;
    const data = Object.fromEntries((xi['data'] as Xml[]).map((d) => [d['@key'], d]));
    expect(data['n_name']['#text']).toBe('Xi Jinping');
    expect(data['n_type']['#text']).toBe('Person');
    expect(data['n_graphics']['y:ShapeNode']['y:Fill']['@color']).toBe(TYPE_COLOURS.Person);
    expect(data['n_graphics']['y:ShapeNode']['y:NodeLabel']['#text']).toBe('Xi Jinping');
    const edges = graph['edge'] as Xml[];
    expect(edges.map((e) => `${e['@source']} ${e['@target']}`).sort()).toEqual(
      [`${IDS.summit} ${IDS.china}`, `${IDS.xi} ${IDS.china}`, `${IDS.xi} ${IDS.sovereignty}`].sort(),
    );
  });

  it('writes GEXF 1.3 with colours, sizes, laid-out positions and spells', async () => {
    const positions = await forceAtlasPositions(store.streamTopology());
    const text = await collect((out) => writeGexf(store.streamGraph(), out, positions));
    expect(XMLValidator.validate(text)).toBe(true);
    const gexf = (xml.parse(text) as Xml)['gexf'];
    expect(gexf['@version']).toBe('1.3');
    const nodes = gexf['graph']['nodes']['node'] as Xml[];
    expect(nodes).toHaveLength(5);
    const china = nodes.find((n) => n['@id'] === IDS.china) as Xml;
    expect(china['viz:color']).toEqual({ '@r': '31', '@g': '158', '@b': '110' });
    const xs = nodes.map((n) => Number(n['viz:position']['@x']));
    expect(new Set(xs.map((x) => x.toFixed(1))).size).toBe(5);
    expect(Number(china['viz:size']['@value'])).toBeGreaterThan(
      Number((nodes.find((n) => n['@id'] === IDS.biden) as Xml)['viz:size']['@value']),
    );
    const edges = gexf['graph']['edges']['edge'] as Xml[];
    expect(edges.map((e) => e['@kind']).sort()).toEqual(['HOLDS_POSITION', 'LOCATED_IN', 'PROPOSED']);
  });

  it('writes the two neo4j-admin CSV files with typed headers', async () => {
    const nodes = parseCsv(await collect((out) => writeCsv(store.streamGraph(), out, 'nodes')), {
      columns: true,
    }) as Record<string, string>[];
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
    const relationships = parseCsv(await collect((out) => writeCsv(store.streamGraph(), out, 'relationships')), {
      columns: true,
    }) as Record<string, string>[];
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
