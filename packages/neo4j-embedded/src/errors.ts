/** Why the embedded Neo4j could not start; kept dependency-free, the CLI turns it into a NewsgraphError. */
export type EmbeddedNeo4jErrorReason =
  'JAVA_MISSING' | 'MAVEN_MISSING' | 'RESOLVE_FAILED' | 'PORT_IN_USE' | 'START_FAILED';

/** The error every neo4j-embedded failure is reported with, naming what is missing. */
export class EmbeddedNeo4jError extends Error {
  override readonly name = 'EmbeddedNeo4jError';
  constructor(
    readonly reason: EmbeddedNeo4jErrorReason,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
