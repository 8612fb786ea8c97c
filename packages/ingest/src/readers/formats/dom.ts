// linkedom's types are declared as ES module only, though its package also exports CommonJS (used here).
// eslint-disable-next-line @typescript-eslint/no-require-imports -- an import statement would be refused for those ES-module-only types.
const { parseHTML } = require('linkedom') as { parseHTML: (html: string) => { document: unknown } };

/** The few DOM members the readers use; linkedom's own types lean on the browser lib this package does not load. */
export interface MiniNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<MiniNode>;
}
export interface MiniElement extends MiniNode {
  getAttribute(name: string): string | null;
}
export interface MiniDocument {
  title: string;
  body: MiniElement | null;
  documentElement: MiniElement | null;
  querySelector(selector: string): MiniElement | null;
  querySelectorAll(selector: string): ArrayLike<MiniElement>;
}

/** Parses HTML leniently (linkedom never throws on tag soup), so malformed pages still yield what text they have. */
export function parseDocument(html: string): MiniDocument {
  return parseHTML(html).document as MiniDocument;
}

const BLOCKS = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'BLOCKQUOTE',
  'PRE',
  'LI',
  'UL',
  'OL',
  'DL',
  'DT',
  'DD',
  'TABLE',
  'TR',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'FIGURE',
  'FIGCAPTION',
  'HR',
  'BR',
]);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'BUTTON', 'FORM', 'NAV']);

/** Text of a DOM subtree with a blank line between blocks, so sentence and paragraph boundaries survive. */
export function nodeText(root: MiniNode): string {
  const parts: string[] = [];
  const walk = (node: MiniNode): void => {
    if (node.nodeType === 3) {
      parts.push(node.textContent ?? '');
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeName.toUpperCase();
    if (SKIPPED.has(name)) return;
    const block = BLOCKS.has(name);
    if (block) parts.push(name === 'BR' ? '\n' : '\n\n');
    for (let i = 0; i < node.childNodes.length; i++) {
      const child = node.childNodes[i];
      if (child) walk(child);
    }
    if (block && name !== 'BR') parts.push('\n\n');
  };
  walk(root);
  return parts
    .join('')
    .replace(/[ \t\f\r\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Strips HTML from a fragment (a feed item's description, say) and keeps its paragraphs. */
export function htmlFragmentToText(html: string): string {
  if (!/[<&]/.test(html)) return html.trim();
  const document = parseDocument(`<!doctype html><html><head></head><body>${html}</body></html>`);
  return document.body ? nodeText(document.body) : '';
}
