import type { z } from 'zod';
import { ExtractInputSchema } from './article';
import { ExtractionErrorLineSchema, ExtractionResultSchema } from './extraction';

/** Each issue of a failed parse as "path: message", so a test names where the input is wrong. */
const issues = (result: z.ZodSafeParseResult<unknown>): string[] =>
  result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

const record = {
  id: 'doc-1',
  entities: [
    {
      id: 'person:long-zhou',
      name: 'Long Zhou',
      type: 'Person',
      aliases: ['Long'],
      mentions: [{ start: 0, end: 9, text: 'Long Zhou', kind: 'name' }],
    },
    { id: 'org:ocs', name: 'Office', type: 'Organization', kind: 'agency', aliases: [], mentions: [] },
  ],
  relations: [
    {
      subject: 'person:long-zhou',
      predicate: 'HOLDS_POSITION',
      object: 'org:ocs',
      confidence: 0.9,
      attributes: { title: 'official' },
      evidence: { start: 0, end: 30, text: 'Long Zhou, an official from the' },
    },
  ],
  quotes: [{ speaker: 'person:long-zhou', start: 40, end: 50, text: 'We oppose.' }],
};
type Rec = typeof record;
const edited = (edit: (r: Rec) => void): unknown => {
  const copy = JSON.parse(JSON.stringify(record)) as Rec;
  edit(copy);
  return copy;
};

describe('ExtractionResultSchema', () => {
  it('parses a contract record to the same record', () => {
    const parsed = ExtractionResultSchema.safeParse(record);
    expect(issues(parsed)).toEqual([]);
    expect(parsed.data).toEqual(record);
  });

  it.each([
    ['a negative offset', (r: Rec) => void (r.entities[0]!.mentions[0]!.start = -1), 'entities.0.mentions.0.start'],
    ['a fractional offset', (r: Rec) => void (r.quotes[0]!.end = 4.5), 'quotes.0.end'],
    [
      'an unknown mention kind',
      (r: Rec) => void (r.entities[0]!.mentions[0]!.kind = 'acronym'),
      'entities.0.mentions.0.kind',
    ],
    ['an unknown entity type', (r: Rec) => void (r.entities[1]!.type = 'Company'), 'entities.1.type'],
    ['an empty entity name', (r: Rec) => void (r.entities[0]!.name = ''), 'entities.0.name'],
    ['an unknown predicate', (r: Rec) => void (r.relations[0]!.predicate = 'EMPLOYS'), 'relations.0.predicate'],
    ['a confidence above 1', (r: Rec) => void (r.relations[0]!.confidence = 1.5), 'relations.0.confidence'],
    [
      'a non-string attribute',
      (r: Rec) => void ((r.relations[0]!.attributes as object) = { n: 1 }),
      'relations.0.attributes.n',
    ],
    [
      'a relation without evidence',
      (r: Rec) => {
        delete (r.relations[0] as Partial<Rec['relations'][0]>).evidence;
      },
      'relations.0.evidence',
    ],
    ['a quote without a speaker', (r: Rec) => void (r.quotes[0]!.speaker = ''), 'quotes.0.speaker'],
  ])('rejects %s, naming where', (_what, edit, path) => {
    const found = issues(ExtractionResultSchema.safeParse(edited(edit)));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(new RegExp(`^${path.replace(/\./g, '\\.')}: `));
  });
});

describe('ExtractInputSchema', () => {
  it('keeps the known fields and drops the ones it does not know', () => {
    expect(ExtractInputSchema.parse({ id: 'a', text: 'Hi.', title: 'T', extra: 1 })).toEqual({
      id: 'a',
      text: 'Hi.',
      title: 'T',
    });
  });

  it('needs a non-empty id and a string text', () => {
    expect(issues(ExtractInputSchema.safeParse({ id: '', text: 'x' }))).toEqual([expect.stringMatching(/^id: /)]);
    expect(issues(ExtractInputSchema.safeParse({ id: 'b' }))).toEqual([expect.stringMatching(/^text: /)]);
  });
});

describe('ExtractionErrorLineSchema', () => {
  it('takes a null id for an unreadable line, but needs the error', () => {
    expect(ExtractionErrorLineSchema.parse({ id: null, error: 'unreadable JSON' })).toEqual({
      id: null,
      error: 'unreadable JSON',
    });
    expect(issues(ExtractionErrorLineSchema.safeParse({ id: 'a' }))).toEqual([expect.stringMatching(/^error: /)]);
  });
});
