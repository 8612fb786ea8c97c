import type { Server } from 'node:http';
import type { Express } from 'express';

/** Starts listening and resolves with the server once the port is bound (or rejects, e.g. port in use). */
export function listen(app: Express, port: number, host: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host, (error?: Error) => (error ? reject(error) : resolve(server)));
    server.once('error', reject);
  });
}
