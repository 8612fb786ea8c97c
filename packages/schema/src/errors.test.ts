import { z } from 'zod';
import { ERROR_CODES, NewsgraphError, toNewsgraphError } from './errors';

describe('NewsgraphError', () => {
  it('carries its code, message, cause and details', () => {
    const cause = new Error('socket closed');
    const error = new NewsgraphError('NEO4J_UNAVAILABLE', 'Neo4j is down', { cause, details: { port: 7687 } });
    expect(error).toBeInstanceOf(Error);
    expect([error.name, error.code, error.message, error.cause, error.details]).toEqual([
      'NewsgraphError',
      'NEO4J_UNAVAILABLE',
      'Neo4j is down',
      cause,
      { port: 7687 },
    ]);
    expect('cause' in new NewsgraphError('INTERNAL', 'no cause')).toBe(false);
  });
});

describe('toNewsgraphError', () => {
  it('returns a NewsgraphError unchanged', () => {
    const error = new NewsgraphError('NOT_FOUND', 'no such entity');
    expect(toNewsgraphError(error, 'INTERNAL')).toBe(error);
  });

  it('turns a zod error into BAD_INPUT naming the path of its first issue', () => {
    const thrown = z.object({ limit: z.number().max(200) }).safeParse({ limit: 500 }).error;
    const error = toNewsgraphError(thrown);
    expect([error.code, error.cause]).toEqual(['BAD_INPUT', thrown]);
    expect(error.message).toMatch(/^limit: /);
    expect(error.message).toContain('200');
  });

  it('gives a zod error about the whole value no path prefix', () => {
    const error = toNewsgraphError(z.string().safeParse(3).error);
    expect(error.code).toBe('BAD_INPUT');
    expect(error.message).not.toMatch(/^: /);
  });

  it('wraps anything else with the fallback code, keeping it as the cause', () => {
    const plain = new Error('boom');
    expect([toNewsgraphError(plain).code, toNewsgraphError(plain).message, toNewsgraphError(plain).cause]).toEqual([
      'INTERNAL',
      'boom',
      plain,
    ]);
    const queried = toNewsgraphError('bad query', 'NEO4J_QUERY_FAILED');
    expect([queried.code, queried.message, queried.cause]).toEqual(['NEO4J_QUERY_FAILED', 'bad query', 'bad query']);
  });

  it('never invents a code outside the list', () => {
    for (const thrown of [new Error('x'), 'x', 42, null, new NewsgraphError('READ_ONLY_VIOLATION', 'y')])
      expect(ERROR_CODES).toContain(toNewsgraphError(thrown).code);
  });
});
