import {
  describeError,
  graphParams,
  fetchArticle,
  fetchEntity,
  fetchGraph,
  fetchLayout,
  fetchPaths,
  fetchRelationEvidence,
  listArticles,
  runCypher,
  searchEntities,
} from './api-client';
import { showArticle } from './article-view';
import {
  renderEdgeDetails,
  renderEntityDetails,
  renderLoading,
  relationOf,
  renderPlaceholder,
  showEdgeEvidence,
  type DetailsActions,
  type EdgeEvidence,
} from './details-panel';
import { byId, el } from './dom';
import { CorrectionDialog } from './correction-dialog';
import { correctionsChanged, entityCorrections } from './correction-section';
import { rejectForm, splitForm } from './correction-forms';
import { CorrectionsPanel } from './corrections-panel';
import { undoCorrection } from './corrections-client';
import { CypherConsole } from './cypher-console';
import { ExportsPanel } from './exports-panel';
import { FiltersPanel } from './filters-panel';
import { PathFinder } from './path-finder';
import { PressPrefetch } from './press-prefetch';
import { GraphView } from './graph-view';
import { bindKeys, KEYS } from './keyboard';
import { rendererFromAddress } from './large-graph';
import type { Correction, CorrectionApplied, GraphEdge, GraphElements } from '@newsgraph/schema';
import { renderLegend } from './legend';
import { NodeMenu } from './node-menu';
import { SearchBox } from './search-box';
import { StatusView } from './status';
import { Toolbar } from './toolbar';
import { ViewController } from './view-controller';
import { rekey, type SourceLoader } from './view-elements';
import { isExpanded, subjectOf, type Action } from './view-log';
import { decodeView } from './view-url';

const details = byId('details');
const status = new StatusView(byId('error'), byId('graph-status'));
const menu = new NodeMenu(document.body);
const articleDialog = byId('article-dialog', HTMLDialogElement);
let detailsLoading: AbortController | undefined;
/** An entity's details, asked for when a node is pressed so that the click which follows finds them ready. */
const pressed = new PressPrefetch(fetchEntity);
/** Sentences an opened edge shows at first and per 'More evidence'. */
const EVIDENCE_PAGE = 10;

const detailsActions: DetailsActions = {
  recentre: (id) => void act({ a: 'open', id }),
  show: (id) => {
    if (view.cy.getElementById(id).nonempty()) controller.select(id);
    else void act({ a: 'open', id });
  },
  openArticle: (articleId, entityIds, sentence) => void openArticle(articleId, entityIds, sentence),
  correctEntity: (subject) =>
    entityCorrections(subject, {
      open: (form) => correctionDialog.open(form),
      undo: (correction) => void undo(correction),
      search: (q, type, signal) => searchEntities({ q, type, limit: 10 }, signal),
    }),
  rejectRelation: (relation, names) => correctionDialog.open(rejectForm(relation, names)),
  loadEvidence: (relation, offset, signal) =>
    fetchRelationEvidence(relation, { offset, limit: EVIDENCE_PAGE, filters: controller.state.filters }, signal),
};

const correctionDialog = new CorrectionDialog(
  byId('correction-dialog', HTMLDialogElement),
  (applied) => void afterCorrection(applied, 'made'),
);
const correctionsPanel = new CorrectionsPanel(byId('corrections'), (correction) => void undo(correction));
byId('corrections-panel').addEventListener('toggle', () => {
  if (correctionsPanel.isOpen) void correctionsPanel.refresh();
});

/** Takes a correction back; the server re-reads the articles it touched, and the view is drawn again. */
async function undo(correction: Correction): Promise<void> {
  try {
    await afterCorrection(await undoCorrection(correction.id), 'undone');
  } catch (error) {
    status.showError(error);
    void correctionsPanel.refresh();
  }
}

/**
 * The graph changed under the view: a merged-away entity cannot be drawn, so a merge opens the entity it went into;
 * anything else draws the same view again from fresh data.
 */
