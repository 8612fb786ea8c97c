import { PressPrefetch } from './press-prefetch';

/** A loader that records each load and the signal it was given, resolving each with `id#n`. */
function recorder() {
  const loads: { id: string; signal: AbortSignal }[] = [];
  const load = (id: string, signal: AbortSignal): Promise<string> => {
    loads.push({ id, signal });
    return Promise.resolve(`${id}#${loads.length}`);
  };
  return { loads, load };
}

describe('loading on press', () => {
  it('hands the load a press started to the click on the same node, without loading again', async () => {
    const { loads, load } = recorder();
    const prefetch = new PressPrefetch(load);
    prefetch.press('a');
    await expect(prefetch.take('a', new AbortController().signal)).resolves.toBe('a#1');
    expect(loads.map((l) => l.id)).toEqual(['a']);
  });

  it('loads afresh when the press was on another node, and drops the press', async () => {
    const { loads, load } = recorder();
    const prefetch = new PressPrefetch(load);
    prefetch.press('a');
    await expect(prefetch.take('b', new AbortController().signal)).resolves.toBe('b#2');
    expect(loads[0]?.signal.aborted).toBe(true);
  });

  it('hands a press over once: a later click loads afresh', async () => {
    const { loads, load } = recorder();
    const prefetch = new PressPrefetch(load);
    prefetch.press('a');
    await prefetch.take('a', new AbortController().signal);
    await expect(prefetch.take('a', new AbortController().signal)).resolves.toBe('a#2');
    expect(loads).toHaveLength(2);
  });

  it('drops an earlier press when another starts, and stops a taken load with the taker', () => {
    const { loads, load } = recorder();
    const prefetch = new PressPrefetch(load);
    prefetch.press('a');
    prefetch.press('b');
    expect(loads[0]?.signal.aborted).toBe(true);
    const taker = new AbortController();
    void prefetch.take('b', taker.signal);
    expect(loads[1]?.signal.aborted).toBe(false);
    taker.abort();
    expect(loads[1]?.signal.aborted).toBe(true);
  });

  it('drops a press nobody took when it ends, so a later request loads afresh', async () => {
    const { loads, load } = recorder();
    const prefetch = new PressPrefetch(load);
    prefetch.press('a');
    prefetch.drop();
    expect(loads[0]?.signal.aborted).toBe(true);
    await expect(prefetch.take('a', new AbortController().signal)).resolves.toBe('a#2');
  });

  it('does not report a failed load nobody took as unhandled', async () => {
    const prefetch = new PressPrefetch((): Promise<string> => Promise.reject(new Error('offline')));
    prefetch.press('a');
    await new Promise((resolve) => setTimeout(resolve, 0));
    await expect(prefetch.take('a', new AbortController().signal)).rejects.toThrow('offline');
  });
});
