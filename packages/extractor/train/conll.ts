import { readFileSync } from 'node:fs';
import { bilouFromIob } from '../src/ner/labels';

/** One CoNLL document: token texts and BILOU labels per sentence. */
export interface LabelledDocument {
  sentences: string[][];
  labels: number[][];
}

/** Reads a CoNLL-2003 file using only the token and NER columns, since POS and chunk tags are unavailable at run time. */
export function readConll(path: string): LabelledDocument[] {
  const docs: LabelledDocument[] = [];
  let doc: LabelledDocument | undefined;
  let words: string[] = [];
  let tags: string[] = [];
  const flush = (): void => {
    if (words.length > 0 && doc) {
      doc.sentences.push(words);
      doc.labels.push(bilouFromIob(tags));
    }
    words = [];
    tags = [];
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('-DOCSTART-')) {
      flush();
      doc = { sentences: [], labels: [] };
      docs.push(doc);
      continue;
    }
    if (!line.trim()) {
      flush();
      continue;
    }
    const parts = line.split(' ');
    words.push(parts[0]!);
    tags.push(parts[parts.length - 1]!);
  }
  flush();
  return docs.filter((d) => d.sentences.length > 0);
}
