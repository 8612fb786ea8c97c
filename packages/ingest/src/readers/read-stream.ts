import { tooLargeError } from './size-limit';

/** Collects a byte stream up to a limit, stopping early so an endless pipe or response cannot exhaust memory. */
export async function readStreamCapped(
  stream: AsyncIterable<Uint8Array | string>,
  limit: number,
  onTooLarge?: () => void,
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk);
    size += buffer.length;
    if (size > limit) {
      onTooLarge?.();
      throw tooLargeError(size, limit, 'is more than');
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}
