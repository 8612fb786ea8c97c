import type { EntityRef, MentionSpan } from '@newsgraph/schema';

// The typographic variants a stored (normalised) name may stand for in the original text.
const VARIANTS: Record<string, string> = {
  "'": "['\u2018\u2019\u201A\u201B\u2032\u02BC]",
  '"': '["\u201C\u201D\u201E\u201F\u2033]',
  '-': '[-\u2010-\u2015\u2212]',
};

/** A pattern for a written name that also matches it wrapped over lines or with curly quotes and dashes. */
function namePattern(name: string): string {
  return name
    .trim()
    .replace(/\s+|['"-]|[.*+?^${}()|[\]\\/]/g, (ch) => (/^\s/.test(ch) ? '\\s+' : (VARIANTS[ch] ?? `\\${ch}`)));
}

/** An entity and the names its mentions in one article were written with. */
export interface NamedEntity {
  entity: EntityRef;
  names: string[];
}

/**
 * Where the entities' names stand in the text, as whole words, longest first where two overlap; each span
 * indexes `text` exactly (`text.slice(start, end)`), found in the text itself rather than trusted from elsewhere.
 */
export function mentionSpans(text: string, entities: NamedEntity[]): MentionSpan[] {
  const found: MentionSpan[] = [];
  for (const { entity, names } of entities) {
    for (const name of new Set(names)) {
      if (name.trim().length < 2) continue;
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${namePattern(name)}(?![\\p{L}\\p{N}])`, 'gu');
      for (const match of text.matchAll(pattern)) {
        found.push({ start: match.index, end: match.index + match[0].length, text: match[0], entity });
      }
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end || a.entity.id.localeCompare(b.entity.id));
  const spans: MentionSpan[] = [];
  for (const span of found) {
    const last = spans.at(-1);
    if (!last || span.start >= last.end) spans.push(span);
  }
  return spans;
}
