import type { FeatureExtractor } from './features';
import { allowed, ENTITY_TYPES, LABELS, NUM_LABELS as NL, typeOf } from './labels';

// Module-local copies: imported bindings compile to getter calls under CommonJS, too slow for the inner loops.
const NUM_LABELS = NL;
/** allowedTable[(last ? 1 : 0) * (L+1) * L + (prev + 1) * L + cur], precomputed for the Viterbi loops. */
const ALLOWED = new Uint8Array(2 * (NL + 1) * NL);
for (let last = 0; last < 2; last++)
  for (let p = -1; p < NL; p++)
    for (let c = 0; c < NL; c++) ALLOWED[last * (NL + 1) * NL + (p + 1) * NL + c] = allowed(p, c, last === 1) ? 1 : 0;
/** The row offset of a sentence's last token in `ALLOWED`. */
const LAST_OFFSET = (NUM_LABELS + 1) * NUM_LABELS;
// Only module-local constants here: `NL` is an imported binding, a getter call on every use.
const ok = (p: number, c: number, last: boolean): boolean =>
  ALLOWED[(last ? LAST_OFFSET : 0) + (p + 1) * NUM_LABELS + c] === 1;

/** Anything that can score features into per-label sums: trained weights or the trainer itself. */
export interface Scorer {
  score(features: readonly string[], scores: Float64Array): void;
}

/** Gold labels and an update hook, present only while training. */
export interface TrainingSignal {
  gold: readonly (readonly number[])[];
  /** Adds `delta` to `label`'s weight for these features. */
  add(features: readonly string[], label: number, delta: number): void;
  /** Called once per sentence, after any update. */
  tick(): void;
}

/** Labels per sentence plus, per token, the margin of the chosen label over the best alternative. */
export interface DecodedDocument {
  labels: number[][];
  margins: number[][];
}

const HISTORY_NAMES = [...ENTITY_TYPES, 'O'];
const START = NUM_LABELS; // index of the "sentence start" previous label

/** Label-transition features, kept word-independent so the transition matrix is scored once per document. */
const TRANSITION_FEATURES: string[][] = Array.from({ length: NUM_LABELS + 1 }, (_, p) => [
  `t-1=${p === START ? '<s>' : LABELS[p]!}`,
]);

/**
 * First-order Viterbi BILOU decoding of one document, sentence by sentence, with a document-level history of
 * earlier predictions; shared by training (structured perceptron) and inference so both see identical features.
 */
