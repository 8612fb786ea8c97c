import { findMarkedQuotes } from './quote-marks';
import { attributeTurns } from './turn-quotes';
import type { Doc } from '../types';

/** The quote steps, in the order they run. */
export const QUOTE_STEPS: readonly ((doc: Doc) => Doc)[] = [findMarkedQuotes, attributeTurns];

/** Stage 6: finds quoted speech (in quotation marks, then a transcript's turns) and who said it. */
export function findQuotes(doc: Doc): Doc {
  for (const step of QUOTE_STEPS) step(doc);
  return doc;
}
