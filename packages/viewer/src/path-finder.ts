import type { EntitySummary, EntityType, PathEdge, PathList } from '@newsgraph/schema';
import { describeError } from './api-client';
import { el } from './dom';
import { SearchBox } from './search-box';
import { edgeKey } from './view-elements';

export interface PathFinderActions {
  search(q: string, type: EntityType | undefined, signal: AbortSignal): Promise<EntitySummary[]>;
  findPaths(from: string, to: string): Promise<PathList>;
  /** Adds the paths to the view and marks these relations (stable keys). */
  show(from: string, to: string, edgeKeys: string[]): void;
  openArticle(articleId: string, entityIds: string[], sentence: string): void;
  /** The entity selected in the graph, to start from. */
  selected(): { id: string; name: string } | null;
}

/** Two entities chosen by search, up to three shortest paths between them, each hop with its evidence. */
export class PathFinder {
  private from: { id: string; name: string } | null = null;
  private to: { id: string; name: string } | null = null;
  private readonly fromBox: SearchBox;
  private readonly result = el('div', { 'data-testid': 'path-result', 'aria-live': 'polite' });

  constructor(
    root: HTMLElement,
    private readonly actions: PathFinderActions,
  ) {
    const fromRoot = el('div', { class: 'search' });
    const toRoot = el('div', { class: 'search' });
    const onError = (error: unknown): void =>
      this.result.replaceChildren(el('p', { class: 'message message--error' }, describeError(error)));
    this.fromBox = new SearchBox(fromRoot, {
      search: (q, type, signal) => actions.search(q, type, signal),
      onError,
      prefix: 'path-from',
      label: 'From',
      onPick: (e) => (this.from = e),
    });
    new SearchBox(toRoot, {
      search: (q, type, signal) => actions.search(q, type, signal),
      onError,
      prefix: 'path-to',
      label: 'To',
      onPick: (e) => (this.to = e),
    });
    const fromSelection = el(
      'button',
      { type: 'button', class: 'link-button', 'data-testid': 'path-from-selection' },
      'Start from the selected entity',
    );
    fromSelection.addEventListener('click', () => {
      const chosen = actions.selected();
      if (!chosen) return;
      this.from = chosen;
      this.fromBox.setValue(chosen.name);
    });
    const find = el('button', { type: 'button', 'data-testid': 'path-find' }, 'Find paths');
    find.addEventListener('click', () => void this.find());
    root.replaceChildren(fromRoot, fromSelection, toRoot, find, this.result);
  }

  private async find(): Promise<void> {
    const { from, to } = this;
    if (!from || !to)
      return this.result.replaceChildren(el('p', { class: 'muted' }, 'Choose both ends from the suggestions.'));
    this.result.replaceChildren(el('p', { class: 'muted' }, 'Searching…'));
    try {
      const found = await this.actions.findPaths(from.id, to.id);
      this.render(found, from.id, to.id);
    } catch (error) {
      this.result.replaceChildren(el('p', { class: 'message message--error' }, describeError(error)));
    }
  }

  private render(found: PathList, from: string, to: string): void {
    if (found.paths.length === 0)
      return this.result.replaceChildren(
        el('p', { class: 'muted', 'data-testid': 'path-none' }, 'No path of up to 6 relations.'),
      );
    const names = new Map(found.elements.nodes.map((node) => [node.data.id, node.data.label]));
    const keys: string[] = [];
    const paths = found.paths.map((path, index) => {
      const hops = path.nodes.slice(1).map((node, i) => {
        const previous = path.nodes[i] ?? '';
        const edge = found.elements.edges.find(
          (e: PathEdge) =>
            (e.data.source === previous && e.data.target === node) ||
            (e.data.source === node && e.data.target === previous),
        );
        if (!edge) return el('li', {}, `${names.get(previous) ?? previous} – ${names.get(node) ?? node}`);
        keys.push(edgeKey(edge));
        const evidence = edge.data.evidence[0];
        const sentence = el(
          'button',
          { type: 'button', class: 'sentence', 'data-testid': 'path-evidence' },
          el('q', {}, evidence?.text ?? ''),
        );
        if (evidence)
          sentence.addEventListener('click', () =>
            this.actions.openArticle(evidence.articleId, [edge.data.source, edge.data.target], evidence.text),
          );
        return el(
          'li',
          { 'data-testid': 'path-hop' },
          el('strong', {}, names.get(edge.data.source) ?? edge.data.source),
          ' ',
          el('span', { class: 'predicate' }, edge.data.predicate),
          ' ',
          el('strong', {}, names.get(edge.data.target) ?? edge.data.target),
          evidence ? sentence : '',
        );
      });
      return el(
        'li',
        { 'data-testid': 'path' },
        el('div', {}, `Path ${index + 1}: ${path.length} relations`),
        el('ol', { class: 'hops' }, ...hops),
      );
    });
    this.result.replaceChildren(el('ol', { class: 'paths' }, ...paths));
    this.actions.show(from, to, keys);
  }
}
