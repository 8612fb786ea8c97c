// CoNLL04 sentences for the news-relations benchmark: the extractor's training reader plus the scored gold keys.
import { readConll04, type Conll04Sentence, type Detokenize } from '@newsgraph/extractor/training';

export type { GoldEntity, GoldRelation } from '@newsgraph/extractor/training';

/** One sentence with its scored gold relations by key (`WF|head|tail` or `LOC|head|tail`). */
export interface Sentence extends Conll04Sentence {
  gold: Map<string, string>;
}

// The scored gold relation types and the key each is matched under (see news-re-dev.ts).
export const SCORED: Readonly<Record<string, string>> = { Work_For: 'WF', OrgBased_In: 'LOC', Located_In: 'LOC' };

/** Every sentence of a CoNLL04-format file, with its scored gold relations. */
export function loadConll04(path: string, detokenize: Detokenize): Sentence[] {
  return readConll04(path, detokenize).map((sentence) => {
    const gold = new Map<string, string>();
    for (const r of sentence.relations) {
      const key = SCORED[r.type];
      if (key) gold.set(`${key}|${r.head}|${r.tail}`, r.type);
    }
    return { ...sentence, gold };
  });
}
