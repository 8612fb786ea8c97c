import type { EntityType, MentionKind } from '@newsgraph/schema';
import { normalise } from '../1-layout/normalise';
import { splitSentences } from '../2-sentences/split-sentences';
import { findRelations } from './find-relations';
import type { Doc } from '../types';
import { sentenceSpans } from '../../../tests/spans';

/** A mention to place in a test text: its surface, entity type, and optionally kind and entity id. */
export type TestMention = [surface: string, type: EntityType, kind?: MentionKind, id?: string];

/**
 * Runs the relation stage alone on a text whose entities are given, so pattern tests do not depend on the
 * entity stage: every occurrence of each surface becomes a mention of its entity.
 */
/** `withRule` appends each relation's rule in brackets, or with `'title'` its title attribute in parentheses. */
export function relationsOf(text: string, entities: TestMention[], withRule: boolean | 'title' = false): string[] {
  const doc: Doc = splitSentences(normalise(text));
  const longestFirst = [...entities].sort((a, b) => b[0].length - a[0].length);
  for (const [surface, type, kind = 'name', given] of longestFirst) {
    const id = given ?? `${type.toLowerCase()}:${surface.toLowerCase().replace(/\W+/g, '-')}`;
    if (!doc.entities.has(id))
      doc.entities.set(id, { id, name: kind === 'name' ? surface : id, type, aliases: new Set() });
    for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + surface.length)) {
      const before = text[at - 1] ?? ' ';
      const after = text[at + surface.length] ?? ' ';
      if (/\w/.test(before) || /\w/.test(after)) continue;
      if (doc.mentions.some((m) => m.start < at + surface.length && at < m.end)) continue;
      doc.mentions.push({ start: at, end: at + surface.length, kind, entity: id });
    }
  }
  doc.mentions.sort((a, b) => a.start - b.start);
  // the country stage 3 would call dominant, so a pattern that leaned on it would show here
  const counts = new Map<string, number>();
  for (const m of doc.mentions)
    if (m.entity.startsWith('country:')) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  if (top && top[1] >= 2) doc.dominantCountry = top[0].slice('country:'.length);
  findRelations(doc, { calibrate: false });
  // evidence must be whole sentences of the test's own split, holding a mention the test placed of each end
  const sentences = sentenceSpans(text);
  for (const r of doc.relations) {
    const { start, end } = r.evidence;
    const named = (id: string): boolean =>
      doc.mentions.some((m) => m.entity === id && m.start >= start && m.end <= end);
    const whole = sentences.some((s) => s.start === start) && sentences.some((s) => s.end === end);
    if (text.slice(start, end) !== r.evidence.text || !whole || !named(r.subject) || !named(r.object))
      throw new Error(
        `bad evidence for ${r.subject} ${r.predicate} ${r.object}: [${start}, ${end}) ${JSON.stringify(r.evidence.text)}`,
      );
  }
  const name = (id: string): string => doc.entities.get(id)?.name ?? id;
  const rule = (r: (typeof doc.relations)[number]): string => {
    if (withRule === 'title') return r.attributes?.title ? ` (${r.attributes.title})` : '';
    return withRule ? ` [${r.attributes?.rule ?? '?'}]` : '';
  };
  return doc.relations.map((r) => `${name(r.subject)} ${r.predicate} ${name(r.object)}${rule(r)}`);
}
