import { z } from 'zod';
import { ActionSchema, type Action } from './view-log';

/** A shared view: the action log, where every node stood, and what was selected. */
export interface SharedView {
  log: Action[];
  positions: Record<string, [number, number]>;
  selected: string | null;
}

const SharedViewSchema = z.object({
  v: z.literal(1),
  log: z.array(ActionSchema).max(5_000),
  p: z.record(z.string(), z.tuple([z.number(), z.number()])).default({}),
  s: z.string().nullable().default(null),
});

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(encoded: string): string {
  const binary = atob(encoded.replaceAll('-', '+').replaceAll('_', '/'));
  return new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
}

/** The `view` parameter for a view; positions are rounded to whole pixels to keep links short. */
export function encodeView(view: SharedView): string {
  const p: Record<string, [number, number]> = {};
  for (const [id, [x, y]] of Object.entries(view.positions)) p[id] = [Math.round(x), Math.round(y)];
  return toBase64Url(JSON.stringify({ v: 1, log: view.log, p, s: view.selected }));
}

/** Reads `?view=` (or an old `?focus=…&depth=2` link); null when there is none, an Error when it is damaged. */
export function decodeView(search: string): SharedView | Error | null {
  const params = new URLSearchParams(search);
  const encoded = params.get('view');
  if (!encoded) {
    const focus = params.get('focus');
    if (!focus) return null;
    const log: Action[] = params.get('depth') === '2' ? [{ a: 'depth', depth: 2 }] : [];
    return { log: [...log, { a: 'open', id: focus }], positions: {}, selected: focus };
  }
  try {
    const parsed = SharedViewSchema.safeParse(JSON.parse(fromBase64Url(encoded)));
    if (!parsed.success) return new Error('This link’s view is not one this viewer can read.');
    return { log: parsed.data.log, positions: parsed.data.p, selected: parsed.data.s };
  } catch {
    return new Error('This link’s view is damaged (it could not be decoded).');
  }
}

/** The address of a view: the page's path with `?view=` replacing any earlier view parameters. */
export function viewHref(pathname: string, search: string, view: SharedView): string {
  const params = new URLSearchParams(search);
  params.delete('focus');
  params.delete('depth');
  params.set('view', encodeView(view));
  return `${pathname}?${params.toString()}`;
}
