import { NewsgraphError } from '@newsgraph/schema';
import { Neo4jError } from 'neo4j-driver';
import { toStoreError } from './errors';

const driverError = (code: string): Neo4jError => new Neo4jError(`failed with ${code}`, code, 'N/A', 'N/A');

describe('toStoreError', () => {
  it('maps Neo4j status codes to newsgraph error codes', () => {
    expect(toStoreError(driverError('ServiceUnavailable'), 'reading').code).toBe('NEO4J_UNAVAILABLE');
    expect(toStoreError(driverError('Neo.ClientError.Statement.AccessMode'), 'reading').code).toBe(
      'READ_ONLY_VIOLATION',
    );
    expect(toStoreError(driverError('Neo.ClientError.Statement.SyntaxError'), 'reading').code).toBe('BAD_INPUT');
    expect(toStoreError(driverError('Neo.TransientError.General.MemoryPoolOutOfMemoryError'), 'reading').code).toBe(
      'NEO4J_QUERY_FAILED',
    );
  });

  it('keeps a NewsgraphError as it is and names what was being done', () => {
    const own = new NewsgraphError('NOT_FOUND', 'gone');
    expect(toStoreError(own, 'reading')).toBe(own);
    expect(
      toStoreError(driverError('Neo.ClientError.Statement.SyntaxError'), 'reading a neighbourhood').message,
    ).toMatch(/^reading a neighbourhood: /);
  });
});
