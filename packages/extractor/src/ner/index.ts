import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeModel } from './model-io';
import { type NerModel, PerceptronNerModel } from './tagger';

export { tokenizeConll, type NerToken } from './conll-tokens';
export { splitTaggerSentences } from './tagger-sentences';
export type { NerModel, NerSpan } from './tagger';

/** Where the committed model lives, next to this file so it ships with the package source. */
export const NER_MODEL_PATH = join(__dirname, 'model', 'ner-model.bin.gz');

let cached: NerModel | undefined;

/** Loads the bundled named-entity model once per process, since decoding it is the only slow step. */
export function loadNerModel(): NerModel {
  cached ??= new PerceptronNerModel(decodeModel(readFileSync(NER_MODEL_PATH)));
  return cached;
}
