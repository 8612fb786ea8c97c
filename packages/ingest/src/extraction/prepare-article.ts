import { extract } from '@newsgraph/extractor';
import type { ArticleToWrite } from '@newsgraph/graph-store';
import type { ArticleInput, Overrides } from '@newsgraph/schema';
import { applyOverrides } from '../overrides/apply-overrides';
import { articleIdFor, contentHashFor } from './article-id';

/** What extraction needs besides the article: the analyst's overrides and the version to stamp. */
export interface PrepareContext {
  overrides: Overrides;
  version: string;
}

/** Article in, article with its (corrected) extraction out, keyed by the hash of its text and stamped with its content hash; pure and CPU-bound. */
export function prepareArticle(article: ArticleInput, context: PrepareContext): ArticleToWrite {
  const id = articleIdFor(article.text);
  const extraction = applyOverrides(
    extract({
      id,
      text: article.text,
      ...(article.title ? { title: article.title } : {}),
      ...(article.url ? { url: article.url } : {}),
    }),
    context.overrides,
  );
  return {
    article: { ...article, id, contentHash: contentHashFor(article), extractorVersion: context.version },
    extraction,
  };
}
