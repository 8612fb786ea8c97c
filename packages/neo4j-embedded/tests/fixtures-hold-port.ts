import { createServer, type Server } from 'node:net';

/** Holds a port with a plain TCP server that is not Neo4j (it answers nothing useful). */
export function holdPort(port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer((socket) => socket.end('HTTP/1.1 400 Bad Request\r\n\r\n'));
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}
