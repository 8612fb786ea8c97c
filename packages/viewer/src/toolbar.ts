import { el } from './dom';
import { LAYOUTS, SIZE_BY, type Action, type ViewState } from './view-log';

export interface ToolbarActions {
  undo(): void;
  redo(): void;
  act(action: Action): void;
  openCypher(): void;
}

function select<T extends string>(
  id: string,
  label: string,
  values: readonly T[],
  names: Record<T, string>,
): HTMLSelectElement {
  return el(
    'select',
    { id, 'data-testid': id, 'aria-label': label },
    ...values.map((value) => el('option', { value }, names[value])),
  );
}

/** Undo and redo, unhide, and how the view is drawn: layout, node size, neighbourhood depth. */
export class Toolbar {
  private readonly undoButton = el('button', { type: 'button', 'data-testid': 'undo', title: 'Undo (Ctrl+Z)' }, 'Undo');
  private readonly redoButton = el(
    'button',
    { type: 'button', 'data-testid': 'redo', title: 'Redo (Ctrl+Shift+Z)' },
    'Redo',
  );
  private readonly showButton = el('button', { type: 'button', 'data-testid': 'show-hidden' }, 'Show hidden');
  private readonly layout = select('layout-select', 'Layout', LAYOUTS, {
    fcose: 'Force-directed (fcose)',
    concentric: 'Concentric',
    breadthfirst: 'Tree (breadth-first)',
    grid: 'Grid',
  });
  private readonly sizeBy = select('size-select', 'Node size', SIZE_BY, {
    mentions: 'Size: mentions',
    degree: 'Size: degree',
  });
  private readonly depth = select('depth-select', 'Depth', ['1', '2'] as const, { '1': '1 hop', '2': '2 hops' });

  constructor(root: HTMLElement, actions: ToolbarActions) {
    const cypher = el('button', { type: 'button', 'data-testid': 'open-cypher' }, 'Cypher console');
    root.replaceChildren(
      el('div', { class: 'toolbar__row' }, this.undoButton, this.redoButton, this.showButton, cypher),
      el(
        'div',
        { class: 'toolbar__row' },
        el('label', { for: 'layout-select', class: 'visually-hidden' }, 'Layout'),
        this.layout,
        el('label', { for: 'size-select', class: 'visually-hidden' }, 'Node size'),
        this.sizeBy,
        el('label', { for: 'depth-select', class: 'visually-hidden' }, 'Depth'),
        this.depth,
      ),
    );
    this.undoButton.addEventListener('click', () => actions.undo());
    this.redoButton.addEventListener('click', () => actions.redo());
    this.showButton.addEventListener('click', () => actions.act({ a: 'show' }));
    cypher.addEventListener('click', () => actions.openCypher());
    this.layout.addEventListener('change', () => {
      const name = LAYOUTS.find((value) => value === this.layout.value);
      if (name) actions.act({ a: 'layout', name });
    });
    this.sizeBy.addEventListener('change', () => {
      const by = SIZE_BY.find((value) => value === this.sizeBy.value);
      if (by) actions.act({ a: 'size', by });
    });
    this.depth.addEventListener('change', () => actions.act({ a: 'depth', depth: this.depth.value === '2' ? 2 : 1 }));
  }

  update(state: ViewState, canUndo: boolean, canRedo: boolean): void {
    this.undoButton.disabled = !canUndo;
    this.redoButton.disabled = !canRedo;
    this.showButton.disabled = state.hidden.size === 0;
    this.showButton.textContent = state.hidden.size === 0 ? 'Show hidden' : `Show hidden (${state.hidden.size})`;
    this.layout.value = state.layout;
    this.sizeBy.value = state.sizeBy;
    this.depth.value = String(state.depth);
  }
}