async function afterCorrection(applied: CorrectionApplied, what: 'made' | 'undone'): Promise<void> {
  correctionsChanged();
  status.showGraphMessage(null);
  const { correction } = applied;
  if (correction.kind === 'merge' && what === 'made' && correction.into) await act({ a: 'open', id: correction.into });
  else await controller.reload();
  // A split made from the article shows the article again, the mention now marked as the entity it went to.
  if (articleDialog.open && articleShown) {
    const { articleId, entityIds, sentence } = articleShown;
    await openArticle(articleId, [...new Set([...entityIds, ...(correction.into ? [correction.into] : [])])], sentence);
  }
  if (correctionsPanel.isOpen) await correctionsPanel.refresh();
  if (applied.failed.length > 0)
    status.showError(
      new Error(`${applied.failed.length} article(s) could not be read again: ${applied.failed[0]?.error}`),
    );
}

/** The article on screen and what it highlights, so a correction made from it can show it again corrected. */
let articleShown: { articleId: string; entityIds: string[]; sentence: string | null } | null = null;

/** The article with the entities' mentions marked, each of which can be split off; a failure is shown. */
async function openArticle(articleId: string, entityIds: string[], sentence: string | null): Promise<void> {
  try {
    const details = await fetchArticle(articleId);
    articleShown = { articleId, entityIds, sentence };
    showArticle(articleDialog, details, entityIds, sentence, ({ written, entity }) =>
      correctionDialog.open(
        splitForm(
          { ...entity, aliases: [] },
          (q, type, signal) => searchEntities({ q, type, limit: 10 }, signal),
          written,
        ),
      ),
    );
  } catch (error) {
    status.showError(error);
  }
}

/** The details of an entity come from the API (aliases, all relations, quotes); a relation's from the drawing. */
async function showDetails(id: string | null): Promise<void> {
  detailsLoading?.abort();
  if (id === null) return renderPlaceholder(details);
  const graph = controller.current;
  const edge = graph.edges.find((candidate) => candidate.data.id === id);
  const loading = new AbortController();
  detailsLoading = loading;
  if (edge) return showEdge(graph, edge, loading.signal);
  const node = graph.nodes.find((candidate) => candidate.data.id === id);
  if (!node) return renderPlaceholder(details);
  renderLoading(details, node.data.label);
  try {
    const entity = await pressed.take(id, loading.signal);
    if (!loading.signal.aborted)
      renderEntityDetails(details, entity, subjectOf(controller.state) === id, detailsActions);
  } catch (error) {
    if (!loading.signal.aborted)
      details.replaceChildren(el('p', { class: 'message message--error' }, describeError(error)));
  }
}

/** An edge's panel at once, then the first page of its evidence (neighbourhoods carry support, not sentences). */
async function showEdge(graph: GraphElements, edge: GraphEdge, signal: AbortSignal): Promise<void> {
  const section = renderEdgeDetails(details, graph, edge.data.id, detailsActions);
  if (!section) return;
  let evidence: EdgeEvidence;
  try {
    evidence = { page: await detailsActions.loadEvidence(relationOf(edge), 0, signal) };
  } catch (error) {
    evidence = { error: describeError(error) };
  }
  if (!signal.aborted) showEdgeEvidence(section, evidence, [edge.data.source, edge.data.target], detailsActions);
}

/** Each kind of source comes from its own API call; every edge is re-keyed to `subject|predicate|object`. */
const load: SourceLoader = async (source, filters, signal) => {
  if (source.kind === 'neighbourhood') return rekey(await fetchGraph(source.id, source.depth, signal, filters));
  if (source.kind === 'path') {
    const found = await fetchPaths(source.from, source.to, signal);
    return rekey({ ...found.elements, truncated: false });
  }
  return rekey((await runCypher(source.query, signal)).elements);
};

