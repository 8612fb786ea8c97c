import { describeError } from './api-client';

/** The sidebar error banner and the graph's empty/loading overlay. */
export class StatusView {
  constructor(
    private readonly errorBox: HTMLElement,
    private readonly graphStatus: HTMLElement,
  ) {}

  showError(error: unknown): void {
    this.errorBox.textContent = describeError(error);
    this.errorBox.hidden = false;
  }

  clearError(): void {
    this.errorBox.textContent = '';
    this.errorBox.hidden = true;
  }

  /** A message over the graph area (empty graph, loading); null hides it. */
  showGraphMessage(message: string | null, kind: 'empty' | 'loading' | 'error' = 'empty'): void {
    this.graphStatus.hidden = message === null;
    this.graphStatus.textContent = message ?? '';
    this.graphStatus.dataset['kind'] = kind;
  }
}
