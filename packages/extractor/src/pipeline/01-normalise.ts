import { readLayout } from './layout';
import type { Doc, Region } from './types';

const FOLD: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"',
  '\u00a0': ' ', '\u2009': ' ', '\u202f': ' ', '\u2007': ' ', '\u200a': ' ',
  '\u2013': '-', '\u2014': '-', '\u2011': '-', '\u2010': '-',
};
const FOLD_RE = /[\u2018\u2019\u201a\u201b\u2032\u201c\u201d\u201e\u201f\u2033\u00a0\u2009\u202f\u2007\u200a\u2013\u2014\u2011\u2010]/g;

/** The offsets to rewrite: soft line breaks become spaces, a space at a region's edge becomes a line break. */
function rewrites(text: string, soft: number[], regions: Region[]): [number, string][] {
  const out: [number, string][] = soft.map((at) => [at, ' ']);
  for (const r of regions) {
    for (const at of [r.start - 1, r.end]) if (text[at] === ' ' || text[at] === '\t') out.push([at, '\n']);
  }
  return out.sort((a, b) => a[0] - b[0]);
}

/** Applies one-character rewrites in one pass, so the result keeps the input's length. */
function rewrite(text: string, edits: [number, string][]): string {
  if (edits.length === 0) return text;
  const parts: string[] = [];
  let from = 0;
  for (const [at, ch] of edits) {
    if (at < from) continue;
    parts.push(text.slice(from, at), ch);
    from = at + 1;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

/**
 * Stage 1: reads the layout (paragraphs, headlines, datelines, sign-offs), unwraps hard-wrapped lines and folds
 * typographic characters one-for-one, so rules see ASCII prose while offsets still index the input.
 */
export function normalise(text: string, title?: string): Doc {
  const { soft, regions } = readLayout(text);
  const view = rewrite(text, rewrites(text, soft, regions));
  const norm = view.replace(FOLD_RE, (c) => FOLD[c] ?? c);
  const doc: Doc = { text, norm, view, regions, sentences: [], candidates: [], entities: new Map(), mentions: [], relations: [], quotes: [] };
  if (title !== undefined) doc.title = title;
  return doc;
}
