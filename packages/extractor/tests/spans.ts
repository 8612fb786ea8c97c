/**
 * Positions a test finds in the input by itself, never through the extractor, so a span the extractor
 * places wrongly (and then slices consistently) still fails.
 */

const WORD = /[\p{L}\p{N}]/u;

/** Every start of `needle` in `text` that is not inside a longer word. */
export function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + needle.length] ?? ' ';
    if (!WORD.test(before) && !WORD.test(after)) found.push(at);
  }
  return found;
}

/** True when [start, end) begins and ends on a word edge of `text`: no letter cut in half, no outer space. */
export function onWordEdges(text: string, start: number, end: number): boolean {
  if (start < 0 || end > text.length || end <= start) return false;
  const first = text[start] ?? '';
  const last = text[end - 1] ?? '';
  if (/\s/.test(first) || /\s/.test(last)) return false;
  const cutBefore = WORD.test(first) && WORD.test(text[start - 1] ?? ' ');
  const cutAfter = WORD.test(last) && WORD.test(text[end] ?? ' ');
  return !cutBefore && !cutAfter;
}

/**
 * The test's own sentence split of a news text: paragraphs are lines, and a paragraph breaks after . ! ? or …
 * (with any closing quote) when a capital or an opening quote follows.
 */
export function sentenceSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const paragraph = /[^\n]+/g;
  for (let p = paragraph.exec(text); p; p = paragraph.exec(text)) {
    const breaks = /[.!?…]["”’»]?(?=\s+["“«]?\p{Lu})/gu;
    let start = p.index;
    for (let b = breaks.exec(p[0]); b; b = breaks.exec(p[0])) {
      const end = p.index + b.index + b[0].length;
      spans.push(trimmed(text, start, end));
      start = end;
    }
    spans.push(trimmed(text, start, p.index + p[0].length));
  }
  return spans.filter((s) => s.end > s.start);
}

function trimmed(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

/** Every span inside «…» or “…” quotation marks of the text, without the marks. */
export function quotedSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const quote = /«([^»]*)»|“([^”]*)”/g;
  for (let q = quote.exec(text); q; q = quote.exec(text))
    spans.push({ start: q.index + 1, end: q.index + q[0].length - 1 });
  return spans;
}
