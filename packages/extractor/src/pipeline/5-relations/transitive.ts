import type { ExtractedRelation } from '@newsgraph/schema';
import type { Doc } from '../types';

const DECAY = 0.9;
/** Two sentences are joined only when close: a hop whose evidence would span more than this many characters is dropped. */
const MAX_SPAN = 600;

/** "Wuzhen in Zhejiang, Zhejiang in China" gives "Wuzhen in China": LOCATED_IN closed over one more hop (to a country, or within one sentence). */
export function closeLocations(doc: Doc): void {
  const located = doc.relations.filter((r) => r.predicate === 'LOCATED_IN');
  const bySubject = new Map<string, ExtractedRelation[]>();
  for (const r of located) bySubject.set(r.subject, [...(bySubject.get(r.subject) ?? []), r]);
  const has = (s: string, o: string): boolean =>
    doc.relations.some((r) => r.predicate === 'LOCATED_IN' && r.subject === s && r.object === o);
  for (const first of located) {
    for (const second of bySubject.get(first.object) ?? []) {
      if (second.object === first.subject || has(first.subject, second.object)) continue;
      // climb to a country, or along a chain written out in one sentence ("Westmere, Guilderland, Albany County")
      const sameSentence = first.evidence.start === second.evidence.start && first.evidence.end === second.evidence.end;
      if (!sameSentence && doc.entities.get(second.object)?.type !== 'Country') continue;
      // over two sentences, the evidence is both of them: neither alone says it
      const start = Math.min(first.evidence.start, second.evidence.start);
      const end = Math.max(first.evidence.end, second.evidence.end);
      if (end - start > MAX_SPAN) continue;
      doc.relations.push({
        ...first,
        object: second.object,
        confidence: +(Math.min(first.confidence, second.confidence) * DECAY).toFixed(2),
        attributes: { ...first.attributes, rule: sameSentence ? 'transitive' : 'transitive-two-sentences' },
        evidence: { start, end, text: doc.text.slice(start, end) },
      });
    }
  }
}
