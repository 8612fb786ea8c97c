/**
 * Texts of power-user queries whose plans were found pure reads. Writes, LOAD CSV and procedure calls are clauses of
 * the text, so a text found a pure read once stays one: its later runs skip the EXPLAIN round trip. Refusals are
 * not kept, so a refused query is planned and refused again each time. At most `max` texts, the oldest dropped.
 */
export class CheckedQueries {
  private readonly texts = new Set<string>();

  constructor(private readonly max = 1000) {}

  has(query: string): boolean {
    return this.texts.has(query);
  }

  add(query: string): void {
    this.texts.add(query);
    for (const oldest of this.texts) {
      if (this.texts.size <= this.max) break;
      this.texts.delete(oldest);
    }
  }

  get size(): number {
    return this.texts.size;
  }
}
