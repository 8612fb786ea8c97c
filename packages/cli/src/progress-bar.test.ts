import { createLogger } from './logger';
import { renderProgress } from './progress-bar';

describe('renderProgress', () => {
  it('asks for no events when progress is off, so the run need not count its sources', () => {
    expect(renderProgress('none', createLogger('info', 'json', { write: () => {} }), 'ingest')).toBeUndefined();
  });

  it('logs where the run is when stderr is not a terminal', () => {
    const lines: string[] = [];
    const logger = createLogger('info', 'json', { write: (line: string) => void lines.push(line) });
    const listener = renderProgress('log', logger, 'reextract');
    listener?.({ type: 'start', total: 10 });
    listener?.({ type: 'advance', done: 3, total: 10 });
    listener?.({ type: 'end', done: 10, total: 10 });
    expect(lines).toHaveLength(1);
    expect((JSON.parse(lines[0] ?? '') as { msg: string }).msg).toMatch(
      /^reextract: 3\/10 articles, [\d.]+ articles\/s/,
    );
  });
});
