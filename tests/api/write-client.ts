import { ErrorBodySchema, type ErrorBody } from '@newsgraph/schema';

/** The token the write tests configure; long enough for the server's minimum. */
export const TEST_TOKEN = 'test-token-0123456789abcdef';

export interface Answer {
  status: number;
  headers: Headers;
  body: unknown;
}

/** Sends a request and reads the answer's JSON (or nothing), the way a script calling the API would. */
export async function call(
  baseUrl: string,
  method: string,
  path: string,
  init: {
    body?: string | Uint8Array;
    type?: string;
    token?: string | undefined;
    headers?: Record<string, string>;
  } = {},
): Promise<Answer> {
  const headers: Record<string, string> = { ...init.headers };
  if (init.type) headers['content-type'] = init.type;
  if (init.token !== undefined) headers['authorization'] = `Bearer ${init.token}`;
  // A copy into a plain ArrayBuffer is what fetch's types take; a Buffer may sit on a shared pool.
  const body = typeof init.body === 'string' ? init.body : init.body && new Uint8Array(init.body);
  const response = await fetch(`${baseUrl}${path}`, { method, headers, ...(body ? { body } : {}) });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? (JSON.parse(text) as unknown) : undefined };
}

/** The error of an error answer, checked against the one error format and its request id. */
export function errorOf(answer: Answer): ErrorBody['error'] {
  const { error } = ErrorBodySchema.parse(answer.body);
  if (error.requestId !== answer.headers.get('x-request-id'))
    throw new Error('error body and header disagree on the id');
  return error;
}
