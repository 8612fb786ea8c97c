/** Bumped whenever extraction output changes, so the store knows which articles to re-extract. */
export const EXTRACTOR_VERSION = '0.3.15';
