import { capClass } from '../src/ner/shape';

/** Counts, per lowercased word, lowercase versus capitalised uses in positions where casing is a choice. */
export class CaseCounter {
  private readonly counts = new Map<string, [number, number]>();

  /** Adds one sentence, skipping its first word and the whole sentence when it is headline-cased. */
  add(words: readonly string[]): void {
    let alpha = 0;
    let capped = 0;
    const caps = words.map((w) => capClass(w));
    for (const c of caps) {
      if (c === 'lower') alpha++;
      else if (c === 'init' || c === 'caps' || c === 'mixed' || c === 'single') {
        alpha++;
        capped++;
      }
    }
    if (alpha < 3 || capped / alpha > 0.6) return;
    for (let i = 1; i < words.length; i++) {
      const c = caps[i]!;
      if (c === 'punct' || c === 'num' || c === 'alnum') continue;
      const lower = words[i]!.toLowerCase();
      let e = this.counts.get(lower);
      if (!e) this.counts.set(lower, (e = [0, 0]));
      e[c === 'lower' ? 0 : 1]++;
    }
  }

  /** Bucketed capitalised share ("cr=0" always lowercase … "cr=4" always capitalised) for words seen at least `minCount` times. */
  features(minCount: number): Map<string, string[]> {
    const out = new Map<string, string[]>();
    for (const [w, [lo, up]] of this.counts) {
      const n = lo + up;
      if (n < minCount) continue;
      const r = up / n;
      const b = r < 0.05 ? 0 : r < 0.3 ? 1 : r < 0.7 ? 2 : r < 0.95 ? 3 : 4;
      out.set(w, [`cr=${b}`]);
    }
    return out;
  }
}
