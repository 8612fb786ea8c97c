import { decodeView, encodeView, viewHref, type SharedView } from './view-url';

const view: SharedView = {
  log: [
    { a: 'open', id: 'person:long-zhou' },
    { a: 'expand', id: 'org:office-for-cyber-affairs' },
    {
      a: 'filters',
      filters: { types: ['Person'], predicates: [], minSupport: 1, minConfidence: 0.5, since: '2017', until: null },
    },
  ],
  positions: { 'person:long-zhou': [10.4, -3.6], 'org:café': [0, 0] },
  selected: 'person:long-zhou|HOLDS_POSITION|org:office-for-cyber-affairs',
};

describe('the view in the address', () => {
  it('round-trips the log, whole-pixel positions (names in any script) and the selection', () => {
    const decoded = decodeView(`?view=${encodeView(view)}`);
    expect(decoded).toEqual({ ...view, positions: { 'person:long-zhou': [10, -4], 'org:café': [0, 0] } });
  });

  it('is URL-safe without escaping', () => {
    expect(encodeView(view)).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('reads old focus links as an open action', () => {
    expect(decodeView('?focus=country%3ACN&depth=2')).toEqual({
      log: [
        { a: 'depth', depth: 2 },
        { a: 'open', id: 'country:CN' },
      ],
      positions: {},
      selected: 'country:CN',
    });
    expect(decodeView('?lang=en')).toBeNull();
  });

  it('explains a damaged or foreign view instead of failing', () => {
    expect(decodeView('?view=%%%')).toBeInstanceOf(Error);
    const foreign = btoa(JSON.stringify({ v: 1, log: [{ a: 'explode' }] }));
    expect((decodeView(`?view=${foreign}`) as Error).message).toMatch(/not one this viewer can read/);
  });

  it('replaces older view parameters and keeps the others', () => {
    const href = viewHref('/app/', '?lang=en&focus=x&depth=2', view);
    expect(href.startsWith('/app/?lang=en&view=')).toBe(true);
    expect(href).not.toContain('focus=');
  });
});
