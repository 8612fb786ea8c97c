import { Agent, request } from 'node:http';
import type { Scenario } from './scenarios';

/** What one run sent and how each request fared, every request counted once. */
export interface RunTimes {
  /** Milliseconds from when each answered request was due to its last byte, in the order they were due. */
  latencies: number[];
  non2xx: number;
  errors: number;
}

/**
 * Sends the scenario's requests at an even pace (request i due at i / rate seconds), whether or not earlier ones
 * have been answered, over at most `connections` kept-alive sockets; each latency counts from when its request was
 * due, so time spent waiting for a free socket, or for this process to get a CPU, is part of it.
 */
export async function pacedRun(
  baseUrl: string,
  scenario: Scenario,
  rate: number,
  durationS: number,
  connections: number,
): Promise<RunTimes> {
  const url = new URL(baseUrl);
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const total = Math.round(rate * durationS);
  const latencies: number[] = new Array<number>(total).fill(Number.NaN);
  let non2xx = 0;
  let errors = 0;
  const started = performance.now();
  const sends: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const { path, body } = scenario.request(i);
    sends.push(
      new Promise<void>((resolve) => {
        const req = request(
          {
            host: url.hostname,
            port: url.port,
            path,
            method: scenario.method,
            agent,
            headers: body === undefined ? {} : { 'content-type': 'application/json' },
          },
          (res) => {
            res.on('data', () => undefined);
            res.on('end', () => {
              if ((res.statusCode ?? 0) >= 200 && (res.statusCode ?? 0) < 300) latencies[i] = performance.now() - due;
              else non2xx += 1;
              resolve();
            });
          },
        );
        req.on('error', () => {
          errors += 1;
          resolve();
        });
        req.end(body);
      }),
    );
  }
  await Promise.all(sends);
  agent.destroy();
  return { latencies: latencies.filter((ms) => !Number.isNaN(ms)), non2xx, errors };
}
