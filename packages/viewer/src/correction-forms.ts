import {
  ENTITY_TYPES,
  type AmbiguousName,
  type EntitySummary,
  type EntityType,
  type Predicate,
} from '@newsgraph/schema';
import { describeError } from './api-client';
import { textField, type CorrectionForm } from './correction-dialog';
import { el } from './dom';
import { SearchBox } from './search-box';

/** The entity being corrected, as the details panel shows it. */
export interface Subject {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
}

type Search = (q: string, type: EntityType | undefined, signal: AbortSignal) => Promise<EntitySummary[]>;

/** Merge this entity into another, picked by search: its mentions, names and relations move there. */
export function mergeForm(subject: Subject, search: Search): CorrectionForm {
  let target: EntitySummary | null = null;
  const root = el('div', { class: 'search' });
  const error = el('p', { class: 'message message--error', hidden: '' });
  new SearchBox(root, {
    search,
    prefix: 'merge-into',
    label: 'Merge into',
    onPick: (picked) => (target = picked),
    onError: (thrown) => {
      error.hidden = false;
      error.textContent = describeError(thrown);
    },
  });
  return {
    title: `Merge “${subject.name}” into another entity`,
    explain: 'Both are one: every mention, name and relation of this entity moves to the one you pick.',
    fields: [root, error],
    build: (by) => {
      if (!target) return 'Pick the entity to merge into from the suggestions.';
      if (target.id === subject.id) return 'Pick another entity: one cannot be merged into itself.';
      return { kind: 'merge', by, from: [subject.id], into: { id: target.id } };
    },
  };
}

/** Another name the entity goes by, so search finds it under that name too. */
export function aliasForm(subject: Subject): CorrectionForm {
  const [field, input] = textField('Alias', 'alias-input');
  return {
    title: `Add an alias of “${subject.name}”`,
    explain: 'Search finds the entity under this name too, and every article read from now on keeps it.',
    fields: [field],
    build: (by) => {
      const alias = input.value.trim();
      if (!alias) return 'Write the alias.';
      return { kind: 'alias', by, entity: subject.id, aliases: [alias] };
    },
  };
}

const PREFIXES: Record<EntityType, string> = {
  Person: 'person',
  Organization: 'org',
  Country: 'country',
  Location: 'loc',
  Policy: 'policy',
  Event: 'event',
};

/** The id the extractor's scheme gives a name of this type (type prefix and a slug), for an entity split off. */
export function newEntityId(type: EntityType, name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${PREFIXES[type]}:${slug || 'entity'}`;
}

/**
 * Mentions written one way belong to another entity: they move to it, a new one (named and typed here) or one that
 * exists (picked by search). `written` is a mention the analyst picked in an article, offered first.
 */
export function splitForm(subject: Subject, search: Search, written?: string): CorrectionForm {
  const names = [...new Set([...(written ? [written] : []), subject.name, ...subject.aliases])];
  const select = el('select', { id: 'split-mention', 'data-testid': 'split-mention' });
  select.append(...names.map((name) => el('option', { value: name }, name)));
  const [nameField, nameInput] = textField('Name of the entity they belong to', 'split-name', names[0] ?? '');
  const type = el('select', { id: 'split-type', 'data-testid': 'split-type' });
  type.append(...ENTITY_TYPES.map((t) => el('option', { value: t }, t)));
  type.value = subject.type;
  let existing: EntitySummary | null = null;
  const pickRoot = el('div', { class: 'search' });
  const error = el('p', { class: 'message message--error', hidden: '' });
  new SearchBox(pickRoot, {
    search,
    prefix: 'split-into',
    label: 'Or pick the entity they belong to',
    onPick: (picked) => {
      existing = picked;
      nameInput.value = picked.name;
      type.value = picked.type;
    },
    onError: (thrown) => {
      error.hidden = false;
      error.textContent = describeError(thrown);
    },
  });
  select.addEventListener('change', () => (nameInput.value = select.value));
  return {
    title: `Split mentions off “${subject.name}”`,
    explain: 'Mentions written this way are another entity: they move to it in every article.',
    fields: [
      el(
        'div',
        { class: 'field' },
        el('label', { for: 'split-mention', class: 'field-label' }, 'Mentions written'),
        select,
      ),
      nameField,
      el('div', { class: 'field' }, el('label', { for: 'split-type', class: 'field-label' }, 'Type'), type),
      pickRoot,
      error,
    ],
    build: (by) => {
      const name = nameInput.value.trim();
      const chosenType = ENTITY_TYPES.find((t) => t === type.value) ?? subject.type;
      if (!name) return 'Name the entity these mentions belong to.';
      // The picked entity, unless its name or type was changed after picking it.
      const picked = existing && existing.name === name && existing.type === chosenType ? existing : null;
      const id = picked?.id ?? newEntityId(chosenType, name);
      if (id === subject.id) return 'Give the mentions another entity (another name or type).';
      return { kind: 'split', by, entity: subject.id, mentions: [select.value], into: { id, name, type: chosenType } };
    },
  };
}

/** The relation is wrong: no article supports it any more, in this graph or any later ingest. */
export function rejectForm(
  relation: { subject: string; predicate: Predicate; object: string },
  names: { subject: string; object: string },
): CorrectionForm {
  return {
    title: 'Reject this relation',
    explain: `“${names.subject}” ${relation.predicate} “${names.object}” is wrong: it is taken out of the graph and kept out at every ingest.`,
    fields: [],
    build: (by) => ({ kind: 'rejectRelation', by, ...relation }),
  };
}

/** A short name several people bear, settled: in these articles it is this candidate. */
export function settleForm(ambiguous: AmbiguousName, candidate: AmbiguousName['candidates'][number]): CorrectionForm {
  return {
    title: `Settle “${ambiguous.entity.name}”`,
    explain: `“${ambiguous.entity.name}” is ${candidate.name}: its mentions and relations move there.`,
    fields: [],
    build: (by) => ({ kind: 'merge', by, from: [ambiguous.entity.id], into: { id: candidate.id } }),
  };
}
