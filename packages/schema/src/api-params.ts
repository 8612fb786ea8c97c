import { z } from 'zod';

/** A comma-separated query parameter (or the parameter repeated) as a list of the given values. */
export const listParam = <T extends z.ZodType>(item: T, max = 50) =>
  z.preprocess((value: unknown): unknown[] => {
    const parts: unknown[] = Array.isArray(value) ? value : [value];
    return parts
      .flatMap((part): unknown[] => (typeof part === 'string' ? part.split(',').map((s) => s.trim()) : [part]))
      .filter((part) => part !== '');
  }, z.array(item).min(1).max(max));

/**
 * A number read from a query string that may be 0: as `z.coerce.number()`, but an empty value (`offset=`) is refused
 * rather than read as 0, as the OpenAPI document (an integer) says.
 */
export const queryNumber = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value: unknown) => (typeof value === 'string' && value.trim() === '' ? Number.NaN : value), schema);

/**
 * A date or its prefix as publication dates are stored (`2024`, `2024-04`, `2024-04-02`, or a full ISO time):
 * periods compare by prefix, so `until=2024-04` takes in all of April.
 */
export const DateParamSchema = z
  .string()
  .regex(
    /^\d{4}(-\d{2}(-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$/,
    'a date such as 2024-04-02 (or 2024-04, or 2024)',
  );

/** An inclusive publication period; either end may be open. */
export const PeriodSchema = z.object({ since: DateParamSchema.optional(), until: DateParamSchema.optional() });
export type Period = z.infer<typeof PeriodSchema>;

/** `since` must not come after `until` (compared over their common prefix). */
export function periodInOrder(period: Period): boolean {
  if (!period.since || !period.until) return true;
  const length = Math.min(period.since.length, period.until.length);
  return period.since.slice(0, length) <= period.until.slice(0, length);
}
