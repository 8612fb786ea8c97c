import type { ExtractedRelation } from '@newsgraph/schema';
import type { Doc } from '../types';

const DECAY = 0.9;

/** "Wuzhen in Zhejiang, Zhejiang in China" gives "Wuzhen in China": LOCATED_IN closed over one more hop. */
export function closeLocations(doc: Doc): void {
  const located = doc.relations.filter((r) => r.predicate === 'LOCATED_IN');
  const bySubject = new Map<string, ExtractedRelation[]>();
  for (const r of located) bySubject.set(r.subject, [...(bySubject.get(r.subject) ?? []), r]);
  const has = (s: string, o: string): boolean => doc.relations.some((r) => r.predicate === 'LOCATED_IN' && r.subject === s && r.object === o);
  for (const first of located) {
    for (const second of bySubject.get(first.object) ?? []) {
      if (second.object === first.subject || has(first.subject, second.object)) continue;
      // only climb to a country: city-in-province-in-country is safe, region-in-region chains drift
      if (doc.entities.get(second.object)?.type !== 'Country') continue;
      doc.relations.push({ ...first, object: second.object, confidence: +(Math.min(first.confidence, second.confidence) * DECAY).toFixed(2) });
    }
  }
}
