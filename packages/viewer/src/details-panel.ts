import type {
  EntityDetails,
  EntityRelation,
  Evidence,
  GraphEdge,
  GraphElements,
  Predicate,
  RelationEvidence,
} from '@newsgraph/schema';
import { describeError } from './api-client';
import { TYPE_COLOURS } from './colours';
import type { Subject } from './correction-forms';
import { el } from './dom';
import { typeSymbol } from './legend';

/** A relation by its ends and predicate. */
export interface Relation {
  subject: string;
  predicate: Predicate;
  object: string;
}

export interface DetailsActions {
  /** Makes the entity the view's subject: the keyboard-reachable twin of the node menu's "open". */
  recentre(id: string): void;
  /** Selects an entity already drawn, or opens it when it is not. */
  show(id: string): void;
  /** Opens an article with the given entities' mentions and the sentence highlighted. */
  openArticle(articleId: string, entityIds: string[], sentence: string | null): void;
  /** The entity's corrections section (merge, alias, split, settle, and the corrections made). */
  correctEntity(subject: Subject): HTMLElement;
  /** Opens the correction that rejects a relation. */
  rejectRelation(relation: Relation, names: { subject: string; object: string }): void;
  /** A page of a relation's evidence from `offset`, in the view's period. */
  loadEvidence(relation: Relation, offset: number, signal?: AbortSignal): Promise<RelationEvidence>;
}

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;
const day = (iso: string | null): string => (iso ? iso.slice(0, 10) : 'unknown');

function button(label: string, testId: string, run: () => void, attributes: Record<string, string> = {}): HTMLElement {
  const made = el('button', { type: 'button', class: 'link-button', 'data-testid': testId, ...attributes }, label);
  made.addEventListener('click', run);
  return made;
}

/** Each sentence is a button: it opens its article with the mentions highlighted. */
function evidenceList(evidence: Evidence[], entityIds: string[], actions: DetailsActions): HTMLElement {
  if (evidence.length === 0) return el('p', { class: 'muted' }, 'No evidence sentences stored.');
  return el(
    'ul',
    { class: 'evidence' },
    ...evidence.map((item) => {
      const source = [item.publisher ?? item.source, item.publishedAt?.slice(0, 10), item.title]
        .filter((part): part is string => Boolean(part))
        .join(' · ');
      const open = el(
        'button',
        { type: 'button', class: 'sentence', 'data-testid': 'evidence-sentence', title: 'Open the article' },
        el('q', {}, item.text),
      );
      open.addEventListener('click', () => actions.openArticle(item.articleId, entityIds, item.text));
      return el(
        'li',
        { 'data-testid': 'evidence-item', 'data-article-id': item.articleId },
        open,
        el('span', { class: 'source' }, ` ${source || item.articleId}`),
      );
    }),
  );
}

/** Shows what the panel is for before anything is chosen. */
export function renderPlaceholder(panel: HTMLElement): void {
  panel.replaceChildren(
    el('p', { class: 'muted' }, 'Click a node to see its relations, or an edge to see its evidence.'),
  );
}

export function renderLoading(panel: HTMLElement, name: string): void {
  panel.replaceChildren(el('h3', { 'data-testid': 'details-loading' }, name), el('p', { class: 'muted' }, 'Loading…'));
}

function relationItem(
  details: EntityDetails,
  predicate: string,
  out: boolean,
  relation: EntityRelation,
  actions: DetailsActions,
): HTMLElement {
  const other = button(relation.other.name, 'details-other', () => actions.show(relation.other.id), {
    'data-entity-id': relation.other.id,
  });
  const line = out
    ? [el('span', { class: 'predicate' }, predicate), ' → ', other]
    : [other, ' → ', el('span', { class: 'predicate' }, predicate), ' → this'];
  const support =
    `${plural(relation.articleCount, 'article')}, ${plural(relation.outletCount, 'outlet')}, ` +
    `${plural(relation.sentenceCount, 'sentence')} · confidence ${relation.confidence.toFixed(2)}` +
    (relation.title ? ` · as ${relation.title}` : '') +
    ` · ${day(relation.firstSeen)} – ${day(relation.lastSeen)}`;
  return el(
    'li',
    { 'data-testid': 'details-relation', 'data-predicate': predicate },
    el('div', { class: 'relation-line' }, ...line),
    el('div', { class: 'support', 'data-testid': 'relation-support' }, support),
    evidenceList(relation.evidence, [details.entity.id, relation.other.id], actions),
  );
}

