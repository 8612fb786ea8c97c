import type { z } from 'zod';
import { ArticleInputSchema, ArticleSchema } from './article';
import {
  AmbiguousNameSchema,
  EntitySearchQuerySchema,
  GraphEdgeSchema,
  GraphQuerySchema,
  HealthSchema,
  PathEdgeSchema,
} from './api';

const issues = (result: z.ZodSafeParseResult<unknown>): string[] =>
  result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

describe('query schemas', () => {
  it('fill the defaults of an entity search and coerce its limit from a query string', () => {
    expect(EntitySearchQuerySchema.parse({})).toEqual({ q: '', limit: 20 });
    expect(EntitySearchQuerySchema.parse({ q: 'Xi', type: 'Person', limit: '5' })).toEqual({
      q: 'Xi',
      type: 'Person',
      limit: 5,
    });
  });

  it.each([
    [{ limit: '0' }, 'limit'],
    [{ limit: '201' }, 'limit'],
    [{ limit: 'ten' }, 'limit'],
    [{ type: 'Company' }, 'type'],
    [{ q: 'x'.repeat(201) }, 'q'],
  ])('reject the entity search %j at its field', (query, field) => {
    expect(issues(EntitySearchQuerySchema.safeParse(query))).toEqual([
      expect.stringMatching(new RegExp(`^${field}: `)),
    ]);
  });

  it('need a graph focus, with a message saying so, and keep depth from 1 to 3', () => {
    expect(GraphQuerySchema.parse({ focus: 'person:xi-jinping' })).toEqual({
      focus: 'person:xi-jinping',
      depth: 1,
      limit: 200,
    });
    expect(issues(GraphQuerySchema.safeParse({ focus: '' }))).toEqual(['focus: focus (an entity id) is required']);
    expect(issues(GraphQuerySchema.safeParse({ focus: 'a', depth: '4' }))).toEqual([expect.stringMatching(/^depth: /)]);
  });
});

// One edge with its support, shared by the edge and path-hop checks.
const EDGE = {
  data: {
    id: 'e1',
    source: 'a',
    target: 'b',
    predicate: 'MET_WITH',
    label: 'met with',
    confidence: 0.8,
    sentenceCount: 2,
    articleCount: 1,
    firstSeen: '2024-01-02',
    lastSeen: null,
  },
};

describe('response schemas', () => {
  it('take a graph edge with its support and reject one with a predicate outside the contract', () => {
    expect(GraphEdgeSchema.parse(EDGE)).toEqual(EDGE);
    expect(issues(GraphEdgeSchema.safeParse({ data: { ...EDGE.data, predicate: 'KNOWS' } }))).toEqual([
      expect.stringMatching(/^data\.predicate: /),
    ]);
    expect(issues(GraphEdgeSchema.safeParse({ data: { ...EDGE.data, sentenceCount: -1 } }))).toEqual([
      expect.stringMatching(/^data\.sentenceCount: /),
    ]);
  });

  it('require a path hop to carry its evidence sentences, each with its article', () => {
    const hop = {
      data: {
        ...EDGE.data,
        sentenceCount: 1,
        firstSeen: null,
        evidence: [
          {
            articleId: 'x',
            text: 'A met B.',
            title: null,
            publisher: null,
            source: null,
            publishedAt: null,
            url: null,
          },
        ],
      },
    };
    expect(PathEdgeSchema.parse(hop)).toEqual(hop);
    const { evidence: _evidence, ...bare } = hop.data;
    expect(issues(PathEdgeSchema.safeParse({ data: bare }))).toEqual([expect.stringMatching(/^data\.evidence: /)]);
    expect(issues(PathEdgeSchema.safeParse({ data: { ...hop.data, evidence: [{ text: 'A met B.' }] } }))).toEqual(
      expect.arrayContaining([expect.stringMatching(/^data\.evidence\.0\.articleId: /)]),
    );
  });

  it('know only the health states the API reports', () => {
    expect(HealthSchema.parse({ status: 'degraded', neo4j: 'down' })).toEqual({ status: 'degraded', neo4j: 'down' });
    expect(issues(HealthSchema.safeParse({ status: 'fine', neo4j: 'up' }))).toEqual([
      expect.stringMatching(/^status: /),
    ]);
  });

  it('need at least two candidates for an ambiguous name', () => {
    const candidate = {
      id: 'person:joe-biden',
      name: 'Joe Biden',
      mentionCount: 9,
      articleCount: 3,
      titles: ['President'],
    };
    const ambiguous = {
      entity: { id: 'person:biden', name: 'Biden', mentionCount: 4, articleCount: 2 },
      candidates: [candidate, { ...candidate, id: 'person:jill-biden', name: 'Jill Biden' }],
      override: { merge: [{ from: ['person:biden'], into: { id: 'person:joe-biden', name: 'Joe Biden' } }] },
    };
    expect(AmbiguousNameSchema.parse(ambiguous)).toEqual(ambiguous);
    expect(issues(AmbiguousNameSchema.safeParse({ ...ambiguous, candidates: [candidate] }))).toEqual([
      expect.stringMatching(/^candidates: /),
    ]);
  });
});

describe('article schemas', () => {
  it('refuse an empty article text with a message a user understands', () => {
    expect(issues(ArticleInputSchema.safeParse({ text: '' }))).toEqual(['text: article text is empty']);
  });

  it('need an id and the ingestion time on a stored article', () => {
    expect(issues(ArticleSchema.safeParse({ text: 'Hi.', id: 'a' }))).toEqual([expect.stringMatching(/^ingestedAt: /)]);
    expect(ArticleSchema.parse({ text: 'Hi.', id: 'a', ingestedAt: '2026-01-01', title: 'T' })).toEqual({
      text: 'Hi.',
      id: 'a',
      ingestedAt: '2026-01-01',
      title: 'T',
    });
  });
});
