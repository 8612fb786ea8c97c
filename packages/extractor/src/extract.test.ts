import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ExtractionResultSchema, type ExtractedEntity, type ExtractionResult } from '@newsgraph/schema';
import { extract } from './extract';

const fixtures = join(__dirname, '..', 'tests', 'fixtures');
const raw = readFileSync(join(fixtures, 'seed-global-times.txt'), 'utf8');
// The same article without its header lines, as the plain-text reader of @newsgraph/ingest hands it over.
const body = readFileSync(join(fixtures, 'seed-global-times-body.txt'), 'utf8');
const expected = JSON.parse(readFileSync(join(fixtures, 'seed-expected.json'), 'utf8')) as {
  entities: [string, string][];
  relations: [string, string, string][];
  notEntities: string[];
};

const norm = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
const find = (r: ExtractionResult, name: string, type?: string): ExtractedEntity | undefined =>
  r.entities.find(
    (e) => (!type || e.type === type) && [e.name, ...e.aliases].map(norm).some((n) => n.includes(norm(name))),
  );

function checkOffsets(text: string, r: ExtractionResult): void {
  for (const e of r.entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  for (const rel of r.relations) expect(text.slice(rel.evidence.start, rel.evidence.end)).toBe(rel.evidence.text);
  for (const q of r.quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
}

describe.each([
  ['the header-stripped body', body],
  ['the raw file', raw],
])('extract on the seed article (%s)', (_label, text) => {
  const result = extract({ id: 'seed', text });

  it('matches the contract schema and slices every offset exactly', () => {
    expect(ExtractionResultSchema.parse(result)).toBeTruthy();
    checkOffsets(text, result);
    expect(new Set(result.entities.map((e) => e.id)).size).toBe(result.entities.length);
  });

  it.each(expected.entities)('finds the %s %s', (type, name) => {
    expect(find(result, name, type)).toBeDefined();
  });

  it.each(expected.relations)('finds %s %s %s with evidence', (s, p, o) => {
    const subject = find(result, s);
    const object = find(result, o);
    const hit = result.relations.find((r) => r.subject === subject?.id && r.predicate === p && r.object === object?.id);
    expect(hit?.evidence.text.length).toBeGreaterThan(0);
  });

  it('emits no spurious entities', () => {
    for (const n of expected.notEntities) expect(result.entities.filter((e) => norm(e.name) === norm(n))).toEqual([]);
  });

  it('links short forms and quotes to Long Zhou', () => {
    const long = find(result, 'Long Zhou', 'Person');
    expect(long?.mentions.filter((m) => m.kind === 'name').length).toBeGreaterThanOrEqual(6);
    expect(result.quotes.filter((q) => q.speaker === long?.id).length).toBeGreaterThanOrEqual(4);
  });

  it('keeps "Chinese" a demonym and scopes the foreign ministry to China', () => {
    const china = result.entities.find((e) => e.id === 'country:CN');
    expect(china?.mentions.filter((m) => m.text === 'Chinese').every((m) => m.kind === 'demonym')).toBe(true);
    expect(result.entities.some((e) => e.id === 'org:cn:ministry-of-foreign-affairs')).toBe(true);
  });
});

describe('extract', () => {
  it('is deterministic', () => {
    expect(JSON.stringify(extract({ id: 'a', text: raw }))).toBe(JSON.stringify(extract({ id: 'a', text: raw })));
  });

  it('rejects input without text', () => {
    expect(() => extract({ id: 'x' } as unknown as { id: string; text: string })).toThrow('string text');
  });
});