/** An entity as the API knows it: aliases, type, counts, first and last seen, relations by predicate, quotes, articles. */
export function renderEntityDetails(
  panel: HTMLElement,
  details: EntityDetails,
  isSubject: boolean,
  actions: DetailsActions,
): void {
  const { entity } = details;
  const head = el(
    'p',
    { class: 'meta' },
    el(
      'span',
      { class: 'badge', style: `background:${TYPE_COLOURS[entity.type]}` },
      typeSymbol(entity.type),
      entity.type,
    ),
    entity.kind ? ` ${entity.kind} · ` : ' ',
    `${plural(entity.mentionCount, 'mention')} in ${plural(entity.articleCount, 'article')}`,
  );
  const seen = el(
    'p',
    { class: 'meta', 'data-testid': 'details-seen' },
    `First seen ${day(entity.firstSeen)} · last seen ${day(entity.lastSeen)}`,
  );
  const aliases = entity.aliases.filter((alias) => alias !== entity.name);
  const groups = details.relations.map((group) =>
    el(
      'section',
      { class: 'relation-group', 'data-testid': 'relation-group' },
      el(
        'h4',
        {},
        `${group.direction === 'out' ? '' : '← '}${group.predicate}${group.direction === 'out' ? ' →' : ''} (${group.relations.length})`,
      ),
      el(
        'ul',
        { class: 'relations' },
        ...group.relations.map((relation) =>
          relationItem(details, group.predicate, group.direction === 'out', relation, actions),
        ),
      ),
    ),
  );
  const quotes = details.quotes.map((quote) => {
    const open = el('button', { type: 'button', class: 'sentence', 'data-testid': 'quote' }, el('q', {}, quote.text));
    open.addEventListener('click', () => actions.openArticle(quote.articleId, [entity.id], quote.text));
    return el('li', {}, open);
  });
  const articles = details.articles.map((article) =>
    el(
      'li',
      {},
      button(article.title ?? article.id, 'details-article', () => actions.openArticle(article.id, [entity.id], null)),
      el('span', { class: 'source' }, ` ${day(article.publishedAt)} · ${plural(article.mentionCount, 'mention')}`),
    ),
  );
  panel.replaceChildren(
    el('h3', { 'data-testid': 'details-name', 'data-entity-id': entity.id }, entity.name),
    head,
    seen,
    aliases.length > 0
      ? el('p', { class: 'meta', 'data-testid': 'details-aliases' }, `Also: ${aliases.join(', ')}`)
      : '',
    isSubject ? '' : button('Centre graph here', 'recentre-button', () => actions.recentre(entity.id)),
    actions.correctEntity({ id: entity.id, name: entity.name, type: entity.type, aliases }),
    el('h4', {}, details.relations.length === 0 ? 'No relations' : 'Relations'),
    el('div', { 'data-testid': 'details-relations' }, ...groups),
    details.relationsTruncated ? el('p', { class: 'muted' }, 'Only the best supported relations are listed.') : '',
    quotes.length > 0 ? el('h4', {}, `Quotes (${quotes.length})`) : '',
    quotes.length > 0 ? el('ul', { class: 'quotes', 'data-testid': 'details-quotes' }, ...quotes) : '',
    el('h4', {}, `Articles (${details.articles.length})`),
    el('ul', { class: 'articles' }, ...articles),
  );
}

