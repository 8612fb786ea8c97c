import { ENTITY_TYPES, type EntitySummary, type EntityType } from '@newsgraph/schema';
import { debounce } from './debounce';
import { el } from './dom';
import { typeSymbol } from './legend';

export interface SearchBoxOptions {
  search(q: string, type: EntityType | undefined, signal: AbortSignal): Promise<EntitySummary[]>;
  onPick(entity: EntitySummary): void;
  onError(error: unknown): void;
}

/** A debounced combobox: results appear as you type; arrows move, Enter or click picks. */
export class SearchBox {
  private readonly input: HTMLInputElement;
  private readonly typeSelect: HTMLSelectElement;
  private readonly list: HTMLUListElement;
  private items: EntitySummary[] = [];
  private active = -1;
  private pending: AbortController | undefined;

  constructor(
    root: HTMLElement,
    private readonly options: SearchBoxOptions,
  ) {
    this.input = el('input', {
      id: 'search-input',
      type: 'search',
      placeholder: 'Search people, organisations, places…',
      autocomplete: 'off',
      role: 'combobox',
      'aria-expanded': 'false',
      'aria-controls': 'search-results',
      'aria-autocomplete': 'list',
      'data-testid': 'search-input',
    });
    this.typeSelect = el(
      'select',
      { id: 'type-filter', 'data-testid': 'type-filter' },
      el('option', { value: '' }, 'All types'),
      ...ENTITY_TYPES.map((type) => el('option', { value: type }, type)),
    );
    this.list = el('ul', {
      id: 'search-results',
      class: 'results',
      role: 'listbox',
      'aria-label': 'Matching entities',
      'data-testid': 'search-results',
    });
    root.replaceChildren(
      el('label', { for: 'search-input', class: 'field-label' }, 'Find an entity'),
      el('div', { class: 'search__field' }, this.input, this.list),
      el('div', { class: 'controls' }, el('label', { for: 'type-filter' }, 'Type'), this.typeSelect),
    );
    const run = debounce(() => void this.runSearch(), 200);
    this.input.addEventListener('input', run);
    this.typeSelect.addEventListener('change', () => void this.runSearch());
    this.input.addEventListener('keydown', (event) => this.onKey(event));
    this.input.addEventListener('blur', () => this.render([]));
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
          id: `search-result-${index}`,
          role: 'option',
          class: 'result',
          'data-testid': 'search-result',
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
        el('li', { class: 'result result--empty', 'data-testid': 'search-empty' }, `No entity matches “${q}”.`),
      );
    this.list.replaceChildren(...rows);
    this.input.setAttribute('aria-expanded', String(items.length > 0));
    this.highlight();
  }

  private highlight(): void {
    this.list
      .querySelectorAll('[role="option"]')
      .forEach((row, index) => row.setAttribute('aria-selected', String(index === this.active)));
    if (this.active >= 0) this.input.setAttribute('aria-activedescendant', `search-result-${this.active}`);
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
