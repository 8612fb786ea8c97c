import type { Correction } from '@newsgraph/schema';
import { ApiError, describeError } from './api-client';
import { textField } from './correction-dialog';
import { correctionList } from './correction-section';
import { credentials, listCorrections } from './corrections-client';
import { el } from './dom';

/** The sidebar's list of every correction (who, when, undo), and where the analyst gives name and token. */
export class CorrectionsPanel {
  private readonly list = el('div', { 'data-testid': 'corrections-list', 'aria-live': 'polite' });
  private readonly fields: { name: HTMLInputElement; token: HTMLInputElement };

  constructor(
    private readonly root: HTMLElement,
    private readonly undo: (correction: Correction) => void,
  ) {
    const [nameField, name] = textField('Your name', 'corrections-name', credentials.name());
    const [tokenField, token] = textField('API token', 'corrections-token', credentials.token(), 'password');
    this.fields = { name, token };
    const save = el('button', { type: 'button', 'data-testid': 'corrections-save' }, 'Use');
    save.addEventListener('click', () => {
      credentials.save(name.value, token.value);
      void this.refresh();
    });
    const refresh = el('button', { type: 'button', 'data-testid': 'corrections-refresh' }, 'Refresh');
    refresh.addEventListener('click', () => void this.refresh());
    root.replaceChildren(
      el(
        'p',
        { class: 'muted' },
        'Merges, aliases, splits and rejected relations, made from the details of an entity or a relation.',
      ),
      el('div', { class: 'credentials' }, nameField, tokenField),
      el('div', { class: 'controls' }, save, refresh),
      this.list,
    );
  }

  /** Reads the corrections again (after one was made or undone, or when the panel opens). */
  async refresh(): Promise<void> {
    // A correction made from the details may have given the name and token since the panel was drawn.
    this.fields.name.value ||= credentials.name();
    this.fields.token.value ||= credentials.token();
    if (!credentials.token()) {
      this.list.replaceChildren(el('p', { class: 'muted' }, 'Give the API token to see the corrections.'));
      return;
    }
    try {
      this.list.replaceChildren(correctionList(await listCorrections(), this.undo));
    } catch (error) {
      if (error instanceof ApiError && error.code === 'UNAUTHORIZED') credentials.forgetToken();
      this.list.replaceChildren(el('p', { class: 'message message--error' }, describeError(error)));
    }
  }

  get isOpen(): boolean {
    return this.root.closest('details')?.open ?? false;
  }
}
