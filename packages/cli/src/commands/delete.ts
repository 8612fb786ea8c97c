import type { GraphStore } from '@newsgraph/graph-store';
import { NewsgraphError } from '@newsgraph/schema';

/** `delete --article <id>… | --source <name>`: takes their contribution out; unknown ids are an error. */
export async function deleteFromGraph(
  store: GraphStore,
  options: { article?: string[] | undefined; source?: string | undefined },
): Promise<string[]> {
  if (!options.article?.length && !options.source)
    throw new NewsgraphError('BAD_INPUT', 'say what to delete: --article <id> or --source <name>');
  const ids = [...(options.article ?? []), ...(options.source ? await store.articleIdsOfSource(options.source) : [])];
  if (ids.length === 0) throw new NewsgraphError('NOT_FOUND', `no articles from source "${options.source}"`);
  const deleted: string[] = [];
  for (let i = 0; i < ids.length; i += 200) deleted.push(...(await store.deleteArticles(ids.slice(i, i + 200))));
  const missing = ids.filter((id) => !deleted.includes(id));
  if (missing.length > 0)
    throw new NewsgraphError(
      'NOT_FOUND',
      `no article with id ${missing.join(', ')}${deleted.length ? ` (deleted ${deleted.length} others)` : ''}`,
    );
  return deleted;
}
