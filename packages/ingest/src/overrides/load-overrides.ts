import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { describeIssue, NewsgraphError, OverridesSchema, type Overrides } from '@newsgraph/schema';

/** Overrides plus a short hash of them, so a changed overrides file marks every article for re-extraction. */
export interface LoadedOverrides {
  overrides: Overrides;
  hash: string | undefined;
}

export const NO_OVERRIDES: LoadedOverrides = { overrides: OverridesSchema.parse({}), hash: undefined };

/** Reads and validates the overrides file; a missing default file means none, a bad one is an error naming the field. */
export function loadOverrides(path: string, required: boolean): LoadedOverrides {
  if (!existsSync(path)) {
    if (required) throw new NewsgraphError('BAD_INPUT', `overrides file ${path} does not exist`);
    return NO_OVERRIDES;
  }
  const raw = readFileSync(path, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new NewsgraphError('BAD_INPUT', `overrides file ${path} is not valid JSON: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const parsed = OverridesSchema.safeParse(json);
  if (!parsed.success) {
    throw new NewsgraphError('BAD_INPUT', `overrides file ${path}: ${describeIssue(parsed.error, '(root)')}`, {
      cause: parsed.error,
    });
  }
  return {
    overrides: parsed.data,
    hash: createHash('sha256').update(JSON.stringify(parsed.data)).digest('hex').slice(0, 8),
  };
}

const OVERRIDES_MARK = '+overrides.';

/** The version stamped on articles: the extractor's, plus the overrides' hash when there are any. */
export function effectiveVersion(extractorVersion: string, loaded: LoadedOverrides): string {
  return loaded.hash ? `${extractorVersion}${OVERRIDES_MARK}${loaded.hash}` : extractorVersion;
}

/** The extractor's own part of a stamped version, so a re-run can say whether the extractor or the overrides changed. */
export function extractorPart(version: string): string {
  const at = version.indexOf(OVERRIDES_MARK);
  return at === -1 ? version : version.slice(0, at);
}
