import { PassThrough } from 'node:stream';
import { ExtractionResultSchema } from '@newsgraph/schema';
import { extractJsonl, type ExtractJsonlOptions } from './extract-jsonl';

async function run(input: string, options: ExtractJsonlOptions = {}): Promise<unknown[]> {
  const source = new PassThrough();
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (chunk: Buffer) => chunks.push(chunk));
  source.end(input);
  await extractJsonl(source, sink, options);
  return Buffer.concat(chunks)
    .toString('utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as unknown);
}

describe('extract --jsonl', () => {
  it('answers every input line, in order, with its id; bad lines get error lines', async () => {
    const text = 'President Xi Jinping spoke in Beijing.';
    const out = await run(
      [
        JSON.stringify({ id: 'a', text, extra: 1 }),
        'not json',
        '',
        JSON.stringify({ id: 'b' }),
        JSON.stringify({ id: 'c', text: '' }),
      ].join('\n'),
    );
    expect(out).toHaveLength(5);
    expect(out[1]).toEqual({ id: null, error: expect.stringContaining('unreadable JSON') });
    expect(out[2]).toEqual({ id: null, error: 'empty line' });
    expect(out[3]).toEqual({ id: 'b', error: expect.stringContaining('text') });
    const first = ExtractionResultSchema.parse(out[0]);
    expect(first.id).toBe('a');
    // positions the test finds in the input itself, so a misplaced span fails however it was sliced
    const at = (name: string) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length, text: name });
    const names = first.entities.map((e) => [e.type, e.name, e.mentions]);
    expect(names).toEqual([
      ['Person', 'Xi Jinping', [{ ...at('Xi Jinping'), kind: 'name' }]],
      ['Location', 'Beijing', [{ ...at('Beijing'), kind: 'name' }]],
    ]);
    expect(ExtractionResultSchema.parse(out[4])).toMatchObject({ id: 'c', entities: [] });
  });

  it('keeps input order and one line per input on a pool of worker threads', async () => {
    const lines = Array.from({ length: 24 }, (_, i) =>
      i % 7 === 3
        ? '{broken'
        : JSON.stringify({
            id: `d${i}`,
            text: `${'Officials met in Geneva. '.repeat((i * 5) % 17)}Angela Merkel visited Paris on day ${i}.`,
          }),
    ).join('\n');
    const pooled = await run(lines, { workers: 2 });
    const inline = await run(lines, { workers: 0 });
    expect(pooled).toHaveLength(24);
    expect(pooled).toEqual(inline);
    expect(pooled.map((r) => (r as { id: string | null }).id)).toEqual(
      Array.from({ length: 24 }, (_, i) => (i % 7 === 3 ? null : `d${i}`)),
    );
  });
});
