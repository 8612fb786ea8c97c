/** What the address bar remembers, so a view can be bookmarked or shared. */
export interface ViewState {
  focus: string | null;
  depth: 1 | 2;
}

/** Reads `?focus=<id>&depth=1|2`. */
export function readViewState(location: Location = window.location): ViewState {
  const params = new URLSearchParams(location.search);
  return { focus: params.get('focus') || null, depth: params.get('depth') === '2' ? 2 : 1 };
}

/** Records the current view in the address bar without reloading the page. */
export function writeViewState(state: ViewState): void {
  const params = new URLSearchParams(window.location.search);
  if (state.focus) params.set('focus', state.focus);
  else params.delete('focus');
  if (state.depth === 2) params.set('depth', '2');
  else params.delete('depth');
  const query = params.toString();
  window.history.replaceState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}`);
}
