import { NUM_LABELS as NL } from './labels';

// Module-local copy: imported bindings compile to getter calls under CommonJS, too slow for the scoring loop.
const NUM_LABELS = NL;

/** Read-only label scorer: a feature → row map over a dense weight matrix, the fastest lookup available in plain JS. */
export class Weights {
  constructor(
    readonly rows: Map<string, number>,
    readonly values: Float32Array,
  ) {}

  /** Adds each feature's row into `scores` (length NUM_LABELS), which the caller has zeroed. */
  score(features: readonly string[], scores: Float64Array): void {
    const v = this.values;
    for (const f of features) {
      const r = this.rows.get(f);
      if (r === undefined) continue;
      const o = r * NUM_LABELS;
      for (let l = 0; l < NUM_LABELS; l++) scores[l]! += v[o + l]!;
    }
  }
}

/** Averaged perceptron trainer using the w − u/c trick, so averaging costs nothing per step and the average is readable any time. */
export class PerceptronTrainer {
  private readonly rows = new Map<string, number>();
  private w = new Float32Array(1 << 16);
  private u = new Float64Array(1 << 16);
  private c = 1;

  /** Scores with the current (non-averaged) weights, as perceptron training requires. */
  score(features: readonly string[], scores: Float64Array): void {
    const w = this.w;
    for (const f of features) {
      const r = this.rows.get(f);
      if (r === undefined) continue;
      const o = r * NUM_LABELS;
      for (let l = 0; l < NUM_LABELS; l++) scores[l]! += w[o + l]!;
    }
  }

  /** Adds `delta` to the weight of `label` for each feature (a structured-perceptron half-update). */
  add(features: readonly string[], label: number, delta: number): void {
    for (const f of features) {
      const o = this.row(f) * NUM_LABELS + label;
      this.w[o]! += delta;
      this.u[o]! += this.c * delta;
    }
  }

  /** Advances the averaging clock by one example. */
  tick(): void {
    this.c++;
  }

  /** The averaged weights, dropping features whose largest |weight| is below `minAbs`. */
  averaged(minAbs: number): Weights {
    const rows = new Map<string, number>();
    const kept: number[] = [];
    const avg = new Float32Array(NUM_LABELS);
    const parts: Float32Array[] = [];
    for (const [f, r] of this.rows) {
      const o = r * NUM_LABELS;
      let max = 0;
      for (let l = 0; l < NUM_LABELS; l++) {
        avg[l] = this.w[o + l]! - this.u[o + l]! / this.c;
        max = Math.max(max, Math.abs(avg[l]!));
      }
      if (max < minAbs) continue;
      rows.set(f, kept.length);
      kept.push(r);
      parts.push(avg.slice());
    }
    const values = new Float32Array(kept.length * NUM_LABELS);
    parts.forEach((p, i) => values.set(p, i * NUM_LABELS));
    return new Weights(rows, values);
  }

  get featureCount(): number {
    return this.rows.size;
  }

  private row(f: string): number {
    let r = this.rows.get(f);
    if (r !== undefined) return r;
    r = this.rows.size;
    this.rows.set(f, r);
    const need = (r + 1) * NUM_LABELS;
    if (need > this.w.length) {
      const w = new Float32Array(this.w.length * 2);
      w.set(this.w);
      this.w = w;
      const u = new Float64Array(this.u.length * 2);
      u.set(this.u);
      this.u = u;
    }
    return r;
  }
}
