import {
  NewsgraphError,
  PathListSchema,
  type AmbiguousName,
  type CypherRequest,
  type CypherResult,
  type ArticleDetails,
  type ArticleListQuery,
  type ArticleSummary,
  type EntityDetails,
  type EntityDetailsQuery,
  type PathList,
  type PathQuery,
  type AmbiguousNameQuery,
  type EntitySearchQuery,
  type ExportItem,
  type EntitySummary,
  type GraphElements,
  type GraphQuery,
  type GraphStats,
  type RelationEvidence,
  type RelationEvidenceQuery,
  type RelationSupport,
  type RelationSupportQuery,
} from '@newsgraph/schema';
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { toStoreError } from './errors';
import { CheckedQueries } from './cypher/checked-queries';
import { DEFAULT_CYPHER_LIMITS, readOnlyQuery, type CypherLimits } from './cypher/read-only-query';
import { ambiguousNames } from './queries/ambiguous-names';
import { articleDetails, listArticles } from './queries/articles';
import { entityDetails } from './queries/entity-details';
import { EVIDENCE_PER_HOP, pathElementIds, shortestPaths, type KnownElements } from './queries/paths';
import { exportGraph, type GraphExport } from './queries/export-graph';
import { streamGraph, streamTopology, type ExportScope } from './queries/stream-graph';
import { neighbourhood } from './queries/neighbourhood';
import { relationEvidence } from './queries/relation-evidence';
import { relationSupport } from './queries/relation-support';
import { matchesNothing, otherMatches, rankedPage, searchEntities } from './queries/search-entities';
import { GraphMirror, type MirrorOptions } from './mirror/graph-mirror';
import { buildMirror, type MirrorData } from './mirror/mirror-data';
import { loadMirrorRows } from './mirror/mirror-load';
import { mirrorNeighbourhood, mirrorNodes } from './mirror/mirror-neighbourhood';
import { mirrorMatches, mirrorOtherMatches } from './mirror/mirror-search';
import { mirrorEntityDetails, mirrorPathEdges } from './mirror/mirror-details';
import { mirrorPathRows } from './mirror/mirror-paths';
import { graphStats } from './queries/stats';
import { SCHEMA_STATEMENTS } from './schema-setup';
import { BACKFILL_SEARCH_FIELDS } from './search-fields';
import type { StoredArticle } from './article-rows';
import { staleArticles } from './queries/stale-articles';
import { articlesTouching, entityScope, storedArticles, type EntityScope } from './queries/correction-scope';
import {
  allArticleStamps,
  unchangedArticles,
  type ArticleStamp,
  type StoredStamp,
  type UnchangedCheck,
} from './queries/unchanged-articles';
import { deleteArticles } from './delete-articles';
import { changeStamp } from './queries/change-stamp';
import { ReadCache, type ReadCacheOptions } from './read-cache';
import { warmUp } from './warm-up';
import { warmUpReads } from './warm-reads';
import { writeArticles, type ArticleToWrite, type WriteOptions, type WriteOutcome } from './write-articles';

export interface ConnectOptions {
  uri: string;
  user?: string | undefined;
  password?: string | undefined;
  /** Keep answers to repeated reads (search, entity, neighbourhood, paths, stats); off unless given. */
  readCache?: ReadCacheOptions | undefined;
  /** Keep the entities and relations in memory for search and neighbourhoods, while nothing was written; off unless given. */
  mirror?: MirrorOptions | undefined;
}

/** The graph in Neo4j: every read and write newsgraph makes goes through here. */
export class GraphStore {
  private readonly cache: ReadCache | undefined;
  private readonly mirror: GraphMirror | undefined;
  /** Power-user query texts already planned and found pure reads. */
  private readonly checkedQueries = new CheckedQueries();

