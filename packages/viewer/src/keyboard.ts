import type { Action } from './view-log';

export interface KeyActions {
  focusSearch(): void;
  undo(): void;
  redo(): void;
  selected(): string | null;
  isNode(id: string): boolean;
  isExpanded(id: string): boolean;
  act(action: Action, anchor?: string): void;
  menu(id: string): void;
  togglePin(id: string): void;
  showKeys(): void;
}

/** The main actions without a mouse; keys are ignored while typing in a field. */
export const KEYS: readonly [string, string][] = [
  ['/', 'Search'],
  ['Ctrl+Z', 'Undo'],
  ['Ctrl+Shift+Z or Ctrl+Y', 'Redo'],
  ['E', 'Expand the selected entity'],
  ['C', 'Collapse what expanding it added'],
  ['H or Delete', 'Hide the selected entity'],
  ['P', 'Pin or unpin the selected entity'],
  ['M or the menu key', 'Node menu'],
  ['?', 'This list'],
  ['Escape', 'Close a menu or dialog'],
];

function typing(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement
  );
}

export function bindKeys(actions: KeyActions): void {
  document.addEventListener('keydown', (event) => {
    const mod = event.ctrlKey || event.metaKey;
    const key = event.key.toLowerCase();
    if (mod && key === 'z' && !typing(event.target)) {
      event.preventDefault();
      if (event.shiftKey) actions.redo();
      else actions.undo();
      return;
    }
    if (mod && key === 'y' && !typing(event.target)) {
      event.preventDefault();
      actions.redo();
      return;
    }
    if (mod || event.altKey || typing(event.target) || document.querySelector('dialog[open]')) return;
    if (event.key === '/' || event.key === '?') {
      event.preventDefault();
      if (event.key === '/') actions.focusSearch();
      else actions.showKeys();
      return;
    }
    const id = actions.selected();
    if (!id || !actions.isNode(id)) return;
    if (key === 'e') actions.act({ a: 'expand', id }, id);
    else if (key === 'c' && actions.isExpanded(id)) actions.act({ a: 'collapse', id });
    else if (key === 'h' || event.key === 'Delete') actions.act({ a: 'hide', ids: [id] });
    else if (key === 'm' || event.key === 'ContextMenu') actions.menu(id);
    else if (key === 'p') actions.togglePin(id);
    else return;
    event.preventDefault();
  });
}
