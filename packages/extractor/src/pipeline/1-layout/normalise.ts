import { blankEscapes, blankStruck } from '../../text/escapes';
import { foldTypography } from '../../text/fold';
import { blankTickers } from '../../text/tickers';
import { readLayout } from './read-layout';
import { blankRegions } from './blank-regions';
import { findTranscript } from './transcript';
import type { Doc, Region } from '../types';

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
 * Stage 1: reads the layout (paragraphs, headlines, datelines, sign-offs), unwraps hard-wrapped lines, blanks markdown
 * escapes, bracketed stock symbols and struck-through text and folds typographic characters one-for-one, so rules see
 * ASCII prose while offsets still index the input.
 */
export function normalise(text: string, title?: string): Doc {
  const folded = foldTypography(text);
  const transcript = findTranscript(title === undefined ? { norm: folded } : { norm: folded, title });
  const layout = readLayout(text);
  const spoken = transcript.regions;
  const soft = spoken.length === 0 ? layout.soft : layout.soft.filter((at) => !breaksBefore(text, at, spoken));
  const regions = mergeRegions(layout.regions, spoken);
  const view = blankRegions(
    blankStruck(
      blankEscapes(
        blankTickers(
          rewrite(
            text,
            rewrites(
              text,
              soft,
              layout.regions.filter((r) => regions.includes(r)),
            ),
          ),
        ),
      ),
    ),
    spoken,
  );
  const norm = foldTypography(view);
  const doc: Doc = {
    text,
    norm,
    view,
    regions,
    sentences: [],
    candidates: [],
    entities: new Map(),
    mentions: [],
    relations: [],
    quotes: [],
  };
  if (transcript.turns.length > 0) doc.turns = transcript.turns;
  if (title !== undefined) doc.title = title;
  return doc;
}

/** True when the line break at `at` opens a transcript region's line: a speaker's label is never a wrapped line. */
function breaksBefore(text: string, at: number, spoken: readonly Region[]): boolean {
  let next = at + 1;
  while (text[next] === ' ' || text[next] === '\t' || text[next] === '\r') next++;
  return spoken.some((r) => r.start === next);
}

/** Layout's regions and the transcript's in one ordered, non-overlapping list; a transcript region wins an overlap. */
function mergeRegions(layout: readonly Region[], spoken: readonly Region[]): Region[] {
  if (spoken.length === 0) return [...layout];
  const kept = layout.filter((r) => !spoken.some((s) => s.start < r.end && r.start < s.end));
  return [...kept, ...spoken].sort((a, b) => a.start - b.start);
}
