import { ArticleInputSchema, toNewsgraphError, type ArticleInput } from '@newsgraph/schema';

/** One article read from a source, or the reason it could not be; `where` says which file, line, item or URL. */
export type ReadResult =
  { ok: true; where: string; article: ArticleInput } | { ok: false; where: string; error: string };

/** Fields a reader found before validation; empty strings count as absent so metadata stays sparse. */
export type ArticleCandidate = { [K in keyof ArticleInput]?: string | undefined };

/** Validates what a reader found against the article schema, so every reader fails the same way on empty text. */
export function articleResult(candidate: ArticleCandidate, where: string): ReadResult {
  if (!candidate.text?.trim()) return { ok: false, where, error: 'article text is empty' };
  const clean = Object.fromEntries(
    Object.entries(candidate)
      .filter(([, v]) => v !== undefined && v.trim() !== '')
      .map(([k, v]) => [k, v?.trim()]),
  );
  const parsed = ArticleInputSchema.safeParse(clean);
  if (!parsed.success) return { ok: false, where, error: parsed.error.issues[0]?.message ?? 'invalid article' };
  return { ok: true, where, article: parsed.data };
}

/** Converts anything a reader threw into a result, so one bad input never stops the others. */
export function failedResult(where: string, thrown: unknown): ReadResult {
  return { ok: false, where, error: toNewsgraphError(thrown, 'BAD_INPUT').message };
}
