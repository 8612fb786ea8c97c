/** One page of a list fetched with one row too many: that extra row only says that another page follows. */
export function page<T>(
  rows: T[],
  offset: number,
  limit: number,
): { items: T[]; offset: number; limit: number; nextOffset: number | null } {
  return { items: rows.slice(0, limit), offset, limit, nextOffset: rows.length > limit ? offset + limit : null };
}
