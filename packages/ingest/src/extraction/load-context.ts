import { EXTRACTOR_VERSION } from '@newsgraph/extractor';
import { effectiveVersion, loadOverrides } from '../overrides/load-overrides';
import type { PrepareContext } from './prepare-article';

/**
 * The extraction context of a run: the overrides file (validated; a required one must exist) and the version it
 * makes, so a changed file marks every stored article as stale.
 */
export function loadPrepareContext(overridesPath: string, required: boolean): PrepareContext {
  const loaded = loadOverrides(overridesPath, required);
  return { overrides: loaded.overrides, version: effectiveVersion(EXTRACTOR_VERSION, loaded) };
}
