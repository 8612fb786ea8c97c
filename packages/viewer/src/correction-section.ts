import type { AmbiguousName, Correction, EntitySummary, EntityType } from '@newsgraph/schema';
import { describeError } from './api-client';
import type { CorrectionForm } from './correction-dialog';
import { aliasForm, mergeForm, settleForm, splitForm, type Subject } from './correction-forms';
import { credentials, listAmbiguous, listCorrections } from './corrections-client';
import { el } from './dom';

export interface CorrectionActions {
  /** Opens the correction dialog with this form. */
  open(form: CorrectionForm): void;
  undo(correction: Correction): void;
  search(q: string, type: EntityType | undefined, signal: AbortSignal): Promise<EntitySummary[]>;
}

/** When a correction was made, to the minute, in the reader's time zone. */
export function when(iso: string | null): string {
  if (!iso) return 'at an unknown time';
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? iso : at.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** Corrections as a list: what each did, who made it and when, and a button that undoes it. */
export function correctionList(items: Correction[], undo: (correction: Correction) => void): HTMLElement {
  if (items.length === 0) return el('p', { class: 'muted', 'data-testid': 'corrections-empty' }, 'No corrections.');
  return el(
    'ul',
    { class: 'corrections' },
    ...items.map((item) => {
      const button = el('button', { type: 'button', class: 'link-button', 'data-testid': 'correction-undo' }, 'Undo');
      button.addEventListener('click', () => {
        button.disabled = true;
        undo(item);
      });
      return el(
        'li',
        { 'data-testid': 'correction', 'data-correction-id': item.id, 'data-kind': item.kind },
        el('span', { class: 'correction__what' }, item.label),
        el(
          'span',
          { class: 'source', 'data-testid': 'correction-who' },
          ` by ${item.by ?? 'someone'}, ${when(item.at)} `,
        ),
        button,
      );
    }),
  );
}

let ambiguous: { at: number; items: Promise<AmbiguousName[]> } | undefined;

/** The ambiguous names, asked at most once a minute: the list only changes when articles arrive. */
function ambiguousNames(): Promise<AmbiguousName[]> {
  if (!ambiguous || Date.now() - ambiguous.at > 60_000) ambiguous = { at: Date.now(), items: listAmbiguous() };
  return ambiguous.items;
}

/** Forgets cached answers after the graph changed. */
export function correctionsChanged(): void {
  ambiguous = undefined;
}

/** The entity's corrections section: merge, alias, split, settle an ambiguous name, and what was corrected already. */
export function entityCorrections(subject: Subject, actions: CorrectionActions): HTMLElement {
  const button = (label: string, testId: string, form: () => CorrectionForm): HTMLElement => {
    const made = el('button', { type: 'button', 'data-testid': testId }, label);
    made.addEventListener('click', () => actions.open(form()));
    return made;
  };
  const settle = el('div', { 'data-testid': 'ambiguous' });
  const history = el('div', { 'data-testid': 'entity-corrections' });
  if (subject.type === 'Person') void fillAmbiguous(settle, subject, actions);
  void fillHistory(history, subject.id, actions);
  return el(
    'section',
    { class: 'correct', 'data-testid': 'correct' },
    el('h4', {}, 'Correct'),
    el(
      'div',
      { class: 'correct__actions' },
      button('Merge into…', 'correct-merge', () =>
        mergeForm(subject, (q, type, signal) => actions.search(q, type, signal)),
      ),
      button('Add alias…', 'correct-alias', () => aliasForm(subject)),
      button('Split mentions off…', 'correct-split', () =>
        splitForm(subject, (q, type, signal) => actions.search(q, type, signal)),
      ),
    ),
    settle,
    history,
  );
}

async function fillAmbiguous(root: HTMLElement, subject: Subject, actions: CorrectionActions): Promise<void> {
  try {
    const found = (await ambiguousNames()).find((item) => item.entity.id === subject.id);
    if (!found) return;
    root.replaceChildren(
      el('p', { class: 'meta' }, `“${found.entity.name}” is kept apart: several people bear it. It is…`),
      el(
        'ul',
        { class: 'candidates' },
        ...found.candidates.map((candidate) => {
          const pick = el(
            'button',
            { type: 'button', class: 'link-button', 'data-testid': 'settle-candidate', 'data-entity-id': candidate.id },
            candidate.name,
          );
          pick.addEventListener('click', () => actions.open(settleForm(found, candidate)));
          const titles = candidate.titles.length > 0 ? `${candidate.titles.join(', ')} · ` : '';
          return el('li', {}, pick, el('span', { class: 'source' }, ` ${titles}${candidate.mentionCount} mentions`));
        }),
      ),
    );
  } catch (error) {
    root.replaceChildren(el('p', { class: 'message message--error' }, describeError(error)));
  }
}

async function fillHistory(root: HTMLElement, id: string, actions: CorrectionActions): Promise<void> {
  if (!credentials.token()) {
    root.replaceChildren(
      el(
        'p',
        { class: 'muted' },
        'Who corrected this entity shows once you make a correction (it asks for the token).',
      ),
    );
    return;
  }
  try {
    const items = await listCorrections(id);
    root.replaceChildren(
      el('h4', {}, `Corrections (${items.length})`),
      correctionList(items, (correction) => actions.undo(correction)),
    );
  } catch (error) {
    root.replaceChildren(el('p', { class: 'message message--error' }, describeError(error)));
  }
}
