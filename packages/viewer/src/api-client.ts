import {
  ArticleDetailsSchema,
  ArticleListSchema,
  CypherResultSchema,
  EntityDetailsSchema,
  EntityListSchema,
  ErrorBodySchema,
  GraphElementsSchema,
  PathListSchema,
  RelationEvidenceSchema,
  ViewLayoutSchema,
  type ArticleDetails,
  type ArticleList,
  type CypherResult,
  type EntityDetails,
  type EntitySummary,
  type EntityType,
  type GraphElements,
  type PathList,
  type Predicate,
  type RelationEvidence,
  type ViewLayout,
  type ViewLayoutRequest,
} from '@newsgraph/schema';
import type { Filters } from './view-log';
import type { z } from 'zod';

/** A failed API call: the server's error code and message, or NETWORK / BAD_RESPONSE from the client. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

export interface EntitySearch {
  q: string;
  type?: EntityType | undefined;
  limit?: number | undefined;
}

/** A request's method, JSON body and bearer token; a GET without a token by default. */
export interface RequestOptions {
  method?: 'GET' | 'POST' | 'DELETE';
  payload?: unknown;
  token?: string | undefined;
  signal?: AbortSignal | undefined;
}

/** Fetches a same-origin JSON endpoint and parses the body with the given schema; never returns unchecked data. */
async function getJson<T>(path: string, schema: z.ZodType<T>, signal?: AbortSignal, payload?: unknown): Promise<T> {
  return requestJson(path, schema, { method: payload === undefined ? 'GET' : 'POST', payload, signal });
}

/** Any JSON call of the API, checked against its schema; a token goes in the Authorization header only. */
export async function requestJson<T>(path: string, schema: z.ZodType<T>, options: RequestOptions): Promise<T> {
  let response: Response;
  const { payload, signal, token } = options;
  const headers: Record<string, string> = { accept: 'application/json' };
  if (payload !== undefined) headers['content-type'] = 'application/json';
  if (token !== undefined) headers['authorization'] = `Bearer ${token}`;
  const init: RequestInit = {
    method: options.method ?? 'GET',
    headers,
    ...(payload === undefined ? {} : { body: JSON.stringify(payload) }),
  };
  try {
    response = await fetch(path, { ...init, ...(signal ? { signal } : {}) });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError('NETWORK', 'The newsgraph API cannot be reached. Is the server running?', 0);
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const parsed = ErrorBodySchema.safeParse(body);
    if (parsed.success) throw new ApiError(parsed.data.error.code, parsed.data.error.message, response.status);
    throw new ApiError(
      'HTTP_ERROR',
      `The API answered ${response.status} ${response.statusText}`.trim(),
      response.status,
    );
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success)
    throw new ApiError('BAD_RESPONSE', `Unexpected response from ${path.split('?')[0] ?? path}`, response.status);
  return parsed.data;
}

/** Entities whose name or aliases match `q`, best first; an empty `q` lists the most mentioned. */
export async function searchEntities(search: EntitySearch, signal?: AbortSignal): Promise<EntitySummary[]> {
  const params = new URLSearchParams({ q: search.q, limit: String(search.limit ?? 20) });
  if (search.type) params.set('type', search.type);
  const list = await getJson(`/api/entities?${params.toString()}`, EntityListSchema, signal);
  return list.items;
}

/** The query parameters of a neighbourhood and its filters, shared by the graph and its exports. */
export function graphParams(focus: string, depth: 1 | 2, filters?: Filters): URLSearchParams {
  const params = new URLSearchParams({ focus, depth: String(depth) });
  if (!filters) return params;
  if (filters.types.length > 0) params.set('types', filters.types.join(','));
  if (filters.predicates.length > 0) params.set('predicates', filters.predicates.join(','));
  if (filters.minSupport > 1) params.set('minSupport', String(filters.minSupport));
  if (filters.minConfidence > 0) params.set('minConfidence', String(filters.minConfidence));
  if (filters.since) params.set('since', filters.since);
  if (filters.until) params.set('until', filters.until);
  return params;
}

/** The neighbourhood of one entity, as Cytoscape elements. */
export function fetchGraph(
  focus: string,
  depth: 1 | 2,
  signal?: AbortSignal,
  filters?: Filters,
): Promise<GraphElements> {
  return getJson(`/api/graph?${graphParams(focus, depth, filters).toString()}`, GraphElementsSchema, signal);
}

/** The shortest paths between two entities, each hop with its evidence. */
export function fetchPaths(from: string, to: string, signal?: AbortSignal): Promise<PathList> {
  const params = new URLSearchParams({ from, to, maxLength: '6', k: '3' });
  return getJson(`/api/paths?${params.toString()}`, PathListSchema, signal);
}

/** Sentences of one page of a relation's evidence, latest first, with its support in the period of the filters. */
export function fetchRelationEvidence(
  relation: { subject: string; predicate: Predicate; object: string },
  page: { offset: number; limit: number; filters?: Filters | undefined },
  signal?: AbortSignal,
): Promise<RelationEvidence> {
  const params = new URLSearchParams({ ...relation, offset: String(page.offset), limit: String(page.limit) });
  if (page.filters?.since) params.set('since', page.filters.since);
  if (page.filters?.until) params.set('until', page.filters.until);
  return getJson(`/api/relations/evidence?${params.toString()}`, RelationEvidenceSchema, signal);
}

/** Everything the graph knows about one entity: aliases, relations with evidence, articles, quotes. */
export function fetchEntity(id: string, signal?: AbortSignal): Promise<EntityDetails> {
  return getJson(`/api/entities/${encodeURIComponent(id)}?evidence=5`, EntityDetailsSchema, signal);
}

/** One article's text and the spans of every entity mention in it. */
export function fetchArticle(id: string, signal?: AbortSignal): Promise<ArticleDetails> {
  return getJson(`/api/articles/${encodeURIComponent(id)}`, ArticleDetailsSchema, signal);
}

/** A page of articles, latest first. */
export function listArticles(offset: number, limit: number, signal?: AbortSignal): Promise<ArticleList> {
  const params = new URLSearchParams({ offset: String(offset), limit: String(limit) });
  return getJson(`/api/articles?${params.toString()}`, ArticleListSchema, signal);
}

/** Positions for a large view, from the server's ForceAtlas2 (the same for the same view). */
export function fetchLayout(view: ViewLayoutRequest, signal?: AbortSignal): Promise<ViewLayout> {
  return getJson('/api/layout', ViewLayoutSchema, signal, view);
}

/** A read-only Cypher query's rows and the entities and relations in them. */
export function runCypher(query: string, signal?: AbortSignal): Promise<CypherResult> {
  return getJson('/api/cypher', CypherResultSchema, signal, { query });
}

/** A sentence a user can act on, for any error thrown by this client. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) {
    switch (error.code) {
      case 'NEO4J_UNAVAILABLE':
      case 'NEO4J_START_FAILED':
        return `The graph database is unavailable: ${error.message}`;
      case 'NOT_FOUND':
        return `Not found: ${error.message}`;
      case 'UNAUTHORIZED':
        return 'The API token was not accepted: enter it again (newsgraph prints it when the server starts).';
      default:
        return error.message;
    }
  }
  return error instanceof Error ? error.message : String(error);
}
