import { ORG_CUES } from '../../knowledge/cues';
import type { Candidate, Doc } from '../types';

/** Emphasis that heads a paragraph or a section: bold, underlined (as HTML) or, for a whole line, italic. */
const HEADINGS = [
  /\*\*([^*\n]{3,200})\*\*/g,
  /<u>([^<\n]{3,200})<\/u>/g,
  /<span style="text-decoration: underline">([^<\n]{3,200})<\/span>/g,
  /^[ \t]*\*([^*\n]{3,200})\*[ \t]*$/gm,
];
const GERUND = /\b(?:[A-Z][a-z]+ing|[A-Z]{2,}ING)\b/;
// what may stand beside a heading on its line: list marks, emphasis marks, a number, a colon, a full stop
const LINE_REST = /^[\s\-*>#.:\d]*$/;
// the number of a part of an agreement or an order, which heads the part's name ("Article 3.2: Facilitation of …")
const PART_LABEL = /^(?:Article|Section|Part|Chapter|Annex|Title)\s+[\w.]+[:.]?\s+/;
const ORG_HEAD = new RegExp(
  `\\b(?:${Object.keys(ORG_CUES)
    .map((w) => w.replace('.', '\\.'))
    .join('|')})\\b`,
);

interface Heading {
  start: number;
  end: number;
  /** The heading reads as an action ("Enable Capacity-Building for …", "ENDING THE WEAPONIZATION OF …"). */
  action: boolean;
  /** Where the heading's own words start (after a part's number), when the heading is a line of its own. */
  line?: number;
}

/** The emphasised headings of the document: action phrases anywhere, and every heading that is a line of its own. */
function headings(doc: Doc): Heading[] {
  const out: Heading[] = [];
  for (const re of HEADINGS) {
    for (const m of doc.norm.matchAll(re)) {
      const text = m[1] ?? '';
      const start = m.index + m[0].indexOf(text);
      const lineStart = doc.norm.lastIndexOf('\n', start) + 1;
      const lineEnd = doc.norm.indexOf('\n', start + text.length);
      const rest =
        doc.norm.slice(lineStart, start) + doc.norm.slice(start + text.length, lineEnd < 0 ? undefined : lineEnd);
      const h: Heading = {
        start,
        end: start + text.length,
        action: text.split(/\s+/).length >= 3 && GERUND.test(text),
      };
      if (LINE_REST.test(rest.replace(/<[^>]*>/g, ''))) h.line = start + (PART_LABEL.exec(text)?.[0].length ?? 0);
      out.push(h);
    }
  }
  return out;
}

/**
 * Fact sheets and orders head their paragraphs with emphasised phrases, which the tagger reads as bodies
 * ("Sustainable Development", "Facilitation of Digital Trade"); a body or programme with no head word of a body,
 * found only inside an action heading or opening a heading line of its own, is dropped.
 */
export function dropHeadingPhrases(doc: Doc, candidates: Candidate[]): Candidate[] {
  const found = headings(doc);
  if (found.length === 0) return candidates;
  const text = (c: Candidate): string => doc.norm.slice(c.start, c.end).replace(/\s+/g, ' ');
  const heads = (c: Candidate): Heading | undefined => found.find((h) => h.start <= c.start && c.end <= h.end);
  const isHeading = (c: Candidate): boolean => {
    const h = heads(c);
    if (!h) return false;
    if (c.type === 'Organization' && h.action) return true;
    return h.line === c.start && text(c).includes(' ');
  };
  const elsewhere = new Set(candidates.filter((c) => c.mention === 'name' && !heads(c)).map(text));
  return candidates.filter(
    (c) =>
      c.mention !== 'name' ||
      c.id !== undefined ||
      (c.type !== 'Organization' && c.type !== 'Policy') ||
      !isHeading(c) ||
      ORG_HEAD.test(text(c)) ||
      elsewhere.has(text(c)),
  );
}
