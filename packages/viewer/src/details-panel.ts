import type { Evidence, GraphEdge, GraphElements, GraphNode } from '@newsgraph/schema';
import { TYPE_COLOURS } from './colours';
import { el } from './dom';

export interface DetailsActions {
  /** Re-centres the graph on a node: the keyboard-reachable twin of double-click. */
  recentre(id: string): void;
}

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

/** Article ids are long hashes; a prefix is enough to tell them apart on screen. */
const shortId = (id: string): string => (id.length > 14 ? `${id.slice(0, 12)}…` : id);

function typeBadge(node: GraphNode): HTMLElement {
  return el('span', { class: 'badge', style: `background:${TYPE_COLOURS[node.data.type]}` }, node.data.type);
}

function evidenceList(evidence: Evidence[]): HTMLElement {
  if (evidence.length === 0) return el('p', { class: 'muted' }, 'No evidence sentences stored.');
  return el(
    'ul',
    { class: 'evidence' },
    ...evidence.map((item) =>
      el(
        'li',
        { 'data-testid': 'evidence-item' },
        el('q', {}, item.text),
        el('span', { class: 'source', title: `article ${item.articleId}` }, ` · ${shortId(item.articleId)}`),
      ),
    ),
  );
}

/** Shows what the panel is for before anything is chosen. */
export function renderPlaceholder(panel: HTMLElement): void {
  panel.replaceChildren(
    el('p', { class: 'muted' }, 'Click a node to see its relations, or an edge to see its evidence.'),
  );
}

/** A node's name, type, counts and every relation drawn around it, each with its evidence sentences. */
export function renderNodeDetails(
  panel: HTMLElement,
  graph: GraphElements,
  nodeId: string,
  actions: DetailsActions,
): void {
  const byId = new Map(graph.nodes.map((node) => [node.data.id, node]));
  const node = byId.get(nodeId);
  if (!node) return renderPlaceholder(panel);
  const relations = graph.edges.filter((edge) => edge.data.source === nodeId || edge.data.target === nodeId);
  const recentre = el(
    'button',
    { type: 'button', class: 'link-button', 'data-testid': 'recentre-button' },
    'Centre graph here',
  );
  recentre.addEventListener('click', () => actions.recentre(nodeId));
  panel.replaceChildren(
    el('h3', { 'data-testid': 'details-name' }, node.data.label),
    el(
      'p',
      { class: 'meta' },
      typeBadge(node),
      ` ${plural(node.data.mentionCount, 'mention')} in ${plural(node.data.articleCount, 'article')} `,
      node.data.focus ? '' : recentre,
    ),
    el('h4', {}, relations.length === 0 ? 'No relations in view' : `Relations (${relations.length})`),
    el(
      'ul',
      { class: 'relations', 'data-testid': 'details-relations' },
      ...relations.map((edge) => {
        const outgoing = edge.data.source === nodeId;
        const other = byId.get(outgoing ? edge.data.target : edge.data.source);
        const otherName = other?.data.label ?? (outgoing ? edge.data.target : edge.data.source);
        const line = outgoing
          ? [el('span', { class: 'predicate' }, edge.data.predicate), ' → ', el('strong', {}, otherName)]
          : [el('strong', {}, otherName), ' → ', el('span', { class: 'predicate' }, edge.data.predicate), ' → this'];
        return el(
          'li',
          { 'data-testid': 'details-relation', 'data-predicate': edge.data.predicate },
          el('div', { class: 'relation-line' }, ...line),
          evidenceList(edge.data.evidence),
        );
      }),
    ),
  );
}

/** An edge as a sentence (subject, predicate, object), its confidence and its evidence. */
export function renderEdgeDetails(panel: HTMLElement, graph: GraphElements, edgeId: string): void {
  const edge: GraphEdge | undefined = graph.edges.find((candidate) => candidate.data.id === edgeId);
  if (!edge) return renderPlaceholder(panel);
  const name = (id: string): string => graph.nodes.find((node) => node.data.id === id)?.data.label ?? id;
  panel.replaceChildren(
    el(
      'h3',
      { 'data-testid': 'details-name' },
      name(edge.data.source),
      ' ',
      el('span', { class: 'predicate' }, edge.data.predicate),
      ' ',
      name(edge.data.target),
    ),
    el(
      'p',
      { class: 'meta' },
      `confidence ${edge.data.confidence.toFixed(2)} · ${plural(edge.data.sentenceCount, 'sentence')} · ${plural(edge.data.articleCount, 'article')}`,
    ),
    el('h4', {}, 'Evidence'),
    evidenceList(edge.data.evidence),
  );
}
