import { writeCsv, writeCypherScript, writeGexf, writeGraphml } from '@newsgraph/export';
import type { ExportItem } from '@newsgraph/schema';
import { parse as parseCsv } from 'csv-parse/sync';
import { collect } from './collect';
import { attr, child, children, parseXml } from './xml-tree';

const AWKWARD = 'O\'Brien "the \\ one";\n<b>&\u0001';
const CLEAN = AWKWARD.replace('\u0001', '');

const ITEMS: ExportItem[] = [
  {
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
  },
  {
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
  },
  {
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
  },
];

function items(): AsyncIterable<ExportItem> {
  return (async function* () {
    for (const item of ITEMS) yield await Promise.resolve(item);
  })();
}

describe('export writers on awkward text', () => {
  it('GEXF keeps markup as text, drops what XML forbids, and turns first/last seen into a date spell', async () => {
    const text = await collect((out) => writeGexf(items(), out, new Map([['person:a', { x: 1.5, y: -2 }]])));
    const [person, country] = children(child(child(child(parseXml(text), 'gexf'), 'graph'), 'nodes'), 'node');
    if (!person || !country) throw new Error('two nodes expected');
    expect(attr(person, 'label')).toBe(CLEAN);
    expect(child(child(person, 'spells'), 'spell')).toEqual({ '@start': '2021-01-20', '@end': '2021-03-01' });
    expect(child(person, 'viz:position')).toMatchObject({ '@x': '1.50', '@y': '-2.00' });
    expect(country['spells']).toBeUndefined();
  });

  it('GraphML keeps the name exactly (less the control character)', async () => {
    const text = await collect((out) => writeGraphml(items(), out));
    const [person] = children(child(child(parseXml(text), 'graphml'), 'graph'), 'node');
    const name = children(person ?? {}, 'data').find((d) => attr(d, 'key') === 'n_name');
    expect(attr(name ?? {}, '#text')).toBe(CLEAN);
  });

  it('CSV quotes what needs quoting and joins arrays with neo4j-admin’s ;', async () => {
    const rows = parseCsv<Record<string, string>>(await collect((out) => writeCsv(items(), out, 'nodes')), {
      columns: true,
    });
    expect(rows[0]).toMatchObject({ name: AWKWARD, 'aliases:string[]': 'A;C' });
  });

  it('the Cypher script carries the name as an escaped string literal', async () => {
    const script = await collect((out) => writeCypherScript(items(), out));
    expect(script).toContain(`name: ${JSON.stringify(AWKWARD)}`);
    expect(script).toMatch(/MERGE \(s\)-\[r:HOLDS_POSITION\]->\(o\)/);
  });
});
