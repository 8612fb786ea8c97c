import type { AddressInfo } from 'node:net';
import { createApp, listen, type ApiStore, type AppOptions } from '@newsgraph/api';
import pino from 'pino';

/** The API on an ephemeral local port over the given store, reached by fetch as any client would. */
export async function serveApi(
  store: ApiStore,
  options: Partial<AppOptions> = {},
): Promise<{ baseUrl: string; close(): Promise<void> }> {
  const server = await listen(createApp({ store, logger: pino({ level: 'silent' }), ...options }), 0, '127.0.0.1');
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
