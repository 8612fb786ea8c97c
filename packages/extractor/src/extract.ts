import { NewsgraphError, type ExtractionResult } from '@newsgraph/schema';
import { governmentCountry } from './knowledge/government-hosts';
import { normalise } from './pipeline/1-layout/normalise';
import { splitSentences } from './pipeline/2-sentences/split-sentences';
import { findEntities } from './pipeline/3-entities/find-entities';
import { bundledTagger } from './pipeline/3-entities/ner-source';
import { resolveCoreference } from './pipeline/4-coreference/resolve-coreference';
import { findRelations } from './pipeline/5-relations/find-relations';
import { findQuotes } from './pipeline/6-quotes/find-quotes';
import { assemble } from './pipeline/7-assemble/assemble';
import type { SpanTagger, Stage } from './pipeline/types';

/** The input of one extraction: the article id, its text (every offset indexes it), an optional title and address. */
export interface ArticleText {
  id: string;
  text: string;
  title?: string;
  /** Where the article was published: a government's address tells whose bodies its unqualified names are. */
  url?: string;
}

/** How to run an extraction. */
export interface ExtractOptions {
  /** False keeps the rules' raw confidences, which fitting a calibration needs. */
  calibrate?: boolean;
  /** The named-entity tagger: the bundled model when absent, null for rules alone; tests pass a fake one. */
  tagger?: SpanTagger | null;
}

/** The stages between reading the layout (stage 1) and assembling the record (stage 7), in the order they run. */
export const STAGES: readonly Stage[] = [splitSentences, findEntities, resolveCoreference, findRelations, findQuotes];

/** Runs the numbered stages on one article; pure, synchronous and deterministic so workers can run it anywhere. */
export function extract(input: ArticleText, options: ExtractOptions = {}): ExtractionResult {
  // Workers and JavaScript callers may hand over anything, so the check does not trust the declared type.
  const given = input as Partial<ArticleText> | undefined;
  if (typeof given?.id !== 'string' || typeof given.text !== 'string') {
    throw new NewsgraphError('BAD_INPUT', 'extract needs a string id and a string text');
  }
  const run = {
    tagger: options.tagger === undefined ? bundledTagger() : options.tagger,
    calibrate: options.calibrate !== false,
  };
  const doc = normalise(input.text, input.title);
  const home = governmentCountry(typeof input.url === 'string' ? input.url : undefined);
  if (home !== undefined) doc.homeCountry = home;
  for (const stage of STAGES) stage(doc, run);
  return assemble(input.id, doc);
}
