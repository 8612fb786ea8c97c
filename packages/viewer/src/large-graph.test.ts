import {
  DEFAULT_RENDERER,
  edgeDrawing,
  laidOutByServer,
  PLAIN_EDGES,
  rendererFromAddress,
  SERVER_LAYOUT,
} from './large-graph';

describe('the renderer the address asks for', () => {
  it('is WebGL or canvas when asked by name, the default otherwise', () => {
    expect(rendererFromAddress('?view=abc&renderer=webgl')).toBe('webgl');
    expect(rendererFromAddress('?renderer=canvas')).toBe('canvas');
    expect(rendererFromAddress('?renderer=svg')).toBe(DEFAULT_RENDERER);
    expect(rendererFromAddress('')).toBe(DEFAULT_RENDERER);
    expect(DEFAULT_RENDERER).toBe('canvas');
  });
});

describe('the way edges are drawn, by view size', () => {
  it('keeps curved edges with arrowheads up to PLAIN_EDGES elements and draws plain lines above', () => {
    expect(edgeDrawing(0)).toBe('detailed');
    expect(edgeDrawing(1000)).toBe('detailed');
    expect(edgeDrawing(PLAIN_EDGES)).toBe('detailed');
    expect(edgeDrawing(PLAIN_EDGES + 1)).toBe('plain');
    expect(edgeDrawing(15_000)).toBe('plain');
  });
});

describe('who lays a fresh view out, by size and chosen layout', () => {
  it('is fcose in the page up to SERVER_LAYOUT elements and the server above, for the default layout only', () => {
    expect(laidOutByServer('fcose', SERVER_LAYOUT)).toBe(false);
    expect(laidOutByServer('fcose', SERVER_LAYOUT + 1)).toBe(true);
    expect(laidOutByServer('fcose', 15_000)).toBe(true);
    expect(laidOutByServer('concentric', 15_000)).toBe(false);
    expect(laidOutByServer('grid', 15_000)).toBe(false);
  });
});