const view = new GraphView(
  byId('graph'),
  {
    onNodePress: (id) => pressed.press(id),
    onPressEnd: () => pressed.drop(),
    onNodeTap: (id) => controller.select(id),
    onNodeDoubleTap: (id) => void act({ a: 'expand', id }, id),
    onNodeMenu: (id, at) => openMenu(id, at),
    onNodeMoved: (id, at) => void act({ a: 'move', id, at }),
    onEdgeTap: (id) => controller.select(id),
    onBackgroundTap: () => controller.select(null),
  },
  rendererFromAddress(window.location.search),
  (request) => fetchLayout(request),
);

const controller = new ViewController(view, load, {
  onDrawn: (graph, state) => {
    status.clearError();
    toolbar.update(state, controller.history.canUndo, controller.history.canRedo);
    filters.update(state.filters);
    exportsPanel.update();
    view.markPath(pathEdges);
    status.showGraphMessage(graph.nodes.length === 0 ? 'Nothing in view: search for an entity.' : null);
  },
  onSelect: (id) => {
    exportsPanel.update();
    void showDetails(id);
  },
  onAddress: () => exportsPanel.update(),
  onBusy: (busy) => {
    if (busy) status.showGraphMessage('Loading…', 'loading');
    else if (controller.current.nodes.length > 0) status.showGraphMessage(null);
  },
  onError: (error) => {
    status.showError(error);
    if (controller.current.nodes.length === 0)
      status.showGraphMessage('Nothing to show: the graph could not be loaded.', 'error');
  },
});

const toolbar = new Toolbar(byId('toolbar'), {
  undo: () => void controller.undo(),
  redo: () => void controller.redo(),
  act: (action) => void act(action),
  openCypher: () => cypher.open(),
});

/** The relations of the last path found, marked while they are in view. */
let pathEdges: string[] = [];

const cypher = new CypherConsole(byId('cypher-dialog', HTMLDialogElement), {
  run: (query) => runCypher(query),
  showAsGraph: (query) => void act({ a: 'cypher', query }),
});

new PathFinder(byId('paths'), {
  search: (q, type, signal) => searchEntities({ q, type, limit: 10 }, signal),
  findPaths: (from, to) => fetchPaths(from, to),
  show: (from, to, keys) => {
    pathEdges = keys;
    void act({ a: 'path', from, to });
  },
  openArticle: (articleId, entityIds, sentence) => void openArticle(articleId, entityIds, sentence),
  selected: () => {
    const id = controller.selection;
    const node = id ? view.cy.getElementById(id) : null;
    return id && node?.nonempty() && node.isNode() ? { id, name: String(node.data('label')) } : null;
  },
});

const exportsPanel = new ExportsPanel(byId('exports'), {
  cy: view.cy,
  nodeIds: () => controller.current.nodes.map((node) => node.data.id),
  reportParams: () => {
    const state = controller.state;
    const subject = subjectOf(state);
    if (!subject) return null;
    const params = graphParams(subject, state.depth, state.filters);
    const path = [...state.sources].reverse().find((source) => source.kind === 'path');
    if (path?.kind === 'path') {
      params.set('from', path.from);
      params.set('to', path.to);
      params.set('maxLength', '6');
    }
    return params;
  },
  settleAddress: () => controller.settleAddress(),
  onError: (error) => status.showError(error),
});

const filters = new FiltersPanel(byId('filters'), (chosen) => void act({ a: 'filters', filters: chosen }));

/** The reporting dates for the date slider: the publication dates of up to 5,000 latest articles. */
async function loadDates(): Promise<void> {
  const dates: string[] = [];
  let offset: number | null = 0;
  try {
    while (offset !== null && offset < 5000) {
      const page = await listArticles(offset, 500);
      for (const article of page.items) if (article.publishedAt) dates.push(article.publishedAt);
      offset = page.nextOffset;
    }
  } catch (error) {
    status.showError(error);
  }
  filters.setDates(dates);
  filters.update(controller.state.filters);
}

function act(action: Action, anchor: string | null = null): Promise<void> {
  menu.close();
  return controller.do(action, anchor);
}

