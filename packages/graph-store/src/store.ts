import {
  NewsgraphError,
  type EntitySearchQuery,
  type EntitySummary,
  type GraphElements,
  type GraphQuery,
  type GraphStats,
} from '@newsgraph/schema';
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { toStoreError } from './errors';
import { neighbourhood } from './queries/neighbourhood';
import { searchEntities } from './queries/search-entities';
import { graphStats } from './queries/stats';
import { SCHEMA_STATEMENTS } from './schema-setup';
import { writeArticles, type ArticleToWrite, type WriteOutcome } from './write-articles';

export interface ConnectOptions {
  uri: string;
  user?: string | undefined;
  password?: string | undefined;
}

/** The graph in Neo4j: every read and write newsgraph makes goes through here. */
export class GraphStore {
  private constructor(private readonly driver: Driver) {}

  /** Connects and checks that Neo4j answers, failing with NEO4J_UNAVAILABLE when it does not. */
  static async connect(options: ConnectOptions): Promise<GraphStore> {
    const auth = options.user ? neo4j.auth.basic(options.user, options.password ?? '') : undefined;
    // Short timeouts so an outage is reported within seconds instead of after the driver's 30 s of retries.
    const driver = neo4j.driver(options.uri, auth, {
      disableLosslessIntegers: true,
      connectionTimeout: 5_000,
      connectionAcquisitionTimeout: 10_000,
      maxTransactionRetryTime: 5_000,
      logging: { level: 'error', logger: () => {} },
    });
    try {
      await driver.verifyConnectivity();
    } catch (error) {
      await driver.close();
      throw new NewsgraphError('NEO4J_UNAVAILABLE', `cannot reach Neo4j at ${options.uri}: ${(error as Error).message}`, { cause: error });
    }
    return new GraphStore(driver);
  }

  /** Creates constraints and indexes; safe to run on every start. */
  async ensureSchema(): Promise<void> {
    const session = this.driver.session();
    try {
      for (const statement of SCHEMA_STATEMENTS) await session.run(statement);
      await session.run('CALL db.awaitIndexes(60)');
    } catch (error) {
      throw toStoreError(error, 'creating the graph schema');
    } finally {
      await session.close();
    }
  }

  /** Writes a batch of articles in one transaction; already-stored articles are reported unchanged. */
  async writeArticles(batch: ArticleToWrite[]): Promise<WriteOutcome> {
    const ingestedAt = new Date().toISOString();
    return this.write('writing articles', (tx) => writeArticles(tx, batch, ingestedAt));
  }

  searchEntities(query: EntitySearchQuery): Promise<EntitySummary[]> {
    return this.read('searching entities', (tx) => searchEntities(tx, query));
  }

  neighbourhood(query: GraphQuery): Promise<GraphElements> {
    return this.read('reading a neighbourhood', (tx) => neighbourhood(tx, query));
  }

  stats(): Promise<GraphStats> {
    return this.read('counting the graph', graphStats);
  }

  /** True when Neo4j answers a trivial query right now. */
  async isUp(): Promise<boolean> {
    try {
      await this.read('health check', (tx) => tx.run('RETURN 1'));
      return true;
    } catch {
      return false;
    }
  }

  /** Deletes everything (tests and `newsgraph reset`); in batches so a large graph does not exhaust memory. */
  async clear(): Promise<void> {
    const session = this.driver.session();
    try {
      await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
    } catch (error) {
      throw toStoreError(error, 'clearing the graph');
    } finally {
      await session.close();
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }

  private async read<T>(what: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      return await session.executeRead(work);
    } catch (error) {
      throw toStoreError(error, what);
    } finally {
      await session.close();
    }
  }

  private async write<T>(what: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({ defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite(work);
    } catch (error) {
      throw toStoreError(error, what);
    } finally {
      await session.close();
    }
  }
}
