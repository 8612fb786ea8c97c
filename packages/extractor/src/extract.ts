import { NewsgraphError, type ExtractionResult } from '@newsgraph/schema';
import { normalise } from './pipeline/01-normalise';
import { splitSentences } from './pipeline/02-sentences';
import { findEntities } from './pipeline/03-entities';
import { resolveCoreference } from './pipeline/04-coreference';
import { findRelations } from './pipeline/05-relations';
import { calibrateRelations } from './pipeline/relations/calibration';
import { findQuotes } from './pipeline/06-quotes';
import { assemble } from './pipeline/07-assemble';
import { dropVocatives } from './pipeline/layout/vocatives';

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
  // Workers and JavaScript callers may hand over anything, so the check does not trust the declared type.
  const given = input as Partial<ExtractInput> | undefined;
  if (typeof given?.id !== 'string' || typeof given.text !== 'string') {
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
