import { createLogger } from './logger';

/** Collects what a logger writes. */
function sink(): { lines: string[]; write(chunk: string): void } {
  const lines: string[] = [];
  return { lines, write: (chunk) => void lines.push(chunk) };
}

describe('createLogger', () => {
  it('writes `HH:MM:SS level message` in the pretty format', () => {
    const out = sink();
    createLogger('info', 'pretty', out).info('Neo4j is up');
    expect(out.lines).toHaveLength(1);
    expect(out.lines[0]).toMatch(/^\d{2}:\d{2}:\d{2} info Neo4j is up\n$/);
  });

  it('writes one JSON object a line in the JSON format, and honours the level in both', () => {
    const out = sink();
    const logger = createLogger('warn', 'json', out);
    logger.info('hidden');
    logger.warn('shown');
    expect(out.lines).toHaveLength(1);
    expect(JSON.parse(out.lines[0] ?? '')).toMatchObject({ level: 40, msg: 'shown' });
    const pretty = sink();
    createLogger('warn', 'pretty', pretty).info('hidden');
    expect(pretty.lines).toEqual([]);
  });
});
