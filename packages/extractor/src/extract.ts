import { NewsgraphError, type ExtractionResult } from '@newsgraph/schema';
import { normalise } from './pipeline/1-layout/normalise';
import { splitSentences } from './pipeline/2-sentences/split-sentences';
import { findEntities } from './pipeline/3-entities/find-entities';
import { resolveCoreference } from './pipeline/4-coreference/resolve-coreference';
import { findRelations } from './pipeline/5-relations/find-relations';
import { calibrateRelations } from './pipeline/5-relations/calibration';
import { findQuotes } from './pipeline/6-quotes/find-quotes';
import { assemble } from './pipeline/7-assemble/assemble';
import { dropVocatives } from './pipeline/4-coreference/vocatives';

/** The input of one extraction: the article id, its text (every offset indexes it) and an optional title. */
export interface ExtractInput {
  id: string;
  text: string;
  title?: string;
}

/** How to run an extraction: `calibrate: false` keeps the rules' raw confidences, which fitting a calibration needs. */
export interface ExtractOptions {
  calibrate?: boolean;
}

/** Runs the numbered stages on one article; pure, synchronous and deterministic so workers can run it anywhere. */
export function extract(input: ExtractInput, options: ExtractOptions = {}): ExtractionResult {
  if (typeof input?.id !== 'string' || typeof input.text !== 'string') {
    throw new NewsgraphError('BAD_INPUT', 'extract needs a string id and a string text');
  }
  const doc = normalise(input.text, input.title);
  splitSentences(doc);
  findEntities(doc);
  resolveCoreference(doc);
  dropVocatives(doc);
  findRelations(doc);
  if (options.calibrate !== false) calibrateRelations(doc.relations);
  findQuotes(doc);
  return assemble(input.id, doc);
}
