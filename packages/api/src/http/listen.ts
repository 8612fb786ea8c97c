import { createServer, type Server } from 'node:http';
import type { Express } from 'express';

/**
 * Room for the request line and headers: a shared view's link holds every node's place (about 170 kB at 5,000
 * nodes), past Node's default of 16 kB, which would refuse to serve the viewer for it (431).
 */
export const MAX_HEADER_BYTES = 1024 * 1024;

/** Starts listening and resolves with the server once the port is bound (or rejects, e.g. port in use). */
export function listen(app: Express, port: number, host: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer({ maxHeaderSize: MAX_HEADER_BYTES }, app);
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}