/** The node menu: expand, collapse what the expansion added, hide, pin. */
function openMenu(id: string, at: { x: number; y: number }): void {
  const node = view.cy.getElementById(id);
  if (node.empty()) return;
  controller.select(id);
  const state = controller.state;
  const pinned = state.pinned.has(id);
  const { x, y } = node.position();
  menu.open(
    String(node.data('label')),
    [
      { label: 'Expand neighbours', testId: 'menu-expand', run: () => void act({ a: 'expand', id }, id) },
      {
        label: 'Collapse what expanding added',
        testId: 'menu-collapse',
        disabled: !isExpanded(state, id),
        run: () => void act({ a: 'collapse', id }),
      },
      { label: 'Hide from view', testId: 'menu-hide', run: () => void act({ a: 'hide', ids: [id] }) },
      pinned
        ? { label: 'Unpin position', testId: 'menu-unpin', run: () => void act({ a: 'unpin', id }) }
        : {
            label: 'Pin position',
            testId: 'menu-pin',
            run: () => void act({ a: 'pin', id, at: [Math.round(x), Math.round(y)] }),
          },
      { label: 'Open as the view’s subject', testId: 'menu-open', run: () => void act({ a: 'open', id }) },
    ],
    at,
  );
}

/** With no view in the address, start on the most-mentioned entity so the first screen is not blank. */
async function openDefault(): Promise<void> {
  try {
    const [top] = await searchEntities({ q: '', limit: 1 });
    // The analyst opened something while the answer was on its way: theirs stands.
    if (controller.history.position > 0) return;
    if (top) return await act({ a: 'open', id: top.id });
    status.showGraphMessage('The graph is empty. Ingest some articles (newsgraph ingest) and reload.', 'empty');
  } catch (error) {
    status.showError(error);
    status.showGraphMessage('Nothing to show: the graph could not be loaded.', 'error');
  }
}

/** Shows the view the address holds (a link, or back and forward), or the default one. */
function fromAddress(): Promise<void> {
  const shared = decodeView(window.location.search);
  if (shared instanceof Error) {
    status.showError(shared);
    return openDefault();
  }
  return shared ? controller.restore(shared) : openDefault();
}

const search = new SearchBox(byId('search'), {
  search: (q, type, signal) => searchEntities({ q, type, limit: 15 }, signal),
  onPick: (entity) => void act({ a: 'open', id: entity.id }),
  onError: (error) => status.showError(error),
});

bindKeys({
  focusSearch: () => search.focus(),
  undo: () => void controller.undo(),
  redo: () => void controller.redo(),
  selected: () => controller.selection,
  isNode: (id) => view.cy.getElementById(id).isNode(),
  act: (action, anchor) => void act(action, anchor ?? null),
  menu: (id) => {
    const box = byId('graph').getBoundingClientRect();
    const at = view.cy.getElementById(id).renderedPosition();
    openMenu(id, { x: box.left + at.x, y: box.top + at.y });
  },
  isExpanded: (id) => isExpanded(controller.state, id),
  showKeys: () => {
    const dialog = byId('keys-dialog', HTMLDialogElement);
    const close = el('button', { type: 'button', class: 'dialog-close' }, 'Close');
    close.addEventListener('click', () => dialog.close());
    dialog.replaceChildren(
      el('header', { class: 'dialog-head' }, el('h2', {}, 'Keyboard'), close),
      el('dl', { class: 'keys' }, ...KEYS.flatMap(([key, what]) => [el('dt', {}, key), el('dd', {}, what)])),
    );
    dialog.showModal();
    close.focus();
  },
  togglePin: (id) => {
    const { x, y } = view.cy.getElementById(id).position();
    void act(
      controller.state.pinned.has(id) ? { a: 'unpin', id } : { a: 'pin', id, at: [Math.round(x), Math.round(y)] },
    );
  },
});

renderLegend(byId('legend'));
renderPlaceholder(details);
window.addEventListener('resize', () => view.resize());
window.addEventListener('popstate', () => void fromAddress());
void loadDates();
const startup = fromAddress();
/** Lets browser tests wait until the first view and every draw asked for since are done. */
(window as { __viewIdle?: () => Promise<void> }).__viewIdle = async () => {
  await startup;
  await controller.settled();
};