export function decodeDocument(
  sentences: string[][],
  extractor: FeatureExtractor,
  scorer: Scorer,
  training?: TrainingSignal,
): DecodedDocument {
  const doc = extractor.documentContext(sentences);
  // Extended prediction history: what earlier mentions of a capitalised word were labelled as in this document.
  const history = new Map<string, Int32Array>();
  const tmp = new Float64Array(NUM_LABELS);
  const labels: number[][] = [];
  const margins: number[][] = [];
  const trans = new Float64Array((NUM_LABELS + 1) * NUM_LABELS);
  for (let p = 0; p <= NUM_LABELS; p++) {
    tmp.fill(0);
    scorer.score(TRANSITION_FEATURES[p]!, tmp);
    trans.set(tmp, p * NUM_LABELS);
  }
  sentences.forEach((words, si) => {
    const n = words.length;
    const { features: feats, lower } = extractor.sentence(words, doc);
    // emission scores
    const emit = new Float64Array(n * NUM_LABELS);
    for (let i = 0; i < n; i++) {
      const f = feats[i]!;
      const hist = words[i] !== lower[i] ? history.get(lower[i]!) : undefined;
      if (hist) {
        let best = 0;
        for (let k = 0; k < 5; k++) {
          if (hist[k]! > hist[best]!) best = k;
          if (k < 4 && hist[k]! > 0) f.push(`he=${HISTORY_NAMES[k]}`);
        }
        f.push(`h=${HISTORY_NAMES[best]}`);
      }
      tmp.fill(0);
      scorer.score(f, tmp);
      emit.set(tmp, i * NUM_LABELS);
    }
    const at = (i: number, p: number, l: number): number => emit[i * NUM_LABELS + l]! + trans[p * NUM_LABELS + l]!;
    // Viterbi
    const delta = new Float64Array(n * NUM_LABELS).fill(-Infinity);
    const back = new Int32Array(n * NUM_LABELS);
    for (let i = 0; i < n; i++) {
      const last = i === n - 1;
      for (let l = 0; l < NUM_LABELS; l++) {
        if (i === 0) {
          if (ok(-1, l, last)) delta[l] = at(0, START, l);
          continue;
        }
        let best = -Infinity;
        let arg = 0;
        for (let p = 0; p < NUM_LABELS; p++) {
          const d = delta[(i - 1) * NUM_LABELS + p]!;
          if (d === -Infinity || !ok(p, l, last)) continue;
          const s = d + at(i, p, l);
          if (s > best) {
            best = s;
            arg = p;
          }
        }
        delta[i * NUM_LABELS + l] = best;
        back[i * NUM_LABELS + l] = arg;
      }
    }
    const out = new Array<number>(n).fill(0);
    let bestLast = 0;
    for (let l = 1; l < NUM_LABELS; l++)
      if (delta[(n - 1) * NUM_LABELS + l]! > delta[(n - 1) * NUM_LABELS + bestLast]!) bestLast = l;
    out[n - 1] = bestLast;
    for (let i = n - 1; i > 0; i--) out[i - 1] = back[i * NUM_LABELS + out[i]!]!;
    // per-token margin: best full path through the chosen label against the best through any other (max-marginals)
    const beta = new Float64Array(n * NUM_LABELS).fill(-Infinity);
    for (let l = 0; l < NUM_LABELS; l++) beta[(n - 1) * NUM_LABELS + l] = 0;
    for (let i = n - 2; i >= 0; i--) {
      for (let l = 0; l < NUM_LABELS; l++) {
        let best = -Infinity;
        for (let m = 0; m < NUM_LABELS; m++) {
          if (!ok(l, m, i + 1 === n - 1)) continue;
          const b = beta[(i + 1) * NUM_LABELS + m]!;
          if (b === -Infinity) continue;
          best = Math.max(best, at(i + 1, l, m) + b);
        }
        beta[i * NUM_LABELS + l] = best;
      }
    }
    const mar = out.map((l, i) => {
      const o = i * NUM_LABELS;
      let other = -Infinity;
      for (let k = 0; k < NUM_LABELS; k++) if (k !== l) other = Math.max(other, delta[o + k]! + beta[o + k]!);
      return other === -Infinity ? 100 : delta[o + l]! + beta[o + l]! - other;
    });
    if (training) {
      const gold = training.gold[si]!;
      if (gold.some((g, i) => g !== out[i])) {
        for (let i = 0; i < n; i++) {
          const gp = i === 0 ? START : gold[i - 1]!;
          const pp = i === 0 ? START : out[i - 1]!;
          if (gold[i] !== out[i]) {
            training.add(feats[i]!, gold[i]!, 1);
            training.add(feats[i]!, out[i]!, -1);
          }
          if (gold[i] !== out[i] || gp !== pp) {
            training.add(TRANSITION_FEATURES[gp]!, gold[i]!, 1);
            training.add(TRANSITION_FEATURES[pp]!, out[i]!, -1);
          }
        }
      }
      training.tick();
    }
    for (let i = 0; i < n; i++) {
      if (words[i] === lower[i]) continue;
      let h = history.get(lower[i]!);
      if (!h) history.set(lower[i]!, (h = new Int32Array(5)));
      const t = typeOf(out[i]!);
      h[t < 0 ? 4 : t]!++;
    }
    labels.push(out);
    margins.push(mar);
  });
  return { labels, margins };
}
