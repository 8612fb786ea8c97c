import { LEGEND_TYPES, TYPE_COLOURS } from './colours';
import { el } from './dom';

/** Fills the legend list with one swatch per entity type, plus how size and edges read. */
export function renderLegend(list: HTMLElement): void {
  list.replaceChildren(
    ...LEGEND_TYPES.map((type) =>
      el(
        'li',
        { class: 'legend__item', 'data-testid': 'legend-item', 'data-type': type },
        el('span', { class: 'legend__swatch', style: `background:${TYPE_COLOURS[type]}`, 'aria-hidden': 'true' }),
        type,
      ),
    ),
    el('li', { class: 'legend__note' }, 'Node size: how often an entity is mentioned. Ringed node: the focus.'),
  );
}
