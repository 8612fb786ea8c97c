import type { EntityScope } from '@newsgraph/graph-store';
import type { Correction, CorrectionInput, CorrectionKind, CorrectionStamp, Overrides } from '@newsgraph/schema';

/** Who and when, stamped by the server on every entry a correction adds. */
export interface Stamp {
  id: string;
  by: string;
  at: string;
}

type Scopes = ReadonlyMap<string, EntityScope>;

const quoted = (text: string): string => `“${text}”`;

/** The ids a correction names, as the analyst gave them. */
export function namedIds(input: CorrectionInput): string[] {
  switch (input.kind) {
    case 'merge':
      return [...input.from, input.into.id];
    case 'alias':
      return [input.entity];
    case 'split':
      return [input.entity, input.into.id];
    case 'rejectRelation':
      return [input.subject, input.object];
  }
}

/**
 * The override entries a correction stands for. Each entity it corrects is widened to the extractor ids its mentions
 * were read as, since overrides apply to extractions, before cross-article resolution folds those ids together.
 */
export function entriesFor(input: CorrectionInput, scopes: Scopes, stamp: Stamp): Overrides {
  const sources = (id: string): string[] => scopes.get(id)?.sources ?? [id];
  const name = (id: string): string => quoted(scopes.get(id)?.name ?? id);
  const entries: Overrides = { merge: [], split: [], alias: [], rejectEntities: [], rejectRelations: [] };
  switch (input.kind) {
    case 'merge': {
      const intoName = input.into.name ?? scopes.get(input.into.id)?.name ?? undefined;
      const from = [...new Set(input.from.flatMap(sources))].filter((id) => id !== input.into.id);
      const label = `Merged ${input.from.map(name).join(', ')} into ${name(input.into.id)}`;
      entries.merge.push({
        from: from.length > 0 ? from : input.from,
        into: {
          id: input.into.id,
          ...(intoName ? { name: intoName } : {}),
          ...(input.into.type ? { type: input.into.type } : {}),
        },
        ...stamp,
        label,
      });
      break;
    }
    case 'alias': {
      const label = `Added ${input.aliases.map(quoted).join(', ')} as a name of ${name(input.entity)}`;
      for (const entity of sources(input.entity))
        entries.alias.push({ entity, aliases: input.aliases, ...stamp, label });
      break;
    }
    case 'split': {
      const label = `Split ${input.mentions.map(quoted).join(', ')} off ${name(input.entity)} into ${quoted(input.into.name)} (${input.into.type})`;
      for (const entity of sources(input.entity))
        entries.split.push({ entity, mentions: input.mentions, into: input.into, ...stamp, label });
      break;
    }
    case 'rejectRelation': {
      const label = `Rejected ${name(input.subject)} ${input.predicate} ${name(input.object)}`;
      for (const subject of sources(input.subject))
        for (const object of sources(input.object))
          entries.rejectRelations.push({ subject, predicate: input.predicate, object, ...stamp, label });
      break;
    }
  }
  return entries;
}

/** The overrides with a correction's entries added after what is there. */
export function withEntries(overrides: Overrides, entries: Overrides): Overrides {
  return {
    merge: [...overrides.merge, ...entries.merge],
    split: [...overrides.split, ...entries.split],
    alias: [...overrides.alias, ...entries.alias],
    rejectEntities: [...overrides.rejectEntities, ...entries.rejectEntities],
    rejectRelations: [...overrides.rejectRelations, ...entries.rejectRelations],
  };
}

/** The overrides without the entries of one correction (undo), and those entries. */
export function withoutCorrection(overrides: Overrides, id: string): { kept: Overrides; removed: Overrides } {
  const mine = (entry: CorrectionStamp): boolean => entry.id === id;
  return {
    kept: {
      ...overrides,
      merge: overrides.merge.filter((e) => !mine(e)),
      split: overrides.split.filter((e) => !mine(e)),
      alias: overrides.alias.filter((e) => !mine(e)),
      rejectRelations: overrides.rejectRelations.filter((e) => !mine(e)),
    },
    removed: {
      merge: overrides.merge.filter(mine),
      split: overrides.split.filter(mine),
      alias: overrides.alias.filter(mine),
      rejectEntities: [],
      rejectRelations: overrides.rejectRelations.filter(mine),
    },
  };
}

/** The corrections the overrides hold (entries made through the API, which carry an id), newest first. */
export function listCorrections(overrides: Overrides): Correction[] {
  const found = new Map<string, Correction>();
  const add = (kind: CorrectionKind, entry: CorrectionStamp, ids: string[], into: string | null = null): void => {
    if (!entry.id) return;
    const known = found.get(entry.id);
    if (known) {
      known.entities = [...new Set([...known.entities, ...ids])];
      return;
    }
    found.set(entry.id, {
      id: entry.id,
      kind,
      by: entry.by ?? null,
      at: entry.at ?? null,
      label: entry.label ?? kind,
      entities: [...new Set(ids)],
      into,
    });
  };
  for (const e of overrides.merge) add('merge', e, [...e.from, e.into.id], e.into.id);
  for (const e of overrides.alias) add('alias', e, [e.entity]);
  for (const e of overrides.split) add('split', e, [e.entity, e.into.id], e.into.id);
  for (const e of overrides.rejectRelations) add('rejectRelation', e, [e.subject, e.object]);
  return [...found.values()].sort((a, b) => (b.at ?? '').localeCompare(a.at ?? '') || a.id.localeCompare(b.id));
}

/** Every entity id a set of entries names: the articles mentioning them are the ones to re-extract. */
export function entitiesOf(entries: Overrides): string[] {
  return [
    ...new Set([
      ...entries.merge.flatMap((e) => [...e.from, e.into.id]),
      ...entries.alias.map((e) => e.entity),
      ...entries.split.flatMap((e) => [e.entity, e.into.id]),
      ...entries.rejectRelations.flatMap((e) => [e.subject, e.object]),
    ]),
  ];
}
