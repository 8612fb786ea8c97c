// The sentence that holds a span, found by punctuation and paragraph breaks, for showing an entity in context.

const MAX_SIDE = 280;

/** The text around [start, end) up to the nearest sentence end or paragraph break on either side, whitespace folded. */
export function sentenceAround(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - MAX_SIDE), start);
  const cut = Math.max(
    before.lastIndexOf('\n\n'),
    ...[...before.matchAll(/[.!?]["')\u201d]?\s/g)].map((m) => m.index + m[0].length - 1),
  );
  const from = cut >= 0 ? start - before.length + cut + 1 : Math.max(0, start - MAX_SIDE);
  const after = text.slice(end, end + MAX_SIDE);
  const stop = /[.!?]["')\u201d]?(?=\s|$)|\n\n/.exec(after);
  const to = stop ? end + stop.index + (stop[0].startsWith('\n') ? 0 : stop[0].length) : end + after.length;
  return text.slice(from, to).replace(/\s+/g, ' ').trim();
}
