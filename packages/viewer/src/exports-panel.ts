import type { Core } from 'cytoscape';
import { ErrorBodySchema } from '@newsgraph/schema';
import { ApiError } from './api-client';
import { el } from './dom';
import { withDpi } from './png-dpi';

/** Screens are taken as 96 dpi, so 300 dpi print is 300/96 of the on-screen size. */
export const PRINT_DPI = 300;
const SCREEN_DPI = 96;

/** The API's data exports of exactly the drawn entities (posted as ids, so any view size fits). */
const DATA_EXPORTS = [
  { label: 'GraphML', format: 'graphml', extension: 'graphml' },
  { label: 'GEXF', format: 'gexf', extension: 'gexf' },
  { label: 'CSV nodes', format: 'csv&table=nodes', extension: 'nodes.csv' },
  { label: 'CSV relations', format: 'csv&table=relationships', extension: 'relationships.csv' },
  { label: 'JSON (Cytoscape)', format: 'cyjs', extension: 'cyjs' },
] as const;

export interface ExportSource {
  cy: Core;
  /** The ids of the entities in view. */
  nodeIds(): string[];
  /** The evidence pack's query for the view (its subject, depth and filters, and its last path), or null. */
  reportParams(): URLSearchParams | null;
  /** Writes the view into the address now if writing it was put off, so the link read next is the view's. */
  settleAddress(): void;
  onError(error: unknown): void;
}

/** Saves a blob under a name through a temporary link, as browsers allow without any permission. */
function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = el('a', { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function postExport(format: string, ids: string[]): Promise<Blob> {
  const response = await fetch(`/api/export?format=${format}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ids }),
  });
  if (response.ok) return response.blob();
  const parsed = ErrorBodySchema.safeParse(await response.json().catch(() => undefined));
  if (parsed.success) throw new ApiError(parsed.data.error.code, parsed.data.error.message, response.status);
  throw new ApiError('HTTP_ERROR', `The export failed: ${response.status} ${response.statusText}`, response.status);
}

/** The link of the view, images of it (PNG at print resolution, SVG), its data through the API, and its evidence pack. */
export class ExportsPanel {
  private readonly link = el('input', {
    type: 'text',
    readonly: '',
    'data-testid': 'share-link',
    'aria-label': 'Link to this view',
  });
  private readonly report = el(
    'a',
    { 'data-testid': 'evidence-pack', target: '_blank', rel: 'noopener' },
    'Evidence pack of this view',
  );

  constructor(
    root: HTMLElement,
    private readonly source: ExportSource,
  ) {
    const copy = el('button', { type: 'button', 'data-testid': 'copy-link' }, 'Copy link');
    copy.addEventListener('click', () => void this.copyLink(copy));
    const png = el('button', { type: 'button', 'data-testid': 'export-png' }, 'PNG (300 dpi)');
    png.addEventListener('click', () => this.png());
    const svg = el('button', { type: 'button', 'data-testid': 'export-svg' }, 'SVG');
    svg.addEventListener('click', () => this.svg());
    const data = DATA_EXPORTS.map((item) => {
      const button = el(
        'button',
        { type: 'button', 'data-testid': `export-${item.extension.replace('.', '-')}` },
        item.label,
      );
      button.addEventListener('click', () => void this.data(item.format, item.extension));
      return button;
    });
    root.replaceChildren(
      el('div', { class: 'share' }, this.link, copy),
      el('h3', { class: 'sub' }, 'Image'),
      el('div', { class: 'toolbar__row' }, png, svg),
      el('h3', { class: 'sub' }, 'Data of the entities in view'),
      el('div', { class: 'toolbar__row' }, ...data),
      el('p', {}, this.report),
    );
  }

  /** Keeps the link and the evidence pack address in step with the view. */
  update(): void {
    this.link.value = window.location.href;
    const params = this.source.reportParams();
    this.report.hidden = params === null;
    if (params) this.report.href = `/api/report?${params.toString()}`;
  }

  private async copyLink(button: HTMLButtonElement): Promise<void> {
    this.source.settleAddress();
    this.update();
    this.link.select();
    try {
      await navigator.clipboard.writeText(this.link.value);
      button.textContent = 'Copied';
    } catch {
      // Without clipboard permission the link stays selected in the field for Ctrl+C.
      button.textContent = 'Press Ctrl+C';
    }
    setTimeout(() => (button.textContent = 'Copy link'), 2000);
  }

  private png(): void {
    const blob = this.source.cy.png({ output: 'blob', full: true, scale: PRINT_DPI / SCREEN_DPI, bg: '#ffffff' });
    void blob
      .arrayBuffer()
      .then((bytes) =>
        save(new Blob([withDpi(new Uint8Array(bytes), PRINT_DPI)], { type: 'image/png' }), 'newsgraph-view.png'),
      )
      .catch((error: unknown) => this.source.onError(error));
  }

  private svg(): void {
    const text = (this.source.cy as Core & { svg(options: object): string }).svg({ full: true, bg: '#ffffff' });
    save(new Blob([text], { type: 'image/svg+xml' }), 'newsgraph-view.svg');
  }

  private async data(format: string, extension: string): Promise<void> {
    const ids = this.source.nodeIds();
    if (ids.length === 0) return this.source.onError(new Error('Nothing in view to export.'));
    try {
      save(await postExport(format, ids), `newsgraph-view.${extension}`);
    } catch (error) {
      this.source.onError(error);
    }
  }
}
