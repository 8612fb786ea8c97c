import { NewsgraphError } from '@newsgraph/schema';
import { Router, type Request, type RequestHandler, type Response } from 'express';
import type { z } from 'zod';
import { respond } from './respond';

export const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
export type Method = (typeof METHODS)[number];

/** One documented answer of a route: JSON checked against `schema`, or another media type (`content`). */
export interface ResponseSpec {
  description: string;
  /** The JSON body's schema; every JSON answer with this status is checked against it before it leaves. */
  schema?: z.ZodType;
  /** Media types of a non-JSON answer (an export, an HTML page), documented but not checked. */
  content?: readonly string[];
}

/** What a handler receives: the parsed inputs, and `send`, which checks a JSON answer against its status's schema. */
export interface RouteContext<Q, P, B> {
  query: Q;
  params: P;
  body: B;
  req: Request;
  res: Response;
  send: (body: unknown, status?: number) => void;
}

type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

/** A route as one declaration: its inputs and answers (which the OpenAPI document is made from) and its handler. */
export interface RouteSpec<
  Q extends z.ZodType | undefined = z.ZodType | undefined,
  P extends z.ZodType | undefined = z.ZodType | undefined,
  B extends z.ZodType | undefined = z.ZodType | undefined,
> {
  method: Method;
  /** An Express path (`/api/entities/:id`). */
  path: string;
  summary: string;
  description?: string;
  tags?: readonly string[];
  query?: Q;
  params?: P;
  body?: B;
  /** Media types the body may come as (default JSON); another one gets 415. */
  bodyContent?: readonly string[];
  /** Answers by status; 200's schema is the one `send` uses by default. */
  responses: Record<number, ResponseSpec>;
  /** Steps run before the inputs are parsed (authentication, rate limits). */
  before?: readonly RequestHandler[];
  /** Names of the OpenAPI security schemes this route requires (documentation; `before` enforces). */
  security?: readonly string[];
  handler: (context: RouteContext<Out<Q>, Out<P>, Out<B>>) => Promise<void> | void;
}

/** The routes an app serves, kept as data so the router, the 405 answers and the OpenAPI document agree. */
export interface RouteRegistry {
  readonly routes: readonly RouteSpec[];
  route<
    Q extends z.ZodType | undefined = undefined,
    P extends z.ZodType | undefined = undefined,
    B extends z.ZodType | undefined = undefined,
  >(
    spec: RouteSpec<Q, P, B>,
  ): void;
  /** An Express router serving every route, then 405 with `Allow` for a known path asked with another method. */
  router(): Router;
}

/** A new, empty registry; route modules add to it with `api.route({...})`. */
export function createRegistry(): RouteRegistry {
  const routes: RouteSpec[] = [];
  return {
    routes,
    route(spec) {
      const key = `${spec.method} ${spec.path}`;
      if (routes.some((known) => `${known.method} ${known.path}` === key)) throw new Error(`route ${key} twice`);
      routes.push(spec);
    },
    router() {
      const router = Router();
      for (const spec of routes) router[spec.method](spec.path, ...(spec.before ?? []), handle(spec));
      for (const [path, methods] of allowedByPath(routes)) router.all(path, methodNotAllowed(methods));
      return router;
    },
  };
}

function handle(spec: RouteSpec): RequestHandler {
  const accepted = spec.bodyContent ?? ['application/json'];
  return async (req, res) => {
    // req.is answers null when there is no body at all: an absent body is for the schema to judge.
    if (spec.body && req.is([...accepted]) === false) {
      throw new NewsgraphError('UNSUPPORTED_FORMAT', `the body must be ${accepted.join(' or ')}`);
    }
    const context: RouteContext<unknown, unknown, unknown> = {
      // Express 5's req.query is a getter, so the parsed values are handed over rather than written back.
      params: spec.params ? spec.params.parse(req.params) : undefined,
      query: spec.query ? spec.query.parse(req.query) : undefined,
      body: spec.body ? spec.body.parse(req.body) : undefined,
      req,
      res,
      send(body, status = 200) {
        const schema = spec.responses[status]?.schema;
        if (!schema) throw new NewsgraphError('INTERNAL', `${spec.method} ${spec.path} has no schema for ${status}`);
        respond(res, schema, body, status);
      },
    };
    await spec.handler(context);
  };
}

/** Methods per path, with HEAD wherever GET is, as Express answers HEAD from GET routes. */
function allowedByPath(routes: readonly RouteSpec[]): Map<string, string> {
  const byPath = new Map<string, string[]>();
  for (const { path, method } of routes) {
    const methods = byPath.get(path) ?? [];
    methods.push(method.toUpperCase());
    if (method === 'get') methods.push('HEAD');
    byPath.set(path, methods);
  }
  return new Map([...byPath].map(([path, methods]) => [path, [...methods, 'OPTIONS'].join(', ')]));
}

function methodNotAllowed(allow: string): RequestHandler {
  return (req, res, next) => {
    res.setHeader('Allow', allow);
    if (req.method === 'OPTIONS') {
      res.status(204).end();
      return;
    }
    next(new NewsgraphError('METHOD_NOT_ALLOWED', `${req.method} is not allowed here; use ${allow}`));
  };
}
