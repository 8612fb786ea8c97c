import { NewsgraphError } from '@newsgraph/schema';
import { readStreamCapped } from './read-stream';
import { tooLargeError } from './size-limit';

/** How long a URL may take, headers and body together, before it is given up. */
export const DEFAULT_FETCH_TIMEOUT_MS = 15_000;

/** A fetched document: its bytes, Content-Type and the URL after redirects. */
export interface Fetched {
  bytes: Buffer;
  contentType: string | undefined;
  finalUrl: string;
}

function reason(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  if ((error as Error).name === 'TimeoutError') return 'timed out';
  return cause?.code ?? cause?.message ?? (error as Error).message;
}

/** Fetches an http(s) URL with a timeout and a size cap, turning network failures and non-2xx statuses into NewsgraphErrors. */
export async function fetchUrl(url: string, limit: number, timeoutMs = DEFAULT_FETCH_TIMEOUT_MS): Promise<Fetched> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DOMException('timed out', 'TimeoutError')), timeoutMs);
  try {
    let response: Response;
    try {
      response = await fetch(url, {
        signal: controller.signal,
        redirect: 'follow',
        headers: {
          accept:
            'text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml, application/json, text/plain, application/pdf;q=0.9, */*;q=0.5',
        },
      });
    } catch (error) {
      throw new NewsgraphError('BAD_INPUT', `could not fetch: ${reason(error)}`, { cause: error });
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new NewsgraphError(
        response.status === 404 ? 'NOT_FOUND' : 'BAD_INPUT',
        `HTTP ${response.status} ${response.statusText}`.trim(),
      );
    }
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (declared > limit) {
      await response.body?.cancel();
      throw tooLargeError(declared, limit);
    }
    try {
      const bytes = response.body
        ? await readStreamCapped(response.body, limit, () => controller.abort())
        : Buffer.alloc(0);
      return { bytes, contentType: response.headers.get('content-type') ?? undefined, finalUrl: response.url || url };
    } catch (error) {
      if (error instanceof NewsgraphError) throw error;
      throw new NewsgraphError('BAD_INPUT', `could not fetch: ${reason(error)}`, { cause: error });
    }
  } finally {
    clearTimeout(timer);
  }
}
