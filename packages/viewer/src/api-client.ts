import {
  EntityListSchema,
  ErrorBodySchema,
  GraphElementsSchema,
  type EntitySummary,
  type EntityType,
  type GraphElements,
} from '@newsgraph/schema';
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

/** Fetches a same-origin JSON endpoint and parses the body with the given schema; never returns unchecked data. */
async function getJson<T>(path: string, schema: z.ZodType<T>, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { headers: { accept: 'application/json' }, ...(signal ? { signal } : {}) });
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

/** The neighbourhood of one entity, as Cytoscape elements. */
export function fetchGraph(focus: string, depth: 1 | 2, signal?: AbortSignal): Promise<GraphElements> {
  const params = new URLSearchParams({ focus, depth: String(depth) });
  return getJson(`/api/graph?${params.toString()}`, GraphElementsSchema, signal);
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
      default:
        return error.message;
    }
  }
  return error instanceof Error ? error.message : String(error);
}
