import type { GraphElements } from '@newsgraph/schema';
import { fetchGraph, searchEntities } from './api-client';
import { renderEdgeDetails, renderNodeDetails, renderPlaceholder } from './details-panel';
import { byId } from './dom';
import { GraphView } from './graph-view';
import { renderLegend } from './legend';
import { SearchBox } from './search-box';
import { StatusView } from './status';
import { readViewState, writeViewState, type ViewState } from './url-state';

const details = byId('details');
const depthSelect = byId('depth-select', HTMLSelectElement);
const status = new StatusView(byId('error'), byId('graph-status'));
const state: ViewState = readViewState();
let current: GraphElements = { nodes: [], edges: [], truncated: false };
let loading: AbortController | undefined;

const view = new GraphView(byId('graph'), {
  onNodeTap: (id) => {
    view.select(id);
    renderNodeDetails(details, current, id, { recentre: (target) => void open(target) });
  },
  onNodeDoubleTap: (id) => void open(id),
  onEdgeTap: (id) => {
    view.select(id);
    renderEdgeDetails(details, current, id);
  },
  onBackgroundTap: () => {
    view.select(null);
    renderPlaceholder(details);
  },
});

/** Loads and draws the neighbourhood of one entity, showing its details straight away. */
async function open(focus: string): Promise<void> {
  loading?.abort();
  const controller = new AbortController();
  loading = controller;
  state.focus = focus;
  writeViewState(state);
  status.showGraphMessage('Loading…', 'loading');
  try {
    const graph = await fetchGraph(focus, state.depth, controller.signal);
    if (controller.signal.aborted) return;
    status.clearError();
    current = graph;
    view.show(graph);
    status.showGraphMessage(null);
    view.select(focus);
    renderNodeDetails(details, current, focus, { recentre: (target) => void open(target) });
  } catch (error) {
    if (controller.signal.aborted) return;
    current = { nodes: [], edges: [], truncated: false };
    view.clear();
    renderPlaceholder(details);
    status.showError(error);
    status.showGraphMessage('Nothing to show: the graph could not be loaded.', 'error');
  }
}

/** With no `?focus=`, start on the most-mentioned entity so the first screen is not blank. */
async function openDefault(): Promise<void> {
  try {
    const [top] = await searchEntities({ q: '', limit: 1 });
    if (top) return await open(top.id);
    status.showGraphMessage('The graph is empty. Ingest some articles (newsgraph ingest) and reload.', 'empty');
  } catch (error) {
    status.showError(error);
    status.showGraphMessage('Nothing to show: the graph could not be loaded.', 'error');
  }
}

new SearchBox(byId('search'), {
  search: (q, type, signal) => searchEntities({ q, type, limit: 15 }, signal),
  onPick: (entity) => void open(entity.id),
  onError: (error) => status.showError(error),
});
renderLegend(byId('legend'));
renderPlaceholder(details);
depthSelect.value = String(state.depth);
depthSelect.addEventListener('change', () => {
  state.depth = depthSelect.value === '2' ? 2 : 1;
  writeViewState(state);
  if (state.focus) void open(state.focus);
});
window.addEventListener('resize', () => view.resize());

if (state.focus) void open(state.focus);
else void openDefault();
