import { ENTITY_TYPES, PREDICATES, type EntityType, type Predicate } from '@newsgraph/schema';
import { el } from './dom';
import { typeSymbol } from './legend';
import { NO_FILTERS, type Filters } from './view-log';

function checkbox(name: string, value: string, label: Node | string, testId: string): HTMLLabelElement {
  const input = el('input', { type: 'checkbox', name, value, 'data-testid': testId });
  return el('label', { class: 'check' }, input, label);
}

function checked<T extends string>(root: HTMLElement, name: string, all: readonly T[]): T[] {
  const values = [...root.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((box) => box.value);
  return all.filter((value) => values.includes(value));
}

/**
 * Entity types, predicates, least support and confidence, and a date range picked on a slider over the reporting
 * dates; each change becomes one undoable filters action.
 */
export class FiltersPanel {
  private readonly minSupport = el('input', {
    type: 'number',
    min: '1',
    max: '1000',
    step: '1',
    id: 'min-support',
    'data-testid': 'min-support',
  });
  private readonly minConfidence = el('input', {
    type: 'range',
    min: '0',
    max: '1',
    step: '0.05',
    id: 'min-confidence',
    'data-testid': 'min-confidence',
  });
  private readonly confidenceLabel = el('output', { for: 'min-confidence' });
  private readonly since = el('input', {
    type: 'range',
    min: '0',
    max: '0',
    step: '1',
    id: 'date-since',
    'data-testid': 'date-since',
    'aria-label': 'From date',
  });
  private readonly until = el('input', {
    type: 'range',
    min: '0',
    max: '0',
    step: '1',
    id: 'date-until',
    'data-testid': 'date-until',
    'aria-label': 'To date',
  });
  private readonly dateLabel = el('output', { 'data-testid': 'date-range' });
  private dates: string[] = [];

  constructor(
    private readonly root: HTMLElement,
    private readonly apply: (filters: Filters) => void,
  ) {
    const reset = el('button', { type: 'button', 'data-testid': 'filters-reset' }, 'Clear filters');
    reset.addEventListener('click', () => apply(NO_FILTERS));
    root.replaceChildren(
      el(
        'fieldset',
        { class: 'checks' },
        el('legend', {}, 'Entity types (none ticked: all)'),
        ...ENTITY_TYPES.map((type) =>
          checkbox('type', type, el('span', { class: 'check__label' }, typeSymbol(type), type), `filter-type-${type}`),
        ),
      ),
      el(
        'fieldset',
        { class: 'checks checks--predicates' },
        el('legend', {}, 'Predicates (none ticked: all)'),
        ...PREDICATES.map((predicate) => checkbox('predicate', predicate, predicate, `filter-predicate-${predicate}`)),
      ),
      el('div', { class: 'field' }, el('label', { for: 'min-support' }, 'Least supporting articles'), this.minSupport),
      el(
        'div',
        { class: 'field' },
        el('label', { for: 'min-confidence' }, 'Least confidence'),
        this.minConfidence,
        this.confidenceLabel,
      ),
      el('fieldset', { class: 'dates' }, el('legend', {}, 'Reporting dates'), this.since, this.until, this.dateLabel),
      reset,
    );
    root.addEventListener('change', () => this.apply(this.read()));
    this.minConfidence.addEventListener(
      'input',
      () => (this.confidenceLabel.value = Number(this.minConfidence.value).toFixed(2)),
    );
    for (const slider of [this.since, this.until]) slider.addEventListener('input', () => this.showDates());
  }

  /** The reporting dates the slider steps over, oldest first (whole days). */
  setDates(dates: readonly string[]): void {
    this.dates = [...new Set(dates.map((date) => date.slice(0, 10)))].sort();
    const last = String(Math.max(0, this.dates.length - 1));
    for (const slider of [this.since, this.until]) slider.max = last;
    this.since.disabled = this.until.disabled = this.dates.length < 2;
  }

  /** Shows the filters in force (after undo, redo or a link). */
  update(filters: Filters): void {
    for (const box of this.root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'))
      box.checked =
        box.name === 'type'
          ? filters.types.includes(box.value as EntityType)
          : filters.predicates.includes(box.value as Predicate);
    this.minSupport.value = String(filters.minSupport);
    this.minConfidence.value = String(filters.minConfidence);
    this.confidenceLabel.value = filters.minConfidence.toFixed(2);
    this.since.value = String(filters.since ? this.indexAtOrAfter(filters.since) : 0);
    this.until.value = String(filters.until ? this.indexAtOrBefore(filters.until) : this.dates.length - 1);
    this.showDates();
  }

  private indexAtOrAfter(date: string): number {
    const index = this.dates.findIndex((candidate) => candidate >= date);
    return index < 0 ? this.dates.length - 1 : index;
  }

  private indexAtOrBefore(date: string): number {
    let found = 0;
    this.dates.forEach((candidate, index) => {
      if (candidate <= date) found = index;
    });
    return found;
  }

  private showDates(): void {
    const [from, to] = this.range();
    this.dateLabel.value = this.dates.length === 0 ? 'no dated articles' : `${from ?? 'start'} – ${to ?? 'end'}`;
  }

  /** The chosen period; an end left at the slider's edge stays open. */
  private range(): [string | null, string | null] {
    let a = Number(this.since.value);
    let b = Number(this.until.value);
    if (a > b) [a, b] = [b, a];
    const from = a > 0 ? (this.dates[a] ?? null) : null;
    const to = b < this.dates.length - 1 ? (this.dates[b] ?? null) : null;
    return [from, to];
  }

  private read(): Filters {
    const [since, until] = this.range();
    const support = Math.trunc(Number(this.minSupport.value));
    return {
      types: checked(this.root, 'type', ENTITY_TYPES),
      predicates: checked(this.root, 'predicate', PREDICATES),
      minSupport: Number.isFinite(support) ? Math.min(100_000, Math.max(1, support)) : 1,
      minConfidence: Math.min(1, Math.max(0, Number(this.minConfidence.value) || 0)),
      since,
      until,
    };
  }
}
