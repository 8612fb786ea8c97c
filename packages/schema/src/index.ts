export * from './ontology';
export * from './extraction';
export * from './article';
export * from './errors';
export * from './api';
export * from './overrides';
export * from './relation-key';
export * from './honorifics';
