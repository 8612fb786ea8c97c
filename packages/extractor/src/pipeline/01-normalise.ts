import { markTranscript } from './layout/transcript';
import type { Doc } from './types';

const FOLD: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"',
  '\u00a0': ' ', '\u2009': ' ', '\u202f': ' ', '\u2007': ' ', '\u200a': ' ',
  '\u2013': '-', '\u2014': '-', '\u2011': '-', '\u2010': '-',
};
const FOLD_RE = /[\u2018\u2019\u201a\u201b\u2032\u201c\u201d\u201e\u201f\u2033\u00a0\u2009\u202f\u2007\u200a\u2013\u2014\u2011\u2010]/g;

/** Stage 1: folds typographic characters one-for-one so rules see ASCII while offsets still index the input. */
export function normalise(text: string, title?: string): Doc {
  const norm = text.replace(FOLD_RE, (c) => FOLD[c] ?? c);
  const doc: Doc = { text, norm, sentences: [], candidates: [], entities: new Map(), mentions: [], relations: [], quotes: [] };
  if (title !== undefined) doc.title = title;
  return markTranscript(doc);
}
