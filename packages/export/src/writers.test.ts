import type { ExportItem } from '@newsgraph/schema';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { PassThrough } from 'node:stream';
import { writeCsv, writeCypherScript, writeGexf, writeGraphml } from '.';

const AWKWARD = 'O\'Brien "the \\ one";\n<b>&\u0001';

async function* items(): AsyncGenerator<ExportItem> {
  yield {
    kind: 'node',
    node: {
      id: 'person:a',
      name: AWKWARD,
      type: 'Person',
      aliases: ['A', 'C'],
      mentionCount: 3,
      articleCount: 2,
      firstSeen: '2021-01-20T10:00:00Z',
      lastSeen: '2021-03-01',
    },
  };
  yield {
    kind: 'node',
    node: {
      id: 'country:us',
      name: 'United States',
      type: 'Country',
      aliases: [],
      mentionCount: 9,
      articleCount: 4,
      firstSeen: null,
      lastSeen: null,
    },
  };
  yield {
    kind: 'edge',
    edge: {
      id: 'person:a|HOLDS_POSITION|country:us',
      source: 'person:a',
      target: 'country:us',
      predicate: 'HOLDS_POSITION',
      confidence: 0.9,
      sentenceCount: 2,
      articleCount: 2,
      firstSeen: '2021-01-20',
      lastSeen: '2021-01-20',
    },
  };
}

async function collect(write: (out: PassThrough) => Promise<void>): Promise<string> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  await write(out);
  return Buffer.concat(chunks).toString('utf8');
}

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });

describe('export writers on awkward text', () => {
  it('GEXF keeps markup as text, drops what XML forbids, and turns first/last seen into a date spell', async () => {
    const text = await collect((out) => writeGexf(items(), out, new Map([['person:a', { x: 1.5, y: -2 }]])));
    expect(XMLValidator.validate(text)).toBe(true);
    const nodes = xml.parse(text).gexf.graph.nodes.node;
    expect(nodes[0]['@label']).toBe(AWKWARD.replace('\u0001', ''));
    expect(nodes[0].spells.spell).toEqual({ '@start': '2021-01-20', '@end': '2021-03-01' });
    expect(nodes[0]['viz:position']).toMatchObject({ '@x': '1.50', '@y': '-2.00' });
    expect(nodes[1].spells).toBeUndefined();
  });

  it('GraphML keeps the name exactly (less the control character)', async () => {
    const text = await collect((out) => writeGraphml(items(), out));
    expect(XMLValidator.validate(text)).toBe(true);
    const data = xml.parse(text).graphml.graph.node[0].data;
    expect(data.find((d: Record<string, string>) => d['@key'] === 'n_name')['#text']).toBe(
      AWKWARD.replace('\u0001', ''),
    );
  });

  it('CSV quotes what needs quoting and joins arrays with neo4j-admin’s ;', async () => {
    const rows = parseCsv(await collect((out) => writeCsv(items(), out, 'nodes')), { columns: true });
    expect(rows[0]).toMatchObject({ name: AWKWARD, 'aliases:string[]': 'A;C' });
  });

  it('the Cypher script carries the name as an escaped string literal', async () => {
    const script = await collect((out) => writeCypherScript(items(), out));
    expect(script).toContain(`name: ${JSON.stringify(AWKWARD)}`);
    expect(script).toMatch(/MERGE \(s\)-\[r:HOLDS_POSITION\]->\(o\)/);
  });
});
