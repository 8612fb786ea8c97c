// Seeded sampling, so that a drawn sample can be drawn again from the same corpus and code.
import { mulberry32 } from '@newsgraph/extractor';

/** A small, fast 32-bit PRNG returning floats in [0, 1): the extractor's mulberry32, so training and sampling share one. */
export const rng = mulberry32;

/** Up to `n` items drawn without replacement (a partial Fisher-Yates shuffle), in drawn order. */
export function sample<T>(items: readonly T[], n: number, random: () => number): T[] {
  const copy = [...items];
  const k = Math.min(n, copy.length);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (copy.length - i));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy.slice(0, k);
}
