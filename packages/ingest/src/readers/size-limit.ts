import { NewsgraphError } from '@newsgraph/schema';

/** Larger inputs are refused rather than read into memory: no news article (or feed of them) is this long. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

const mb = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** The one wording for an input over the cap, naming both the size and the limit so the user knows what to change. */
export function tooLargeError(size: number, limit: number, prefix = 'is'): NewsgraphError {
  return new NewsgraphError(
    'BAD_INPUT',
    `${prefix} ${mb(size)} (${size} bytes), over the ${mb(limit)} (${limit} bytes) limit`,
    { details: { size, limit } },
  );
}
