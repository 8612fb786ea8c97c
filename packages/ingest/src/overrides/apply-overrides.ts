import type { ExtractedEntity, ExtractionResult, Overrides } from '@newsgraph/schema';

/** Applies an analyst's corrections to one article's extraction; pure, so the same input always gives the same graph. */
export function applyOverrides(result: ExtractionResult, overrides: Overrides): ExtractionResult {
  let entities = result.entities.map((entity) => ({
    ...entity,
    aliases: [...entity.aliases],
    mentions: [...entity.mentions],
  }));
  const renamed = new Map<string, string>();

  for (const split of overrides.split) {
    const source = entities.find((e) => e.id === split.entity);
    if (!source) continue;
    const moved = source.mentions.filter((m) => split.mentions.includes(m.text));
    if (moved.length === 0) continue;
    source.mentions = source.mentions.filter((m) => !split.mentions.includes(m.text));
    source.aliases = source.aliases.filter((a) => !split.mentions.includes(a));
    // The names written as the moved mentions go with them, so the article shows them as the entity they went to.
    const written = unique(moved.filter((m) => m.kind === 'name').map((m) => m.text));
    entities = addOrExtend(entities, {
      id: split.into.id,
      name: split.into.name,
      type: split.into.type,
      aliases: written.filter((name) => name !== split.into.name),
      mentions: moved,
    });
  }

  for (const merge of overrides.merge) {
    const parts = entities.filter((e) => merge.from.includes(e.id) || e.id === merge.into.id);
    const first = parts[0];
    if (!first || parts.every((e) => e.id === merge.into.id)) continue;
    const target = parts.find((e) => e.id === merge.into.id) ?? first;
    const merged: ExtractedEntity = {
      ...target,
      id: merge.into.id,
      name: merge.into.name ?? target.name,
      type: merge.into.type ?? target.type,
      aliases: unique(
        parts.flatMap((e) => [...e.aliases, ...(e.name === (merge.into.name ?? target.name) ? [] : [e.name])]),
      ),
      mentions: parts.flatMap((e) => e.mentions).sort((a, b) => a.start - b.start),
    };
    for (const part of parts) renamed.set(part.id, merge.into.id);
    entities = [...entities.filter((e) => !parts.includes(e)), merged];
  }

  for (const alias of overrides.alias) {
    const entity = entities.find((e) => e.id === alias.entity);
    if (entity) entity.aliases = unique([...entity.aliases, ...alias.aliases]);
  }

  const rejected = new Set(overrides.rejectEntities);
  entities = entities.filter((e) => !rejected.has(e.id) && e.mentions.length > 0);
  const kept = new Set(entities.map((e) => e.id));
  const mapId = (id: string): string => renamed.get(id) ?? id;
  const isRejectedRelation = (s: string, p: string, o: string): boolean =>
    overrides.rejectRelations.some((r) => r.subject === s && r.predicate === p && r.object === o);

  const relations = result.relations
    .map((r) => ({ ...r, subject: mapId(r.subject), object: mapId(r.object) }))
    .filter(
      (r) =>
        r.subject !== r.object &&
        kept.has(r.subject) &&
        kept.has(r.object) &&
        !isRejectedRelation(r.subject, r.predicate, r.object),
    );
  const quotes = result.quotes
    .map((q) => ({
      ...q,
      speaker: mapId(q.speaker),
      ...(q.about ? { about: unique(q.about.map(mapId)).filter((id) => kept.has(id)) } : {}),
    }))
    .filter((q) => kept.has(q.speaker));
  return { ...result, entities, relations, quotes };
}

function addOrExtend(entities: ExtractedEntity[], entity: ExtractedEntity): ExtractedEntity[] {
  const existing = entities.find((e) => e.id === entity.id);
  if (!existing) return [...entities, entity];
  existing.mentions = [...existing.mentions, ...entity.mentions].sort((a, b) => a.start - b.start);
  existing.aliases = unique([...existing.aliases, ...entity.aliases.filter((alias) => alias !== existing.name)]);
  return entities;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
