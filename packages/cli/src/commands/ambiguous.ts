import type { GraphStore } from '@newsgraph/graph-store';
import { AmbiguousNameListSchema, type AmbiguousName, type AmbiguousNameList } from '@newsgraph/schema';

/** `newsgraph ambiguous`: short person names left apart because several people bear them, most mentioned first. */
export async function listAmbiguous(store: GraphStore, limit: number): Promise<AmbiguousNameList> {
  return AmbiguousNameListSchema.parse({ items: await store.ambiguousNames({ limit }) });
}

/** One block per name: the short form, each candidate with its counts, and the override entry that would settle it. */
export function describeAmbiguous(list: AmbiguousNameList): string {
  if (list.items.length === 0) return 'no ambiguous names';
  return list.items.map(describeOne).join('\n\n');
}

function describeOne(item: AmbiguousName): string {
  const { entity } = item;
  const lines = [
    `${entity.name} (${entity.id}): ${entity.mentionCount} mentions in ${entity.articleCount} articles, kept apart; it may be`,
  ];
  for (const c of item.candidates) {
    const titles = c.titles.length > 0 ? `, titled ${c.titles.join(', ')}` : '';
    lines.push(`  ${c.name} (${c.id}): ${c.mentionCount} mentions by full name in ${c.articleCount} articles${titles}`);
  }
  lines.push(`  settle it in the overrides file with: ${JSON.stringify(item.override)}`);
  return lines.join('\n');
}
