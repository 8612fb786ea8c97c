import { readViewState, writeViewState } from './url-state';

/** The part of `window` url-state touches, recording each address it writes. */
function fakeWindow(href: string): { written: string[] } {
  const url = new URL(href);
  const written: string[] = [];
  const location = { pathname: url.pathname, search: url.search } as Location;
  const history = {
    replaceState: (_state: unknown, _title: string, next: string) => {
      written.push(next);
      const again = new URL(next, url);
      Object.assign(location, { pathname: again.pathname, search: again.search });
    },
  } as History;
  Object.assign(globalThis, { window: { location, history } });
  return { written };
}

const at = (search: string) => ({ search }) as Location;

describe('readViewState', () => {
  it.each([
    ['', { focus: null, depth: 1 }],
    ['?focus=person%3Axi-jinping', { focus: 'person:xi-jinping', depth: 1 }],
    ['?focus=country%3ACN&depth=2', { focus: 'country:CN', depth: 2 }],
    ['?focus=&depth=3', { focus: null, depth: 1 }],
    ['?depth=two', { focus: null, depth: 1 }],
  ])('reads %j', (search, state) => {
    expect(readViewState(at(search))).toEqual(state);
  });
});

describe('writeViewState', () => {
  afterEach(() => {
    delete (globalThis as { window?: unknown }).window;
  });

  it('writes the focus and a depth of 2, keeping other parameters and the path', () => {
    const { written } = fakeWindow('http://localhost/app/?lang=en');
    writeViewState({ focus: 'person:xi-jinping', depth: 2 });
    expect(written).toEqual(['/app/?lang=en&focus=person%3Axi-jinping&depth=2']);
  });

  it('drops the focus when there is none and leaves depth 1 implicit', () => {
    const { written } = fakeWindow('http://localhost/?focus=a&depth=2');
    writeViewState({ focus: null, depth: 1 });
    expect(written).toEqual(['/']);
  });

  it('round-trips through readViewState', () => {
    fakeWindow('http://localhost/');
    const state = { focus: 'org:cn:ministry-of-foreign-affairs', depth: 2 } as const;
    writeViewState(state);
    expect(readViewState((globalThis as unknown as { window: Window }).window.location)).toEqual(state);
  });
});
