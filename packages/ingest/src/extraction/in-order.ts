/**
 * Keeps up to `limit` tasks running and yields their results in input order, the oldest awaited first, so output
 * order never depends on which thread finishes first; reading pauses while the consumer handles a result.
 */
export async function* inOrder<T, R>(
  items: AsyncIterable<T> | Iterable<T>,
  run: (item: T) => Promise<R>,
  limit: number,
): AsyncGenerator<R> {
  const pending: Promise<R>[] = [];
  for await (const item of items) {
    const task = run(item);
    // A task that fails while an older one is awaited is reported when its turn comes, not as unhandled.
    task.catch(() => {});
    pending.push(task);
    if (pending.length >= Math.max(limit, 1)) yield await (pending.shift() as Promise<R>);
  }
  while (pending.length > 0) yield await (pending.shift() as Promise<R>);
}
