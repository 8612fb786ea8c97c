import type { FeatureExtractor } from './features';
import { allowed, ENTITY_TYPES, LABELS, NUM_LABELS, typeOf } from './labels';

/** Anything that can score features into per-label sums: trained weights or the trainer itself. */
export interface Scorer {
  score(features: readonly string[], scores: Float64Array): void;
}

/** Gold labels and an update hook, present only while training. */
export interface TrainingSignal {
  gold: readonly (readonly number[])[];
  update(features: readonly string[], gold: number, pred: number): void;
}

/** Labels per sentence plus, per token, the margin of the chosen label over the best alternative. */
export interface DecodedDocument {
  labels: number[][];
  margins: number[][];
}

const HISTORY_NAMES = [...ENTITY_TYPES, 'O'];

/**
 * Greedy left-to-right BILOU decoding of one document with predicted-label history, shared by training and
 * inference so both see identical features.
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
  const scores = new Float64Array(NUM_LABELS);
  const labels: number[][] = [];
  const margins: number[][] = [];
  sentences.forEach((words, si) => {
    const feats = extractor.sentence(words, doc);
    const out: number[] = [];
    const mar: number[] = [];
    let p1 = -1;
    let p2 = -1;
    for (let i = 0; i < words.length; i++) {
      const f = feats[i]!;
      const word = words[i]!;
      const lower = word.toLowerCase();
      const t1 = p1 < 0 ? '<s>' : LABELS[p1]!;
      const t2 = p2 < 0 ? '<s>' : LABELS[p2]!;
      f.push(`t-1=${t1}`, `t-2|t-1=${t2}|${t1}`, `t-1|w=${t1}|${lower}`);
      const capitalised = word !== lower;
      const hist = capitalised ? history.get(lower) : undefined;
      if (hist) {
        let best = 0;
        for (let k = 0; k < 5; k++) {
          if (hist[k]! > hist[best]!) best = k;
          if (k < 4 && hist[k]! > 0) f.push(`he=${HISTORY_NAMES[k]}`);
        }
        f.push(`h=${HISTORY_NAMES[best]}`);
      }
      scores.fill(0);
      scorer.score(f, scores);
      const last = i === words.length - 1;
      let best = -1;
      let second = -Infinity;
      for (let l = 0; l < NUM_LABELS; l++) {
        if (!allowed(p1, l, last)) continue;
        if (best < 0 || scores[l]! > scores[best]!) {
          if (best >= 0) second = Math.max(second, scores[best]!);
          best = l;
        } else second = Math.max(second, scores[l]!);
      }
      if (training) training.update(f, training.gold[si]![i]!, best);
      out.push(best);
      mar.push(second === -Infinity ? 100 : scores[best]! - second);
      if (capitalised) {
        let h = history.get(lower);
        if (!h) history.set(lower, (h = new Int32Array(5)));
        const t = typeOf(best);
        h[t < 0 ? 4 : t]!++;
      }
      p2 = p1;
      p1 = best;
    }
    labels.push(out);
    margins.push(mar);
  });
  return { labels, margins };
}
