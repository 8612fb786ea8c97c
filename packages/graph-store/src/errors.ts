import { NewsgraphError, toNewsgraphError } from '@newsgraph/schema';
import { Neo4jError } from 'neo4j-driver';

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired']);

/** The one place where driver errors become NewsgraphErrors, by Neo4j status code. */
export function toStoreError(thrown: unknown, what: string): NewsgraphError {
  if (thrown instanceof NewsgraphError) return thrown;
  if (thrown instanceof Neo4jError) {
    const code = thrown.code;
    if (UNAVAILABLE.has(code)) {
      return new NewsgraphError('NEO4J_UNAVAILABLE', `Neo4j is unreachable while ${what}: ${thrown.message}`, {
        cause: thrown,
      });
    }
    if (code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) {
      return new NewsgraphError('QUERY_TIMEOUT', `${what}: the query ran longer than allowed and was stopped`, {
        cause: thrown,
      });
    }
    // Checked before other statement errors: a write in a read session is a Statement error too.
    if (code === 'Neo.ClientError.Statement.AccessMode' || code.startsWith('Neo.ClientError.Security.Forbidden')) {
      return new NewsgraphError('READ_ONLY_VIOLATION', `${what}: writes are not allowed here`, { cause: thrown });
    }
    if (code.startsWith('Neo.ClientError.Statement.') || code.startsWith('Neo.ClientError.Procedure.')) {
      return new NewsgraphError('BAD_INPUT', `${what}: ${thrown.message}`, {
        cause: thrown,
        details: { neo4jCode: code },
      });
    }
    return new NewsgraphError('NEO4J_QUERY_FAILED', `${what}: ${thrown.message}`, {
      cause: thrown,
      details: { neo4jCode: code },
    });
  }
  return toNewsgraphError(thrown, 'NEO4J_QUERY_FAILED');
}