/** What an opened edge shows: the first page of its evidence, or why it could not be read. */
export type EdgeEvidence = { page: RelationEvidence } | { error: string };

/** The relation an edge stands for, as `GET /api/relations/evidence` names it. */
export const relationOf = (edge: GraphEdge): Relation => ({
  subject: edge.data.source,
  predicate: edge.data.predicate,
  object: edge.data.target,
});

/** The sentences of one page, and a button that appends the next page while there is one. */
function evidencePages(first: RelationEvidence, entityIds: string[], actions: DetailsActions): HTMLElement {
  const host = el('div', { 'data-testid': 'relation-evidence' }, evidenceList(first.evidence, entityIds, actions));
  const more = (page: RelationEvidence): void => {
    if (page.nextOffset === null) return;
    const from = page.nextOffset;
    const next = button(`More evidence (${from} of ${page.evidenceCount} shown)`, 'more-evidence', () => {
      next.setAttribute('disabled', '');
      actions
        .loadEvidence({ subject: first.subject.id, predicate: first.predicate, object: first.object.id }, from)
        .then((loaded) => {
          next.replaceWith(evidenceList(loaded.evidence, entityIds, actions));
          more(loaded);
        })
        .catch((error: unknown) => {
          next.replaceWith(el('p', { class: 'message message--error' }, describeError(error)));
        });
    });
    host.append(next);
  };
  more(first);
  return host;
}

/**
 * An edge as a sentence (subject, predicate, object) and its support, at once; its evidence is read when it is opened,
 * so the returned section says it is loading until `showEdgeEvidence` fills it (null when the edge is not drawn).
 */
export function renderEdgeDetails(
  panel: HTMLElement,
  graph: GraphElements,
  edgeId: string,
  actions: DetailsActions,
): HTMLElement | null {
  const edge: GraphEdge | undefined = graph.edges.find((candidate) => candidate.data.id === edgeId);
  if (!edge) {
    renderPlaceholder(panel);
    return null;
  }
  const name = (id: string): string => graph.nodes.find((node) => node.data.id === id)?.data.label ?? id;
  const { source, target, predicate } = edge.data;
  const reject = button('Reject this relation…', 'reject-relation', () =>
    actions.rejectRelation(
      { subject: source, predicate, object: target },
      { subject: name(source), object: name(target) },
    ),
  );
  const evidence = el(
    'div',
    { 'data-testid': 'relation-evidence', 'aria-live': 'polite' },
    el('p', { class: 'muted' }, 'Loading evidence…'),
  );
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
      { class: 'meta', 'data-testid': 'relation-support' },
      `${plural(edge.data.articleCount, 'article')} · ${plural(edge.data.sentenceCount, 'sentence')} · confidence ${edge.data.confidence.toFixed(2)}`,
    ),
    el(
      'p',
      { class: 'meta', 'data-testid': 'relation-seen' },
      `First seen ${day(edge.data.firstSeen)} · last seen ${day(edge.data.lastSeen)}`,
    ),
    el('h4', {}, 'Evidence'),
    evidence,
    reject,
  );
  return evidence;
}

/** Fills an opened edge's evidence section: its outlets and first page of sentences, or why they could not be read. */
export function showEdgeEvidence(
  section: HTMLElement,
  evidence: EdgeEvidence,
  entityIds: string[],
  actions: DetailsActions,
): void {
  if ('error' in evidence) {
    section.replaceChildren(el('p', { class: 'message message--error' }, evidence.error));
    return;
  }
  const { page } = evidence;
  section.replaceChildren(
    el(
      'p',
      { class: 'meta', 'data-testid': 'relation-outlets' },
      `${plural(page.evidenceCount, 'sentence')} cited from ${plural(page.outlets.length, 'outlet')}` +
        (page.outlets.length > 0 ? ` (${page.outlets.join(', ')})` : ''),
    ),
    evidencePages(page, entityIds, actions),
  );
}
