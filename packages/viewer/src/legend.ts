import { LEGEND_TYPES, SHAPE_PATHS, TYPE_COLOURS } from './colours';
import { el } from './dom';

const SVG = 'http://www.w3.org/2000/svg';

/** The type's shape in its colour, as drawn in the graph. */
export function typeSymbol(type: keyof typeof SHAPE_PATHS): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('width', '16');
  svg.setAttribute('height', '16');
  svg.setAttribute('aria-hidden', 'true');
  svg.classList.add('type-symbol');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', SHAPE_PATHS[type]);
  path.setAttribute('fill', TYPE_COLOURS[type]);
  svg.append(path);
  return svg;
}

/** Fills the legend: one shape and colour per entity type, then how size, width, opacity and outlines read. */
export function renderLegend(list: HTMLElement): void {
  list.replaceChildren(
    ...LEGEND_TYPES.map((type) =>
      el('li', { class: 'legend__item', 'data-testid': 'legend-item', 'data-type': type }, typeSymbol(type), type),
    ),
    el(
      'li',
      { class: 'legend__note' },
      'Node size: mentions (or degree). Thick ring: the entity the view is about; dashed ring: pinned; outline: expanded. ' +
        'Edge width: supporting articles; faint edge: low confidence; label: predicate.',
    ),
  );
}
