import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ExtractionResultSchema, type ExtractedEntity, type ExtractionResult } from '@newsgraph/schema';
import { occurrences, onWordEdges, quotedSpans, sentenceSpans } from '../tests/spans';
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
/** The entity whose name or alias is exactly `name`: a longer name that merely contains it does not count. */
const find = (r: ExtractionResult, name: string, type?: string): ExtractedEntity | undefined =>
  r.entities.find((e) => (!type || e.type === type) && (e.name === name || e.aliases.includes(name)));

/** Checks every span against positions the test finds in the input itself. */
function checkOffsets(text: string, r: ExtractionResult): void {
  const sentences = sentenceSpans(text);
  const starts = new Set(sentences.map((s) => s.start));
  const ends = new Set(sentences.map((s) => s.end));
  for (const e of r.entities)
    for (const m of e.mentions) {
      expect([m.text, onWordEdges(text, m.start, m.end)]).toEqual([text.slice(m.start, m.end), true]);
    }
  for (const rel of r.relations) {
    const { start, end } = rel.evidence;
    expect([rel.evidence.text, starts.has(start), ends.has(end)]).toEqual([text.slice(start, end), true, true]);
  }
  const quoted = quotedSpans(text);
  for (const q of r.quotes) {
    const within = quoted.find((s) => s.start === q.start && s.end >= q.end);
    // a quote is the words inside the marks; only the punctuation before the closing mark may be left out
    expect([q.text, within && text.slice(q.end, within.end)]).toEqual([
      text.slice(q.start, q.end),
      expect.stringMatching(/^[,.]?$/),
    ]);
  }
}

/** Where the test finds `name` in the input, outside any longer name, but `entity` has no mention exactly there. */
function missingAt(text: string, r: ExtractionResult, entity: ExtractedEntity, name: string): number[] {
  const all = r.entities.flatMap((e) => e.mentions);
  const inLonger = (at: number): boolean =>
    all.some((m) => m.start <= at && at + name.length <= m.end && m.end - m.start > name.length);
  return occurrences(text, name).filter(
    (at) => !inLonger(at) && !entity.mentions.some((m) => m.start === at && m.end === at + name.length),
  );
}

describe.each([
  ['the header-stripped body', body],
  ['the raw file', raw],
])('extract on the seed article (%s)', (_label, text) => {
  const result = extract({ id: 'seed', text });

  it('matches the contract schema, adding nothing it leaves out, and every span sits where the input has it', () => {
    const parsed = ExtractionResultSchema.safeParse(result);
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(parsed.data).toEqual(result);
    checkOffsets(text, result);
    expect(new Set(result.entities.map((e) => e.id)).size).toBe(result.entities.length);
  });

  it.each(expected.entities)('finds the %s %s at each place the input names it', (type, name) => {
    const entity = find(result, name, type);
    expect(entity?.type).toBe(type);
    if (!entity) return;
    // a country the text only names by its demonym ("Russian") is looked for under that alias
    const written = [entity.name, ...entity.aliases].filter((n) => occurrences(text, n).length > 0);
    expect(written.length).toBeGreaterThan(0);
    for (const n of written) expect([n, missingAt(text, result, entity, n)]).toEqual([n, []]);
  });

  it.each(expected.relations)('finds %s %s %s with evidence naming both', (s, p, o) => {
    const subject = find(result, s);
    const object = find(result, o);
    const hit = result.relations.find((r) => r.subject === subject?.id && r.predicate === p && r.object === object?.id);
    expect(hit).toBeDefined();
    const inside = (e: ExtractedEntity | undefined): boolean =>
      !!e?.mentions.some((m) => hit && m.start >= hit.evidence.start && m.end <= hit.evidence.end);
    expect([inside(subject), inside(object)]).toEqual([true, true]);
  });

  it('emits no spurious entities', () => {
    for (const n of expected.notEntities) expect(result.entities.filter((e) => norm(e.name) === norm(n))).toEqual([]);
  });

  it('links every "Long" to Long Zhou and attributes his five quotes to him', () => {
    const long = find(result, 'Long Zhou', 'Person');
    const names = long?.mentions.filter((m) => m.kind === 'name') ?? [];
    expect(names.map((m) => m.start)).toEqual(occurrences(text, 'Long'));
    expect(names.map((m) => m.text)).toEqual(['Long Zhou', 'Long', 'Long', 'Long', 'Long', 'Long']);
    expect(result.quotes.filter((q) => q.speaker === long?.id)).toHaveLength(5);
  });

  it('keeps "Chinese" a demonym and scopes the foreign ministry to China', () => {
    const china = result.entities.find((e) => e.id === 'country:CN');
    const chinese = china?.mentions.filter((m) => m.text === 'Chinese') ?? [];
    expect(chinese.map((m) => [m.start, m.kind])).toEqual(occurrences(text, 'Chinese').map((at) => [at, 'demonym']));
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
