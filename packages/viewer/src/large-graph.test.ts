import { DEFAULT_RENDERER, rendererFromAddress } from './large-graph';

describe('the renderer the address asks for', () => {
  it('is WebGL or canvas when asked by name, the default otherwise', () => {
    expect(rendererFromAddress('?view=abc&renderer=webgl')).toBe('webgl');
    expect(rendererFromAddress('?renderer=canvas')).toBe('canvas');
    expect(rendererFromAddress('?renderer=svg')).toBe(DEFAULT_RENDERER);
    expect(rendererFromAddress('')).toBe(DEFAULT_RENDERER);
    expect(DEFAULT_RENDERER).toBe('canvas');
  });
});
