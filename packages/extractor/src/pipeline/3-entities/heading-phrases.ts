import { ORG_CUES } from '../../knowledge/cues';
import type { Candidate, Doc } from '../types';

/** A bold heading on one line: "**Deepening Collaboration with our Caribbean Partners:**". */
const BOLD = /\*\*([^*\n]{3,200})\*\*/g;
const GERUND = /\b[A-Z][a-z]+ing\b/;
const ORG_HEAD = new RegExp(
  `\\b(?:${Object.keys(ORG_CUES)
    .map((w) => w.replace('.', '\\.'))
    .join('|')})\\b`,
);

/** The bold headings that read as action phrases ("Enable Capacity-Building for ...", "Provides Critical Funding for ..."). */
function actionHeadings(doc: Doc): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of doc.norm.matchAll(BOLD)) {
    const text = m[1] ?? '';
    if (text.split(/\s+/).length >= 3 && GERUND.test(text))
      out.push({ start: m.index + 2, end: m.index + 2 + text.length });
  }
  return out;
}

/**
 * Fact sheets head their paragraphs with bold action phrases, which the tagger reads as bodies ("Sustainable
 * Development", "Combatting Smuggling and Drug Trafficking"); an organisation with no head word of a body, found only
 * inside such headings, is dropped.
 */
export function dropHeadingPhrases(doc: Doc, candidates: Candidate[]): Candidate[] {
  const headings = actionHeadings(doc);
  if (headings.length === 0) return candidates;
  const inHeading = (c: Candidate): boolean => headings.some((h) => h.start <= c.start && c.end <= h.end);
  const text = (c: Candidate): string => doc.norm.slice(c.start, c.end).replace(/\s+/g, ' ');
  const elsewhere = new Set(candidates.filter((c) => c.mention === 'name' && !inHeading(c)).map(text));
  return candidates.filter(
    (c) =>
      c.mention !== 'name' ||
      c.id !== undefined ||
      c.type !== 'Organization' ||
      !inHeading(c) ||
      ORG_HEAD.test(text(c)) ||
      elsewhere.has(text(c)),
  );
}
