/** Public face of the extractor: pure text in, the contract's ExtractionResult out. */
export { extract, type ArticleText, type ExtractOptions } from './extract';
export {
  BUNDLED_CALIBRATION,
  calibrate,
  calibratedConfidence,
  CalibrationTableSchema,
  ruleOf,
  type CalibrationTable,
} from './pipeline/5-relations/calibration';
export { EXTRACTOR_VERSION } from './version';
export type { SpanTagger, TaggedSpan } from './pipeline/types';
export { mulberry32 } from './random';
