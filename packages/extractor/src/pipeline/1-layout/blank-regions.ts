import type { Region } from '../types';

/**
 * Blanks layout regions in a same-length copy of a text: a region that opens a line becomes a line break plus spaces,
 * so what follows reads as a new paragraph to any splitter; any other region becomes spaces.
 */
export function blankRegions(text: string, regions: readonly Region[] | undefined): string {
  if (!regions || regions.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (const r of regions) {
    if (r.start < at) continue;
    parts.push(text.slice(at, r.start));
    const opensLine = r.start === 0 || /\n[ \t]*$/.test(text.slice(Math.max(0, r.start - 40), r.start));
    parts.push(opensLine ? `\n${' '.repeat(r.end - r.start - 1)}` : ' '.repeat(r.end - r.start));
    at = r.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** True when a span lies inside a speaker label: such a mention names the speaker but is no antecedent in the story. */
export function insideLabel(regions: readonly Region[] | undefined, span: { start: number; end: number }): boolean {
  return (regions ?? []).some((r) => r.kind === 'speaker-label' && r.start <= span.start && span.end <= r.end);
}
