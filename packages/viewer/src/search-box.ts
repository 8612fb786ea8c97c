import { ENTITY_TYPES, type EntitySummary, type EntityType } from '@newsgraph/schema';
import { debounce } from './debounce';
import { el } from './dom';
import { typeSymbol } from './legend';

export interface SearchBoxOptions {
  search(q: string, type: EntityType | undefined, signal: AbortSignal): Promise<EntitySummary[]>;
  onPick(entity: EntitySummary): void;
  onError(error: unknown): void;
  /** Prefix of the element ids and test ids, so several boxes can share a page ("search" by default). */
  prefix?: string;
  label?: string;
}

/** A debounced combobox: results appear as you type; arrows move, Enter or click picks. */
export class SearchBox {
  private readonly input: HTMLInputElement;
  private readonly typeSelect: HTMLSelectElement;
  private readonly list: HTMLUListElement;
  private items: EntitySummary[] = [];
  private active = -1;
  private pending: AbortController | undefined;
  private readonly prefix: string;

  constructor(
    root: HTMLElement,
    private readonly options: SearchBoxOptions,
  ) {
    const prefix = options.prefix ?? 'search';
    this.prefix = prefix;
    this.input = el('input', {
      id: `${prefix}-input`,
      type: 'search',
      placeholder: 'Search people, organisations, places…',
      autocomplete: 'off',
      role: 'combobox',
      'aria-expanded': 'false',
      'aria-controls': `${prefix}-results`,
      'aria-autocomplete': 'list',
      'data-testid': `${prefix}-input`,
    });
    const typeId = prefix === 'search' ? 'type-filter' : `${prefix}-type`;
    this.typeSelect = el(
      'select',
      { id: typeId, 'data-testid': typeId },
      el('option', { value: '' }, 'All types'),
      ...ENTITY_TYPES.map((type) => el('option', { value: type }, type)),
    );
    this.list = el('ul', {
      id: `${prefix}-results`,
      class: 'results',
      role: 'listbox',
      'aria-label': 'Matching entities',
      'data-testid': `${prefix}-results`,
    });
    root.replaceChildren(
      el('label', { for: `${prefix}-input`, class: 'field-label' }, options.label ?? 'Find an entity'),
      el('div', { class: 'search__field' }, this.input, this.list),
      prefix === 'search'
        ? el('div', { class: 'controls' }, el('label', { for: typeId }, 'Type'), this.typeSelect)
        : '',
    );
    const run = debounce(() => void this.runSearch(), 200);
    this.input.addEventListener('input', () => {
      // The rows on show answer an earlier text until the search for this one comes back.
      delete this.list.dataset['query'];
      run();
    });
    this.typeSelect.addEventListener('change', () => void this.runSearch());
    this.input.addEventListener('keydown', (event) => this.onKey(event));
    this.input.addEventListener('blur', () => this.render([]));
  }

  /** Shows an entity as chosen without searching (the path finder's start, taken from the selection). */
  setValue(text: string): void {
    this.input.value = text;
  }

  /** Puts the cursor in the search field (the `/` key). */
  focus(): void {
    this.input.focus();
    this.input.select();
  }

  private get type(): EntityType | undefined {
    const value = this.typeSelect.value;
    return ENTITY_TYPES.find((type) => type === value);
  }

  private async runSearch(): Promise<void> {
    const q = this.input.value.trim();
    this.pending?.abort();
    if (q === '') return this.render([]);
    const controller = new AbortController();
    this.pending = controller;
    try {
      const items = await this.options.search(q, this.type, controller.signal);
      if (!controller.signal.aborted) this.render(items, q);
    } catch (error) {
      if (!controller.signal.aborted) this.options.onError(error);
    }
  }

  private render(items: EntitySummary[], q = ''): void {
    this.items = items;
    this.active = items.length > 0 ? 0 : -1;
    const rows = items.map((item, index) => {
      const row = el(
        'li',
        {
          id: `${this.prefix}-result-${index}`,
          role: 'option',
          class: 'result',
          'data-testid': `${this.prefix}-result`,
          'data-entity-id': item.id,
        },
        typeSymbol(item.type),
        el('span', { class: 'result__name' }, item.name),
        el('span', { class: 'result__meta' }, `${item.type} · ${item.mentionCount}`),
      );
      row.addEventListener('mousedown', (event) => event.preventDefault());
      row.addEventListener('click', () => this.pick(index));
      return row;
    });
    if (items.length === 0 && q !== '')
      rows.push(
        el('li', { class: 'result result--empty', 'data-testid': `${this.prefix}-empty` }, `No entity matches “${q}”.`),
      );
    this.list.replaceChildren(...rows);
    // Says which query the rows answer, so a reader (or a test) can tell them from the rows of a partly typed one.
    this.list.dataset['query'] = q;
    this.input.setAttribute('aria-expanded', String(items.length > 0));
    this.highlight();
  }

  private highlight(): void {
    this.list
      .querySelectorAll('[role="option"]')
      .forEach((row, index) => row.setAttribute('aria-selected', String(index === this.active)));
    if (this.active >= 0) this.input.setAttribute('aria-activedescendant', `${this.prefix}-result-${this.active}`);
    else this.input.removeAttribute('aria-activedescendant');
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (this.items.length === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      this.active = (this.active + step + this.items.length) % this.items.length;
      this.highlight();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (this.active >= 0) this.pick(this.active);
      else void this.runSearch().then(() => this.pick(0));
    } else if (event.key === 'Escape') {
      this.render([]);
    }
  }

  private pick(index: number): void {
    const item = this.items[index];
    if (!item) return;
    this.input.value = item.name;
    this.render([]);
    this.options.onPick(item);
  }
}
