import { decodeDocument } from './decode';
import { FeatureExtractor } from './features';
import { Gazetteer } from './gazetteer';
import { ENTITY_TYPES, type EntityType, spansFromLabels } from './labels';
import type { ModelData } from './model-io';
import { splitTaggerSentences } from './tagger-sentences';
import { tokenizeConll } from './conll-tokens';

/** A tagged name as character offsets into the input (end exclusive), with a 0–1 confidence. */
export interface NerSpan {
  start: number;
  end: number;
  type: EntityType;
  confidence: number;
}

/** The pipeline's entry point for named entities: raw text in, typed character spans out. */
export interface NerModel {
  tagDocument(text: string): NerSpan[];
}

/** Ties tokenizer, sentence splitter, feature extractor and trained weights together. */
export class PerceptronNerModel implements NerModel {
  private readonly extractor: FeatureExtractor;

  constructor(private readonly data: ModelData) {
    this.extractor = new FeatureExtractor({ gazetteer: new Gazetteer(data.gazetteers), lexicon: data.lexicon });
  }

  tagDocument(text: string): NerSpan[] {
    const sentences = splitTaggerSentences(text, tokenizeConll(text));
    const words = sentences.map((s) => s.map((t) => t.text));
    const { labels, margins } = decodeDocument(words, this.extractor, this.data.weights);
    const out: NerSpan[] = [];
    sentences.forEach((toks, si) => {
      const mar = margins[si]!;
      for (const sp of spansFromLabels(labels[si]!)) {
        let min = Infinity;
        for (let k = sp.start; k < sp.end; k++) min = Math.min(min, mar[k]!);
        const confidence = 1 / (1 + Math.exp(-min / this.data.confidenceScale));
        out.push({
          start: toks[sp.start]!.start,
          end: toks[sp.end - 1]!.end,
          type: ENTITY_TYPES[sp.type]!,
          confidence,
        });
      }
    });
    return out;
  }
}
