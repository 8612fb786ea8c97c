import { ErrorBodySchema } from '@newsgraph/schema';
import { z } from 'zod';
import {
  createDocument,
  type ZodOpenApiOperationObject,
  type ZodOpenApiPathsObject,
  type ZodOpenApiResponsesObject,
} from 'zod-openapi';
import type { oas31 } from 'zod-openapi';
import type { ResponseSpec, RouteSpec } from '../route';

const ErrorSchema = ErrorBodySchema.meta({ id: 'Error', description: 'The one error shape of every failure' });

/** Answers any route may give, besides those it declares. */
const COMMON_ERRORS: Record<number, string> = {
  500: 'internal error (no detail leaves the server)',
  503: 'Neo4j is unreachable; retry after the Retry-After seconds',
};

/** Answers a route with inputs may give. */
const INPUT_ERRORS: Record<number, string> = { 400: 'bad input: the message names the field' };

/** Answers a route with a body may give. */
const BODY_ERRORS: Record<number, string> = {
  413: 'the body is too large',
  415: 'the body is in a media type this route does not take',
};

/** The OpenAPI 3.1 document of the given routes, made from the same zod schemas that check their inputs and answers. */
export function openApiDocument(routes: readonly RouteSpec[], version: string): oas31.OpenAPIObject {
  const paths: ZodOpenApiPathsObject = {};
  for (const route of routes) {
    const path = route.path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
    paths[path] = { ...paths[path], [route.method]: operation(route) };
  }
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'newsgraph API',
      version,
      description:
        'Entities, neighbourhoods, paths, articles, read-only Cypher, exports and evidence packs of a news knowledge graph.',
    },
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'NEWSGRAPH_API_TOKEN' } },
    },
  });
}

/** A body in another media type is text for the readers to turn into the JSON schema's object, not that object. */
const TEXT_BODY = z
  .string()
  .meta({ description: 'the document as text (plain text with header lines, or an HTML page)' });

function operation(route: RouteSpec): ZodOpenApiOperationObject {
  const requestParams: NonNullable<ZodOpenApiOperationObject['requestParams']> = {};
  if (route.query) requestParams.query = route.query as z.ZodObject;
  if (route.params) requestParams.path = route.params as z.ZodObject;
  const op: ZodOpenApiOperationObject = {
    operationId: `${route.method}${route.path.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ?? '').toUpperCase())}`,
    summary: route.summary,
    responses: responses(route),
  };
  if (route.description) op.description = route.description;
  if (route.tags) op.tags = [...route.tags];
  if (route.query || route.params) op.requestParams = requestParams;
  if (route.body) {
    const media = route.bodyContent ?? ['application/json'];
    op.requestBody = {
      required: true,
      content: Object.fromEntries(
        media.map((type) => [type, { schema: type === 'application/json' ? (route.body as z.ZodType) : TEXT_BODY }]),
      ),
    };
  }
  if (route.security) op.security = route.security.map((name) => ({ [name]: [] }));
  return op;
}

function responses(route: RouteSpec): ZodOpenApiResponsesObject {
  const all: Record<number, ResponseSpec> = {};
  const extra = {
    ...(route.query || route.params || route.body ? INPUT_ERRORS : {}),
    ...(route.body ? BODY_ERRORS : {}),
    ...COMMON_ERRORS,
  };
  for (const [status, description] of Object.entries(extra)) all[Number(status)] = { description };
  Object.assign(all, route.responses);
  return Object.fromEntries(Object.entries(all).map(([status, spec]) => [status, response(Number(status), spec)]));
}

function response(
  status: number,
  spec: ResponseSpec,
): NonNullable<ZodOpenApiResponsesObject[`${1 | 2 | 3 | 4 | 5}${string}`]> {
  const schema = spec.schema ?? (status >= 400 ? ErrorSchema : undefined);
  if (schema) return { description: spec.description, content: { 'application/json': { schema } } };
  if (spec.content)
    return { description: spec.description, content: Object.fromEntries(spec.content.map((type) => [type, {}])) };
  return { description: spec.description };
}
