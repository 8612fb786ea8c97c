import type { CypherResult } from '@newsgraph/schema';
import { describeError } from './api-client';
import { el } from './dom';

export interface CypherActions {
  run(query: string): Promise<CypherResult>;
  /** Replaces the view with the entities and relations the query returned. */
  showAsGraph(query: string): void;
}

/** A cell as text: strings as they are, everything else as JSON; never markup. */
const cell = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));

/** A read-only Cypher console in a dialog: results as a table, or drawn as the view. */
export class CypherConsole {
  private readonly query = el('textarea', {
    rows: '5',
    'data-testid': 'cypher-query',
    'aria-label': 'Cypher query (read-only)',
    spellcheck: 'false',
  });
  private readonly output = el('div', {
    class: 'cypher-output',
    'data-testid': 'cypher-output',
    'aria-live': 'polite',
  });

  constructor(
    private readonly dialog: HTMLDialogElement,
    private readonly actions: CypherActions,
  ) {
    this.query.value =
      'MATCH (p:Person)-[r:HOLDS_POSITION]->(o)\nRETURN p.name AS person, o.name AS post, r.articleCount AS articles\nLIMIT 25';
    const run = el('button', { type: 'button', 'data-testid': 'cypher-run' }, 'Run as table');
    run.addEventListener('click', () => void this.run());
    const graph = el('button', { type: 'button', 'data-testid': 'cypher-graph' }, 'Show as graph');
    graph.addEventListener('click', () => {
      this.dialog.close();
      this.actions.showAsGraph(this.query.value);
    });
    const close = el('button', { type: 'button', class: 'dialog-close' }, 'Close');
    close.addEventListener('click', () => this.dialog.close());
    this.query.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void this.run();
    });
    dialog.replaceChildren(
      el('header', { class: 'dialog-head' }, el('h2', {}, 'Cypher console (read-only)'), close),
      this.query,
      el('div', { class: 'toolbar__row' }, run, graph, el('span', { class: 'muted' }, 'Ctrl+Enter runs')),
      this.output,
    );
  }

  open(): void {
    if (!this.dialog.open) this.dialog.showModal();
    this.query.focus();
  }

  private async run(): Promise<void> {
    this.output.replaceChildren(el('p', { class: 'muted' }, 'Running…'));
    try {
      const result = await this.actions.run(this.query.value);
      const head = el('tr', {}, ...result.columns.map((column) => el('th', { scope: 'col' }, column)));
      const rows = result.rows.map((row) =>
        el('tr', { 'data-testid': 'cypher-row' }, ...row.map((value) => el('td', {}, cell(value)))),
      );
      this.output.replaceChildren(
        el(
          'p',
          { class: 'muted' },
          `${result.rows.length} rows${result.truncated ? ` (cut at ${result.rowCap})` : ''}`,
        ),
        el('table', { class: 'cypher-table' }, el('thead', {}, head), el('tbody', {}, ...rows)),
      );
    } catch (error) {
      this.output.replaceChildren(
        el('p', { class: 'message message--error', 'data-testid': 'cypher-error' }, describeError(error)),
      );
    }
  }
}