  private constructor(
    private readonly driver: Driver,
    cache: ReadCacheOptions | undefined,
    mirror: MirrorOptions | undefined,
  ) {
    this.cache =
      cache && cache.entries > 0
        ? new ReadCache(cache, () => this.read('reading the change stamp', changeStamp))
        : undefined;
    this.mirror = mirror
      ? new GraphMirror(
          mirror,
          () => this.lastCommit(),
          () => this.loadMirror(),
        )
      : undefined;
  }

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
      await driver.getServerInfo();
    } catch (error) {
      await driver.close();
      throw new NewsgraphError(
        'NEO4J_UNAVAILABLE',
        `cannot reach Neo4j at ${options.uri}: ${(error as Error).message}`,
        { cause: error },
      );
    }
    return new GraphStore(driver, options.readCache, options.mirror);
  }

  /** Creates constraints and indexes, and fills search fields an older version did not write; safe on every start. */
  async ensureSchema(): Promise<void> {
    const session = this.driver.session();
    try {
      for (const statement of SCHEMA_STATEMENTS) await session.run(statement);
      await session.run('CALL db.awaitIndexes(60)');
      await session.run(BACKFILL_SEARCH_FIELDS);
    } catch (error) {
      throw toStoreError(error, 'creating the graph schema');
    } finally {
      this.mirror?.invalidate();
      await session.close();
    }
  }

  /**
   * Gets a freshly started Neo4j ready for ingest (query plans, compiled code, pages in memory) with writes it
   * rolls back, so the graph is untouched and the first real batch costs what later ones do; `stopWhen` ends it
   * between rounds (real writes waiting).
   */
  async warmUp(options: { stopWhen?: () => boolean } = {}): Promise<void> {
    const session = this.driver.session({ defaultAccessMode: neo4j.session.WRITE });
    try {
      await warmUp((work) => session.executeWrite(work), options.stopWhen);
    } catch (error) {
      throw toStoreError(error, 'warming up Neo4j');
    } finally {
      await session.close();
    }
  }

  /** Runs the hot reads once (search, neighbourhood, details, paths): a fresh server's first requests are not slow. */
  async warmUpReads(): Promise<void> {
    await warmUpReads((work) => this.read('warming up reads', work));
  }

  /** Reads the graph into the mirror (when the store keeps one), so the first searches and views need no Neo4j. */
  async readMirror(): Promise<void> {
    try {
      await this.mirror?.rebuild();
    } catch (error) {
      throw toStoreError(error, 'reading the graph into memory');
    }
  }

  /** True when search and neighbourhoods would be answered from memory right now (nothing written since it was read). */
  async mirrorInUse(): Promise<boolean> {
    return (await this.mirror?.current()) !== undefined;
  }

  /** Writes a batch of articles in one transaction; already-stored articles are reported unchanged. */
  async writeArticles(batch: ArticleToWrite[], options: WriteOptions = {}): Promise<WriteOutcome> {
    const ingestedAt = new Date().toISOString();
    if (!options.onStep) return this.write('writing articles', (tx) => writeArticles(tx, batch, ingestedAt, options));
    const timer = options.onStep;
    let workDone = 0;
    const outcome = await this.write('writing articles', async (tx) => {
      const result = await writeArticles(tx, batch, ingestedAt, options);
      workDone = performance.now();
      return result;
    });
    // what follows the last statement: the commit, its round trip and the session's close
    timer('commit', performance.now() - workDone);
    return outcome;
  }

  /**
   * Which of these articles are stored with the same content hash and extractor version (a re-run skips them before
   * extracting), and which are stored otherwise (a re-run extracts them again and replaces the stored copy).
   */
  unchangedArticles(candidates: ArticleStamp[], extractorVersion: string): Promise<UnchangedCheck> {
    return this.read('looking up stored articles', (tx) => unchangedArticles(tx, candidates, extractorVersion));
  }

  /** Every stored article's id, content hash and version: what a re-run's look-up would compare against. */
  articleStamps(): Promise<StoredStamp[]> {
    return this.read('listing stored articles', (tx) => allArticleStamps(tx));
  }

  /** Takes articles and their whole contribution out, in one transaction; returns the ids that existed. */
  deleteArticles(ids: string[]): Promise<string[]> {
    return this.write('deleting articles', (tx) => deleteArticles(tx, ids));
  }

  /** Ids of the articles that came from a source (a feed, a site, a publisher). */
  articleIdsOfSource(source: string): Promise<string[]> {
    return this.read('listing a source', async (tx) => {
      const result = await tx.run('MATCH (a:Article {source: $source}) RETURN a.id AS id ORDER BY id', { source });
      return result.records.map((r) => String(r.get('id')));
    });
  }

  /** Stored articles read by another extractor version than this one, oldest first, for re-extraction. */
  staleArticles(extractorVersion: string, limit: number): Promise<StoredArticle[]> {
    return this.read('listing stale articles', (tx) => staleArticles(tx, extractorVersion, limit));
  }

  /** How many articles an extractor version other than this one read. */
  countStaleArticles(extractorVersion: string): Promise<number> {
    return this.read('counting stale articles', async (tx) => {
      const result = await tx.run(
        'MATCH (a:Article) WHERE a.extractorVersion IS NULL OR a.extractorVersion <> $v RETURN count(a) AS n',
        {
          v: extractorVersion,
        },
      );
      return Number(result.records[0]?.get('n') ?? 0);
    });
  }

  /** What these ids stand for now (name, extractor ids folded in), for a correction that names them. */
  entityScope(ids: readonly string[]): Promise<EntityScope[]> {
    return this.read('reading entities to correct', (tx) => entityScope(tx, ids));
  }

  /** Ids of the articles mentioning any of these entities (graph or extractor ids). */
  articlesTouching(ids: readonly string[]): Promise<string[]> {
    return this.read('finding the articles a correction touches', (tx) => articlesTouching(tx, ids));
  }

  /** Stored articles by id, with their text and metadata, for re-extraction. */
  storedArticles(ids: readonly string[]): Promise<StoredArticle[]> {
    return this.read('reading stored articles', (tx) => storedArticles(tx, ids));
  }

  searchEntities(query: EntitySearchQuery): Promise<EntitySummary[]> {
    return this.cached(['search', query], async () => {
      const data = await this.mirror?.current();
      if (!data) return this.read('searching entities', (tx) => searchEntities(tx, query));
      if (matchesNothing(query.q)) return [];
      // The mirror has every exact, whole-word and prefix match, and the others of one word typed; only the others
      // of several words need Neo4j's full-text index (their BM25 scores).
      const { page, rest } = rankedPage(query, mirrorMatches(data, query), true);
      if (!rest) return page;
      const others =
        mirrorOtherMatches(data, rest) ?? (await this.read('searching entities', (tx) => otherMatches(tx, rest)));
      return [...page, ...others];
    });
  }

  /** Short person names left apart because several people bear them, for the analyst to settle with an override. */
  ambiguousNames(query: AmbiguousNameQuery): Promise<AmbiguousName[]> {
    return this.read('listing ambiguous names', (tx) => ambiguousNames(tx, query));
  }

  neighbourhood(query: GraphQuery): Promise<GraphElements> {
    return this.cached(['graph', query], async () => {
      const data = await this.mirror?.current();
      const view = data && mirrorNeighbourhood(data, query);
      return view ?? this.read('reading a neighbourhood', (tx) => neighbourhood(tx, query));
    });
  }

  entityDetails(id: string, query: EntityDetailsQuery): Promise<EntityDetails> {
    return this.cached(['entity', id, query], async () => {
      const data = await this.mirror?.current();
      if (data) return mirrorEntityDetails(data, id, query);
      return this.read('reading an entity', (tx) => entityDetails(tx, id, query));
    });
  }

  shortestPaths(query: PathQuery): Promise<PathList> {
    return this.cached(['paths', query], async () => {
      const data = await this.mirror?.current();
      const paths = data && mirrorPathRows(data, query);
      if (data && paths) {
        // Paths from memory (equally short ones beyond the room by ids): no query at all.
        const { nodeIds, edgeIds } = pathElementIds(paths);
        const nodes = mirrorNodes(
          data,
          nodeIds.map((id) => data.byId.get(id) as number),
          null,
        );
        const edges = mirrorPathEdges(data, edgeIds, EVIDENCE_PER_HOP);
        if (edges) return PathListSchema.parse({ paths, elements: { nodes, edges } });
      }
      const ends = data && [query.from, query.to].every((id) => data.byId.has(id));
      // Ends the mirror holds exist, and their nodes and hops are in memory: only the paths themselves need Neo4j.
      const known: KnownElements | undefined = ends
        ? {
            nodes: (ids) => {
              const found = ids.map((id) => data.byId.get(id));
              return found.every((i) => i !== undefined) ? mirrorNodes(data, found, null) : undefined;
            },
            edges: (ids, evidence) => mirrorPathEdges(data, ids, evidence),
          }
        : undefined;
      return this.read('finding paths', (tx) => shortestPaths(tx, query, known));
    });
  }

  /** One relation's support in a period and a page of its sentences cited, for a client that opens an edge. */
  relationEvidence(query: RelationEvidenceQuery): Promise<RelationEvidence> {
    return this.cached(['evidence', query], () =>
      this.read('reading relation evidence', (tx) => relationEvidence(tx, query)),
    );
  }

  /** What backs each relation in a period, with its sentences cited (the evidence pack's cards). */
  relationSupport(query: RelationSupportQuery): Promise<RelationSupport[]> {
    return this.read('reading relation support', (tx) => relationSupport(tx, query));
  }

  /** A page of articles, asking for `take` rows so the caller can tell whether another page follows. */
  listArticles(query: ArticleListQuery, take: number): Promise<ArticleSummary[]> {
    return this.read('listing articles', (tx) => listArticles(tx, query, take));
  }

  articleDetails(id: string): Promise<ArticleDetails> {
    return this.read('reading an article', (tx) => articleDetails(tx, id));
  }

  /** The whole graph as sorted JSON (the JSON export, and exact comparisons in tests). */
  exportGraph(): Promise<GraphExport> {
    return this.read('exporting the graph', exportGraph);
  }

  /** A power user's query, run only if its plan is a pure read, within a time limit and a row cap. */
  async cypher(request: CypherRequest, limits: CypherLimits = DEFAULT_CYPHER_LIMITS): Promise<CypherResult> {
    const session = this.driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      // No retries: a refused or timed-out query would fail the same way again.
      return await session.executeRead((tx) => readOnlyQuery(tx, request, limits.rowCap, this.checkedQueries), {
        timeout: limits.timeoutMs,
      });
    } catch (error) {
      throw toStoreError(error, 'running a read-only query');
    } finally {
      await session.close();
    }
  }

  /** Entities then relations of a scope, streamed for exports that must not hold the whole graph in memory. */
  streamGraph(scope: ExportScope = {}): AsyncGenerator<ExportItem> {
    return streamGraph(this.driver, scope);
  }

  /** Only the ids and links of a scope (with `layoutCap`, the links among that many best connected), streamed. */
  streamTopology(
    scope: ExportScope = {},
    layoutCap?: number,
  ): { nodes: AsyncIterable<string>; edges: AsyncIterable<[string, string]> } {
    return streamTopology(this.driver, scope, layoutCap);
  }

  stats(): Promise<GraphStats> {
    return this.cached(['stats'], () => this.read('counting the graph', graphStats));
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
      // Relationships first: a hub node with a million links would not fit one transaction's memory.
      await session.run('MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 20000 ROWS');
      // DETACH: a writer that slipped in between the two passes must not make the reset fail.
      await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 20000 ROWS');
    } catch (error) {
      throw toStoreError(error, 'clearing the graph');
    } finally {
      this.cache?.clear();
      this.mirror?.invalidate();
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
      // After the commit (or a failure, which may have committed before the reply was lost): no stale answer is kept.
      this.cache?.clear();
      this.mirror?.invalidate();
      await session.close();
    }
  }

  /** The bookmark of the last transaction committed to the database: a read's bookmark names it, whoever wrote. */
  private async lastCommit(): Promise<string> {
    const session = this.driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      await session.executeRead((tx) => tx.run('RETURN 1'));
      return session.lastBookmarks().join(' ');
    } catch (error) {
      throw toStoreError(error, 'reading the last commit');
    } finally {
      await session.close();
    }
  }

  /** The mirror as of now: its stamp is read first, so a write committed while the rows are read makes it stale. */
  private async loadMirror(): Promise<MirrorData> {
    const stamp = await this.lastCommit();
    const rows = await this.read('reading the graph into memory', loadMirrorRows);
    return buildMirror(stamp, rows.entities, rows.relations, rows.details);
  }

  /** A read's answer from the cache when one is kept and still valid; the key is the read's name and inputs. */
  private cached<T>(key: unknown[], load: () => Promise<T>): Promise<T> {
    return this.cache ? this.cache.get(JSON.stringify(key), load) : load();
  }
}
