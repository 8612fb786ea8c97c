import { el } from './dom';

/** One entry of the node menu. */
export interface MenuItem {
  label: string;
  testId: string;
  run(): void;
  disabled?: boolean;
}

/** A small menu beside a node (right-click, or the menu key on a selected node); arrows move, Escape closes. */
export class NodeMenu {
  private readonly root: HTMLElement;
  private returnFocus: HTMLElement | null = null;

  constructor(host: HTMLElement) {
    this.root = el('div', { class: 'node-menu', role: 'menu', 'data-testid': 'node-menu', hidden: '' });
    host.append(this.root);
    this.root.addEventListener('keydown', (event) => this.onKey(event));
    document.addEventListener('pointerdown', (event) => {
      if (!this.root.hidden && !this.root.contains(event.target as Node)) this.close();
    });
  }

  open(title: string, items: MenuItem[], at: { x: number; y: number }): void {
    this.returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const buttons = items.map((item) => {
      const button = el('button', { type: 'button', role: 'menuitem', 'data-testid': item.testId }, item.label);
      button.disabled = item.disabled === true;
      button.addEventListener('click', () => {
        this.close();
        item.run();
      });
      return button;
    });
    this.root.replaceChildren(el('div', { class: 'node-menu__title' }, title), ...buttons);
    this.root.style.left = `${Math.round(at.x)}px`;
    this.root.style.top = `${Math.round(at.y)}px`;
    this.root.hidden = false;
    buttons.find((button) => !button.disabled)?.focus();
  }

  close(): void {
    if (this.root.hidden) return;
    this.root.hidden = true;
    this.returnFocus?.focus();
  }

  private onKey(event: KeyboardEvent): void {
    const buttons = [...this.root.querySelectorAll('button')].filter((button) => !button.disabled);
    const index = buttons.findIndex((button) => button === document.activeElement);
    if (event.key === 'Escape') this.close();
    else if (event.key === 'ArrowDown') buttons[(index + 1) % buttons.length]?.focus();
    else if (event.key === 'ArrowUp') buttons[(index - 1 + buttons.length) % buttons.length]?.focus();
    else return;
    event.preventDefault();
  }
}
