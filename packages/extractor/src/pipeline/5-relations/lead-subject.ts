import type { Predicate } from '@newsgraph/schema';
import { isSupranational } from '../../knowledge/regions';
import type { Doc, LinkedMention } from '../types';
import { isEncyclopaedic } from './encyclopaedic';

/** A lead needs a body: one-sentence texts are read by the sentence patterns alone. */
const MIN_SENTENCES = 3;
const PREDICATE_FOR: Record<string, Predicate> = {
  Person: 'CITIZEN_OF',
  Location: 'LOCATED_IN',
  Organization: 'LOCATED_IN',
};

/**
 * An encyclopaedic lead (never news) opens with its subject and names the subject's country in the same first sentence:
 * "Willi Schneider (born 1963 in Mediaș) is a German skeleton racer…" gives a CITIZEN_OF Germany,
 * "Debub Gondar is a zone in the Amhara Region of Ethiopia" a LOCATED_IN Ethiopia. Only the first country counts.
 */
export function leadSubjectRelations(doc: Doc): void {
  const story = doc.sentences.filter((s) => !s.region);
  const first = story[0];
  if (!first || story.length < MIN_SENTENCES || !isEncyclopaedic(doc)) return;
  const subject: LinkedMention | undefined = doc.mentions.find((m) => m.start >= first.start);
  if (!subject || subject.kind !== 'name' || doc.norm.slice(first.start, subject.start).trim() !== '') return;
  const entity = doc.entities.get(subject.entity);
  const predicate = entity ? PREDICATE_FOR[entity.type] : undefined;
  if (!entity || !predicate || isSupranational(entity.name)) return;
  const country = doc.mentions.find(
    (m) => m.start >= subject.end && m.end <= first.end && doc.entities.get(m.entity)?.type === 'Country',
  );
  if (!country || country.entity === subject.entity) return;
  if (
    doc.relations.some((r) => r.subject === subject.entity && r.predicate === predicate && r.object === country.entity)
  )
    return;
  doc.relations.push({
    subject: subject.entity,
    predicate,
    object: country.entity,
    confidence: 0.6,
    attributes: { rule: 'lead-subject' },
    evidence: { start: first.start, end: first.end, text: doc.text.slice(first.start, first.end) },
  });
}
