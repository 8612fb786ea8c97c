import { decodeDocument } from '../src/ner/decode';
import { FeatureExtractor, type FeatureResources } from '../src/ner/features';
import type { Weights } from '../src/ner/perceptron';
import { PerceptronTrainer } from '../src/ner/perceptron';
import type { LabelledDocument } from './conll';
import { type Prf, spanF1 } from './span-f1';
import { mulberry32 } from '../src/random';

/** Knobs of one training run; the defaults are what the committed model used. */
export interface TrainOptions {
  epochs: number;
  seed: number;
  /** Features whose largest averaged weight is below this are dropped from the model. */
  pruneBelow: number;
  log?: (line: string) => void;
}

/** Outcome of training: the best epoch's averaged weights and its dev scores. */
export interface TrainResult {
  weights: Weights;
  epoch: number;
  dev: Record<string, Prf>;
  confidenceScale: number;
}

/** Labels every dev document with the given scorer. */
export function predict(docs: readonly LabelledDocument[], extractor: FeatureExtractor, w: Weights): number[][] {
  return docs.flatMap((d) => decodeDocument(d.sentences, extractor, w).labels);
}

/** Trains the averaged perceptron for a few epochs over shuffled documents, keeping the epoch that scores best on dev. */
export function trainTagger(
  train: readonly LabelledDocument[],
  dev: readonly LabelledDocument[],
  res: FeatureResources,
  opt: TrainOptions,
): TrainResult {
  const extractor = new FeatureExtractor(res);
  const trainer = new PerceptronTrainer();
  const rand = mulberry32(opt.seed);
  const order = train.map((_, i) => i);
  const devGold = dev.flatMap((d) => d.labels);
  let best: TrainResult | undefined;
  for (let epoch = 1; epoch <= opt.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const k of order) {
      const doc = train[k]!;
      decodeDocument(doc.sentences, extractor, trainer, {
        gold: doc.labels,
        add: (f, l, d) => trainer.add(f, l, d),
        tick: () => trainer.tick(),
      });
    }
    const weights = trainer.averaged(opt.pruneBelow);
    const scores = spanF1(devGold, predict(dev, extractor, weights));
    opt.log?.(
      `epoch ${epoch}: ${trainer.featureCount} features (${weights.rows.size} kept), dev ${JSON.stringify(scores)}`,
    );
    if (!best || scores.ALL!.F1 > best.dev.ALL!.F1) best = { weights, epoch, dev: scores, confidenceScale: 1 };
  }
  best!.confidenceScale = medianEntityMargin(train.slice(0, 200), extractor, best!.weights);
  return best!;
}

/** Median decision margin on entity tokens, used to put confidences on a sensible 0–1 scale. */
function medianEntityMargin(docs: readonly LabelledDocument[], extractor: FeatureExtractor, w: Weights): number {
  const m: number[] = [];
  for (const d of docs) {
    const out = decodeDocument(d.sentences, extractor, w);
    out.labels.forEach((ls, si) => ls.forEach((l, ti) => l !== 0 && m.push(out.margins[si]![ti]!)));
  }
  m.sort((a, b) => a - b);
  return Math.max(m[Math.floor(m.length / 2)] ?? 1, 1e-6);
}
