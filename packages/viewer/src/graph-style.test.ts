import { ENTITY_TYPES } from '@newsgraph/schema';
import { LEGEND_TYPES, TYPE_COLOURS } from './colours';
import { GRAPH_STYLE, graphStyle } from './graph-style';

const styleOf = (selector: string): Record<string, unknown> | undefined =>
  (GRAPH_STYLE as { selector: string; style: Record<string, unknown> }[]).find((s) => s.selector === selector)?.style;

describe('entity colours', () => {
  it('give every entity type its own colour, and list the legend in the ontology order', () => {
    expect(Object.keys(TYPE_COLOURS).sort()).toEqual([...ENTITY_TYPES].sort());
    expect(new Set(Object.values(TYPE_COLOURS)).size).toBe(ENTITY_TYPES.length);
    for (const colour of Object.values(TYPE_COLOURS)) expect(colour).toMatch(/^#[0-9a-f]{6}$/);
    expect(LEGEND_TYPES).toEqual(ENTITY_TYPES);
  });
});

describe('the graph stylesheet', () => {
  it.each(ENTITY_TYPES)('colours %s nodes with the legend colour of their type', (type) => {
    expect(styleOf(`node[type = "${type}"]`)?.['background-color']).toBe(TYPE_COLOURS[type]);
  });

  it('sizes nodes and edges from their data and labels them', () => {
    expect(styleOf('node')).toMatchObject({ width: 'data(size)', height: 'data(size)', label: 'data(label)' });
    expect(styleOf('edge')).toMatchObject({
      width: 'data(width)',
      label: 'data(label)',
      'target-arrow-shape': 'triangle',
    });
  });

  it('marks the focus node and fades what is not selected', () => {
    expect(styleOf('node[?focus]')).toMatchObject({ 'border-width': 4, 'font-weight': 'bold' });
    expect(styleOf('.faded')).toEqual({ opacity: 0.25 });
  });

  it('has one rule per selector', () => {
    const selectors = (GRAPH_STYLE as { selector: string }[]).map((s) => s.selector);
    expect(new Set(selectors).size).toBe(selectors.length);
  });
});

describe('the stylesheet by way of drawing edges', () => {
  const rules = (style: unknown) => style as { selector: string; style: Record<string, unknown> }[];

  it('is the full stylesheet for detailed edges', () => {
    expect(graphStyle('detailed')).toBe(GRAPH_STYLE);
  });

  it('draws plain edges straight without arrowheads, takes no pointer events, and changes nothing else', () => {
    const plain = rules(graphStyle('plain'));
    const full = rules(GRAPH_STYLE);
    expect(plain.map((rule) => rule.selector)).toEqual([...full.map((rule) => rule.selector), 'node, edge']);
    const edge = plain.find((rule) => rule.selector === 'edge')?.style;
    expect(edge).toMatchObject({ 'curve-style': 'haystack', 'target-arrow-shape': 'none', label: 'data(label)' });
    expect(styleOf('edge')).toMatchObject({ 'curve-style': 'bezier', 'target-arrow-shape': 'triangle' });
    expect(plain.at(-1)?.style).toEqual({ events: 'no' });
    expect(full.some((rule) => 'events' in rule.style)).toBe(false);
    for (const [i, rule] of full.entries()) if (rule.selector !== 'edge') expect(plain[i]).toBe(rule);
  });
});
