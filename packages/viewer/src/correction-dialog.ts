import type { CorrectionApplied, CorrectionInput } from '@newsgraph/schema';
import { ApiError, describeError } from './api-client';
import { credentials, makeCorrection } from './corrections-client';
import { el } from './dom';

/** What one kind of correction asks: its own fields, and how to make the correction from them (or what is missing). */
export interface CorrectionForm {
  title: string;
  /** One sentence on what will happen, shown above the fields. */
  explain: string;
  fields: HTMLElement[];
  build(by: string): CorrectionInput | string;
}

let fieldCount = 0;

/** A labelled text input; `id`s are unique so several forms can share the page. */
export function textField(label: string, testId: string, value = '', type = 'text'): [HTMLElement, HTMLInputElement] {
  fieldCount += 1;
  const id = `correction-field-${fieldCount}`;
  const input = el('input', { id, type, autocomplete: 'off', 'data-testid': testId });
  input.value = value;
  return [el('div', { class: 'field' }, el('label', { for: id, class: 'field-label' }, label), input), input];
}

/**
 * The one dialog every correction goes through: the form's fields, the analyst's name (asked once, kept in this
 * browser) and the API token (asked once a session), then the correction is made and applied before it closes.
 */
export class CorrectionDialog {
  constructor(
    private readonly dialog: HTMLDialogElement,
    private readonly onApplied: (applied: CorrectionApplied) => void,
  ) {}

  open(form: CorrectionForm): void {
    const [nameField, name] = textField('Your name (shown with the correction)', 'correction-name', credentials.name());
    const [tokenField, token] = textField('API token', 'correction-token', credentials.token(), 'password');
    const message = el('p', { class: 'message', 'data-testid': 'correction-message', role: 'status' });
    const apply = el('button', { type: 'button', class: 'primary', 'data-testid': 'correction-apply' }, 'Apply');
    const cancel = el('button', { type: 'button', 'data-testid': 'correction-cancel' }, 'Cancel');
    cancel.addEventListener('click', () => this.dialog.close());
    apply.addEventListener('click', () => void this.submit(form, name, token, message, apply));
    this.dialog.replaceChildren(
      el(
        'header',
        { class: 'dialog-head' },
        el('h2', { id: 'correction-title', 'data-testid': 'correction-title' }, form.title),
      ),
      el('p', { class: 'muted' }, form.explain),
      ...form.fields,
      el('div', { class: 'credentials' }, nameField, tokenField),
      message,
      el('div', { class: 'dialog-actions' }, apply, cancel),
    );
    if (!this.dialog.open) this.dialog.showModal();
    const first = form.fields[0]?.querySelector<HTMLElement>('input, select');
    (first ?? (name.value ? apply : name)).focus();
  }

  private async submit(
    form: CorrectionForm,
    name: HTMLInputElement,
    token: HTMLInputElement,
    message: HTMLElement,
    apply: HTMLButtonElement,
  ): Promise<void> {
    const say = (text: string, error = true): void => {
      message.textContent = text;
      message.classList.toggle('message--error', error);
    };
    if (!name.value.trim()) return say('Say who you are: corrections show who made them.');
    if (!token.value.trim()) return say('The API token is needed to change the graph.');
    const input = form.build(name.value.trim());
    if (typeof input === 'string') return say(input);
    credentials.save(name.value, token.value);
    apply.disabled = true;
    say('Applying: the articles it touches are read again…', false);
    try {
      const applied = await makeCorrection(input);
      this.dialog.close();
      this.onApplied(applied);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'UNAUTHORIZED') {
        credentials.forgetToken();
        token.value = '';
      }
      say(describeError(error));
    } finally {
      apply.disabled = false;
    }
  }
}
