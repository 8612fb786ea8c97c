/** An input that did not make it into the graph, and why. */
export interface IngestFailure {
  where: string;
  error: string;
}
