import {
  AmbiguousNameListSchema,
  CorrectionAppliedSchema,
  CorrectionListSchema,
  type AmbiguousName,
  type Correction,
  type CorrectionApplied,
  type CorrectionInput,
} from '@newsgraph/schema';
import { requestJson } from './api-client';

const NAME_KEY = 'newsgraph.analyst';
const TOKEN_KEY = 'newsgraph.token';

/**
 * Who is correcting and with what token: the name stays in this browser (localStorage), the token only for this
 * tab's session (sessionStorage), and neither is ever part of the page the server sends.
 */
export const credentials = {
  name: (): string => localStorage.getItem(NAME_KEY) ?? '',
  token: (): string => sessionStorage.getItem(TOKEN_KEY) ?? '',
  save(name: string, token: string): void {
    localStorage.setItem(NAME_KEY, name.trim());
    sessionStorage.setItem(TOKEN_KEY, token.trim());
  },
  forgetToken(): void {
    sessionStorage.removeItem(TOKEN_KEY);
  },
};

/** The corrections made so far (of one entity when given), newest first. */
export async function listCorrections(entity?: string, signal?: AbortSignal): Promise<Correction[]> {
  const query = entity ? `?${new URLSearchParams({ entity }).toString()}` : '';
  const list = await requestJson(`/api/corrections${query}`, CorrectionListSchema, {
    token: credentials.token(),
    signal,
  });
  return list.items;
}

/** Makes a correction; the server applies it to the stored articles before it answers. */
export function makeCorrection(input: CorrectionInput): Promise<CorrectionApplied> {
  return requestJson('/api/corrections', CorrectionAppliedSchema, {
    method: 'POST',
    payload: input,
    token: credentials.token(),
  });
}

/** Undoes a correction: its overrides go, and the articles it touched are read again without it. */
export function undoCorrection(id: string): Promise<CorrectionApplied> {
  return requestJson(`/api/corrections/${encodeURIComponent(id)}`, CorrectionAppliedSchema, {
    method: 'DELETE',
    token: credentials.token(),
  });
}

/** Short person names resolution left apart, with their candidates (public, like the rest of the graph). */
export async function listAmbiguous(signal?: AbortSignal): Promise<AmbiguousName[]> {
  return (await requestJson('/api/ambiguous?limit=1000', AmbiguousNameListSchema, { signal })).items;
}
