/** Public face of the extractor: pure text in, the contract's ExtractionResult out. */
export { extract, type ExtractInput, type ExtractOptions } from './extract';
export {
  BUNDLED_CALIBRATION,
  calibrate,
  calibratedConfidence,
  CalibrationTableSchema,
  ruleOf,
  type CalibrationTable,
} from './pipeline/relations/calibration';
export { EXTRACTOR_VERSION } from './version';
export { useTagger, type SpanTagger, type TaggedSpan } from './pipeline/entities/ner-source';
