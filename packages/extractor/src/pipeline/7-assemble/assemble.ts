import type { ExtractedEntity, ExtractionResult } from '@newsgraph/schema';
import { nestedToKeep } from '../4-coreference/nested-places';
import { collapseSpaces } from '../../text/name-text';
import type { Doc } from '../types';

// a name wrapped over a line break reads as one line ("Office of Personnel\n    Management"); a markdown link's
// brackets ("Department of [Health and Human Services](…)") and a dash that broke off the sentence after it are no part of it
const oneLine = (name: string): string =>
  collapseSpaces(name)
    .replace(/[[\]]/g, '')
    .replace(/(?:\s*[-\u2010-\u2015])+$/u, '')
    .trim();
// a name that stops on a word that must go on ("Department of —", the rest of the sentence cut off) names nothing
const CUT_OFF = /(?:^|\s)(?:of|for|and|the|on|to|in)$/i;

/** Stage 7: turns the working document into the contract's record, dropping entities left without mentions. */
export function assemble(id: string, doc: Doc): ExtractionResult {
  const byEntity = new Map<string, ExtractedEntity['mentions']>();
  // nested mentions come after an entity's own, which aligners that take the first overlap read first
  for (const m of [...doc.mentions, ...nestedToKeep(doc)]) {
    const list = byEntity.get(m.entity) ?? [];
    list.push({ start: m.start, end: m.end, text: doc.text.slice(m.start, m.end), kind: m.kind });
    byEntity.set(m.entity, list);
  }
  const entities: ExtractedEntity[] = [];
  for (const e of doc.entities.values()) {
    const mentions = byEntity.get(e.id);
    if (!mentions || mentions.length === 0) continue;
    const name = oneLine(e.name);
    if (name === '' || CUT_OFF.test(name)) continue;
    const aliases = [...new Set([...e.aliases].map(oneLine))].filter((a) => a !== name && a !== '' && !CUT_OFF.test(a));
    const entity: ExtractedEntity = { id: e.id, name, type: e.type, aliases, mentions };
    if (e.kind) entity.kind = e.kind;
    entities.push(entity);
  }
  const kept = new Set(entities.map((e) => e.id));
  const relations = doc.relations.filter((r) => kept.has(r.subject) && kept.has(r.object));
  const quotes = doc.quotes
    .filter((q) => kept.has(q.speaker))
    .map((q) => (q.about ? { ...q, about: q.about.filter((a) => kept.has(a)) } : q));
  return { id, entities, relations, quotes };
}
