import type { MentionSpan } from '@newsgraph/schema';

/** A run of article text and what it belongs to: a mention of a highlighted entity, the evidence sentence, both or neither. */
export interface TextPiece {
  text: string;
  /** The highlighted entity this piece names, and which of its mentions (counting from 0 in text order). */
  mention: { entityId: string; index: number } | null;
  inSentence: boolean;
}

/**
 * Cuts the text at every highlighted mention's ends and the sentence's ends, so each piece is plain, marked or both;
 * overlapping mentions keep the first. Pieces joined give back the text exactly.
 */
export function pieces(
  text: string,
  mentions: MentionSpan[],
  entityIds: readonly string[],
  sentence: string | null,
): TextPiece[] {
  const wanted = mentions
    .filter((m) => entityIds.includes(m.entity.id) && m.end <= text.length && text.slice(m.start, m.end) === m.text)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: MentionSpan[] = [];
  for (const mention of wanted) if ((kept.at(-1)?.end ?? -1) <= mention.start) kept.push(mention);
  const start = sentence ? text.indexOf(sentence) : -1;
  const sentenceSpan = start >= 0 && sentence ? { start, end: start + sentence.length } : null;
  const cuts = new Set<number>([0, text.length]);
  for (const m of kept) cuts.add(m.start).add(m.end);
  if (sentenceSpan) cuts.add(sentenceSpan.start).add(sentenceSpan.end);
  const points = [...cuts].sort((a, b) => a - b);
  const counter = new Map<MentionSpan, number>();
  let seen = 0;
  for (const m of kept) counter.set(m, seen++);
  const out: TextPiece[] = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const from = points[i] ?? 0;
    const to = points[i + 1] ?? from;
    if (to <= from) continue;
    const mention = kept.find((m) => m.start <= from && to <= m.end);
    out.push({
      text: text.slice(from, to),
      mention: mention ? { entityId: mention.entity.id, index: counter.get(mention) ?? 0 } : null,
      inSentence: sentenceSpan !== null && sentenceSpan.start <= from && to <= sentenceSpan.end,
    });
  }
  return out;
}
