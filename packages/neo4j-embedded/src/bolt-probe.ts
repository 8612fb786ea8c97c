import { createConnection, createServer } from 'node:net';

const BOLT_MAGIC = [0x60, 0x60, 0xb0, 0x17];

/**
 * Does a Bolt server answer on this port? Sends the Bolt handshake and expects a version back,
 * so a port held by some other program is not mistaken for Neo4j.
 */
export function boltAnswers(port: number, host = '127.0.0.1', timeoutMs = 1500): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host });
    const done = (answer: boolean): void => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => {
      // Offer Bolt 5.0-5.8 then 4.4; a Bolt server answers with four bytes 00 00 <minor> <major>.
      const versions = [0x00, 0x08, 0x08, 0x05, 0x00, 0x00, 0x04, 0x04, 0, 0, 0, 0, 0, 0, 0, 0];
      socket.write(Buffer.from([...BOLT_MAGIC, ...versions]));
    });
    socket.once('data', (reply) => done(isBoltVersionReply(reply)));
  });
}

/** Is anything listening on this port (Bolt or not)? */
export function portIsFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/** Polls until Bolt answers or the deadline passes. */
export async function waitForBolt(port: number, deadlineMs: number, isAlive: () => boolean): Promise<boolean> {
  const until = Date.now() + deadlineMs;
  while (Date.now() < until) {
    if (!isAlive()) return false;
    if (await boltAnswers(port)) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

/** True for a Bolt handshake reply (a version we offered), false for anything another protocol says. */
export function isBoltVersionReply(reply: Buffer): boolean {
  if (reply.length !== 4 || reply[0] !== 0 || reply[1] !== 0) return false;
  const major = reply[3] ?? 0;
  return major === 4 || major === 5;
}
