import type { EntityScope, GraphStore } from '@newsgraph/graph-store';
import { readBytes, type PrepareContext } from '@newsgraph/ingest';
import {
  NewsgraphError,
  toNewsgraphError,
  type ArticleIngested,
  type ArticleInput,
  type IngestStatus,
} from '@newsgraph/schema';
import { currentContext } from '../overrides/overrides-file';
import { ExtractionPools } from './extraction-pools';

/** What the API's ingest needs: where the overrides live, extraction threads, and the longest article it takes. */
export interface ArticleIngesterOptions {
  store: Pick<GraphStore, 'writeArticles' | 'entityScope' | 'articlesTouching' | 'storedArticles'>;
  overridesPath: string;
  /** A named overrides file must exist; the default one may be absent. */
  overridesRequired?: boolean | undefined;
  /** Extraction threads (at least one: extraction never runs on the thread that serves requests). */
  threads: number;
  /** Articles longer than this many characters are refused with ARTICLE_TOO_LONG. */
  maxArticleChars: number;
}

/** One article at a time from the API into the graph, through the same readers and extraction as `ingest`. */
export interface ArticleIngester {
  readonly maxArticleChars: number;
  /** The analyst overrides file that every extraction applies, read afresh each time. */
  readonly overridesPath: string;
  /** An article from a text/plain or text/html body, read by the ingest readers (header lines, Readability). */
  read(bytes: Uint8Array, contentType: string): ArticleInput;
  /** Extracts on a worker thread with the overrides as they are now, then writes in one transaction. */
  ingest(article: ArticleInput): Promise<ArticleIngested>;
  /** What these entity ids stand for in the graph now, for a correction that names them. */
  entityScope(ids: readonly string[]): Promise<EntityScope[]>;
  /**
   * Extracts again, with the overrides as they are now, every stored article that mentions one of these entities,
   * so a correction (or its undo) shows in the graph at once; a batch of articles per transaction.
   */
  reextractTouching(entityIds: readonly string[]): Promise<Reextracted>;
  /** Loads the current overrides and has every extraction thread ready, so the next request does not wait. */
  warm(): Promise<void>;
  close(): Promise<void>;
}

/** What a targeted re-extraction did: articles brought in line with the overrides, and those that failed. */
export interface Reextracted {
  reextracted: number;
  failed: { where: string; error: string }[];
}

// Articles per transaction when a correction re-extracts: small enough that one bad article costs little to retry.
const REEXTRACT_BATCH = 25;

export function createArticleIngester(options: ArticleIngesterOptions): ArticleIngester {
  const pools = new ExtractionPools(Math.max(1, Math.floor(options.threads)));
  // Read at every ingest, so an overrides change (through the API or by hand) applies to the next article.
  const context = (): PrepareContext => currentContext(options.overridesPath, options.overridesRequired ?? false);
  return {
    maxArticleChars: options.maxArticleChars,
    overridesPath: options.overridesPath,
    read: (bytes, contentType) => readOne(bytes, contentType),
    async ingest(article) {
      if (article.text.length > options.maxArticleChars) {
        throw new NewsgraphError(
          'ARTICLE_TOO_LONG',
          `the article has ${article.text.length} characters, over the limit of ${options.maxArticleChars}`,
          { details: { characters: article.text.length, limit: options.maxArticleChars } },
        );
      }
      const item = await pools.prepare(article, context());
      const outcome = await options.store.writeArticles([item]);
      const id = item.article.id;
      const status: IngestStatus = outcome.written.includes(id)
        ? 'new'
        : outcome.updated.includes(id)
          ? 'updated'
          : 'unchanged';
      return {
        article: {
          id,
          status,
          title: item.article.title ?? null,
          url: item.article.url ?? null,
          publishedAt: item.article.publishedAt ?? null,
          extractorVersion: item.article.extractorVersion,
          characters: item.article.text.length,
        },
        entities: item.extraction.entities,
        relations: item.extraction.relations,
        quotes: item.extraction.quotes,
      };
    },
    entityScope: (ids) => options.store.entityScope(ids),
    async reextractTouching(entityIds) {
      const ids = await options.store.articlesTouching(entityIds);
      const done: Reextracted = { reextracted: 0, failed: [] };
      const now = context();
      for (let at = 0; at < ids.length; at += REEXTRACT_BATCH) {
        const stored = await options.store.storedArticles(ids.slice(at, at + REEXTRACT_BATCH));
        const batch = await Promise.all(
          stored.map(async ({ id, extractorVersion: _v, ingestedAt, ...input }) => {
            try {
              const item = await pools.prepare(input, now);
              // The id stays that of the stored text; the first ingest time is kept.
              return { ...item, article: { ...item.article, id, ingestedAt } };
            } catch (error) {
              done.failed.push({ where: id, error: `extraction failed: ${toNewsgraphError(error).message}` });
              return undefined;
            }
          }),
        );
        const ready = batch.filter((item) => item !== undefined);
        if (ready.length === 0) continue;
        try {
          const outcome = await options.store.writeArticles(ready, { replaceExisting: true });
          done.reextracted += outcome.updated.length + outcome.written.length;
        } catch (error) {
          // The override is saved either way; these articles take it on at their next re-extraction.
          const reason = `not written: ${toNewsgraphError(error).message}`;
          done.failed.push(...ready.map((item) => ({ where: item.article.id, error: reason })));
        }
      }
      return done;
    },
    warm: () => pools.warm(context()),
    close: () => pools.close(),
  };
}

function readOne(bytes: Uint8Array, contentType: string): ArticleInput {
  const results = readBytes(bytes, { where: 'body', name: '', contentType });
  const [first] = results;
  if (!first || results.length > 1) {
    throw new NewsgraphError('BAD_INPUT', `the body holds ${results.length} articles; post one at a time`);
  }
  if (!first.ok) throw new NewsgraphError('BAD_INPUT', `body: ${first.error}`);
  return first.article;
}
