/**
 * Brown-like word classes on the cheap: random-indexing context vectors from unlabelled text, then hierarchical
 * spherical k-means, so a name never seen in CoNLL ("Xi") can share a class path with ones that were ("Yeltsin").
 */
import { mulberry32 } from '../src/random';

/** Parameters of the clustering; defaults are what the committed model used. */
export interface ClusterOptions {
  vocabSize: number;
  contextSize: number;
  dims: number;
  /** Branching factor at each level of the hierarchy, e.g. [32, 8, 8]. */
  branching: number[];
  seed: number;
}

const DEFAULTS: ClusterOptions = { vocabSize: 40000, contextSize: 3000, dims: 96, branching: [32, 8, 8], seed: 7 };

/** Collects word frequencies in a first pass, context vectors in a second, and returns class-path features per word. */
export class ClusterBuilder {
  readonly freq = new Map<string, number>();
  private vocab = new Map<string, number>();
  private context = new Map<string, number>();
  private ctxWeight = new Float32Array(0);
  private proj = new Float32Array(0);
  private vecs = new Float32Array(0);
  private readonly o: ClusterOptions;

  constructor(opts: Partial<ClusterOptions> = {}) {
    this.o = { ...DEFAULTS, ...opts };
  }

  /** Pass 1: count lowercased words. */
  count(words: readonly string[]): void {
    for (const w of words) {
      const l = w.toLowerCase();
      this.freq.set(l, (this.freq.get(l) ?? 0) + 1);
    }
  }

  /** Fixes the vocabulary and context words after pass 1. */
  prepare(): void {
    const ranked = [...this.freq].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    ranked.slice(0, this.o.vocabSize).forEach(([w], i) => this.vocab.set(w, i));
    const ctx = ranked.slice(0, this.o.contextSize);
    ctx.forEach(([w], i) => this.context.set(w, i));
    // 2 sides × (context words + 3 shape buckets + boundary)
    const nCtx = 2 * (ctx.length + 4);
    this.ctxWeight = new Float32Array(nCtx);
    ctx.forEach(([, f], i) => {
      this.ctxWeight[i] = 1 / Math.sqrt(f);
      this.ctxWeight[ctx.length + 4 + i] = 1 / Math.sqrt(f);
    });
    for (let k = 0; k < 4; k++) {
      this.ctxWeight[ctx.length + k] = 1e-3;
      this.ctxWeight[2 * ctx.length + 4 + k] = 1e-3;
    }
    const rand = mulberry32(this.o.seed);
    const d = this.o.dims;
    this.proj = new Float32Array(nCtx * d);
    for (let i = 0; i < this.proj.length; i++) this.proj[i] = rand() < 0.5 ? -1 : 1;
    this.vecs = new Float32Array(this.vocab.size * d);
  }

  private ctxId(w: string | undefined, side: number): number {
    const n = this.context.size + 4;
    if (w === undefined) return side * n + this.context.size + 3;
    const id = this.context.get(w.toLowerCase());
    if (id !== undefined) return side * n + id;
    const c = w.charCodeAt(0);
    const bucket = c >= 48 && c <= 57 ? 2 : w !== w.toLowerCase() ? 0 : 1;
    return side * n + this.context.size + bucket;
  }

  /** Pass 2: adds the projected left and right contexts of every vocabulary word. */
  accumulate(words: readonly string[]): void {
    const d = this.o.dims;
    for (let i = 0; i < words.length; i++) {
      const v = this.vocab.get(words[i]!.toLowerCase());
      if (v === undefined) continue;
      const o = v * d;
      for (const c of [this.ctxId(words[i - 1], 0), this.ctxId(words[i + 1], 1)]) {
        const wgt = this.ctxWeight[c]!;
        const p = c * d;
        for (let k = 0; k < d; k++) this.vecs[o + k]! += wgt * this.proj[p + k]!;
      }
    }
  }

  /** Clusters the vectors and returns word → ["k1=…", "k2=…", …] class-path features. */
  features(): Map<string, string[]> {
    const d = this.o.dims;
    const n = this.vocab.size;
    const mean = new Float64Array(d);
    for (let i = 0; i < n; i++) for (let k = 0; k < d; k++) mean[k]! += this.vecs[i * d + k]! / n;
    for (let i = 0; i < n; i++) {
      let norm = 0;
      for (let k = 0; k < d; k++) {
        const x = this.vecs[i * d + k]! - mean[k]!;
        this.vecs[i * d + k] = x;
        norm += x * x;
      }
      norm = Math.sqrt(norm) || 1;
      for (let k = 0; k < d; k++) this.vecs[i * d + k]! /= norm;
    }
    const paths: string[] = new Array<string>(n).fill('');
    const out = new Map<string, string[]>();
    const words = [...this.vocab.keys()];
    words.forEach((w) => out.set(w, []));
    const rand = mulberry32(this.o.seed + 1);
    let groups: number[][] = [words.map((_, i) => i)];
    this.o.branching.forEach((k, level) => {
      const next: number[][] = [];
      for (const g of groups) {
        const assign = this.kmeans(g, Math.min(k, g.length), rand);
        const parts: number[][] = Array.from({ length: k }, () => []);
        g.forEach((idx, j) => parts[assign[j]!]!.push(idx));
        parts.forEach((p, c) => {
          for (const idx of p) {
            paths[idx] = level === 0 ? c.toString(36) : `${paths[idx]}.${c.toString(36)}`;
            out.get(words[idx]!)!.push(`k${level + 1}=${paths[idx]}`);
          }
          if (p.length > 0) next.push(p);
        });
      }
      groups = next;
    });
    return out;
  }

  private kmeans(members: readonly number[], k: number, rand: () => number, iters = 10): Int32Array {
    const d = this.o.dims;
    const m = members.length;
    const assign = new Int32Array(m);
    if (k <= 1) return assign;
    const cent = new Float64Array(k * d);
    for (let c = 0; c < k; c++) {
      const src = members[Math.floor(rand() * m)]! * d;
      for (let x = 0; x < d; x++) cent[c * d + x] = this.vecs[src + x]!;
    }
    for (let it = 0; it < iters; it++) {
      for (let j = 0; j < m; j++) {
        const o = members[j]! * d;
        let best = 0;
        let bestSim = -Infinity;
        for (let c = 0; c < k; c++) {
          let s = 0;
          for (let x = 0; x < d; x++) s += cent[c * d + x]! * this.vecs[o + x]!;
          if (s > bestSim) {
            bestSim = s;
            best = c;
          }
        }
        assign[j] = best;
      }
      cent.fill(0);
      for (let j = 0; j < m; j++) {
        const o = members[j]! * d;
        const c = assign[j]!;
        for (let x = 0; x < d; x++) cent[c * d + x]! += this.vecs[o + x]!;
      }
      for (let c = 0; c < k; c++) {
        let norm = 0;
        for (let x = 0; x < d; x++) norm += cent[c * d + x]! ** 2;
        norm = Math.sqrt(norm);
        if (norm === 0) {
          const src = members[Math.floor(rand() * m)]! * d;
          for (let x = 0; x < d; x++) cent[c * d + x] = this.vecs[src + x]!;
        } else for (let x = 0; x < d; x++) cent[c * d + x]! /= norm;
      }
    }
    return assign;
  }
}
