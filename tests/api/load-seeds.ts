import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '@newsgraph/extractor';
import type { ArticleToWrite, GraphStore } from '@newsgraph/graph-store';
import { articleIdFor } from '@newsgraph/ingest';
import { ArticleInputSchema, type ArticleInput } from '@newsgraph/schema';

const SEEDS = join(__dirname, '..', '..', 'seeds', 'whitehouse-demo.jsonl');

/** The demo seed articles as `pnpm start` ingests them: dated White House statements with titles and URLs. */
export function seedInputs(): ArticleInput[] {
  return readFileSync(SEEDS, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => ArticleInputSchema.parse(JSON.parse(line)));
}

/** Extracts the seed articles with the real extractor and writes them; returns what was written. */
export async function loadSeeds(store: GraphStore): Promise<ArticleToWrite[]> {
  const batch = seedInputs().map((input) => {
    const id = articleIdFor(input.text);
    const extraction = extract({ id, text: input.text, ...(input.title ? { title: input.title } : {}) });
    return { article: { ...input, id, extractorVersion: 'api-test' }, extraction };
  });
  await store.writeArticles(batch);
  return batch;
}
