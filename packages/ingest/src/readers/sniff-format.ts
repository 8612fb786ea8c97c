/** The article formats the readers understand. */
export type Format = 'text' | 'markdown' | 'html' | 'json' | 'jsonl' | 'feed' | 'pdf';

const BY_EXTENSION: Record<string, Format> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.rss': 'feed',
  '.atom': 'feed',
  '.xml': 'feed',
  '.pdf': 'pdf',
};

const BY_MEDIA_TYPE: Record<string, Format> = {
  'text/plain': 'text',
  'text/markdown': 'markdown',
  'text/x-markdown': 'markdown',
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'application/json': 'json',
  'application/x-ndjson': 'jsonl',
  'application/jsonl': 'jsonl',
  'application/rss+xml': 'feed',
  'application/atom+xml': 'feed',
  'application/xml': 'feed',
  'text/xml': 'feed',
  'application/pdf': 'pdf',
};

/** Extensions a directory walk picks up (with or without `.gz`). */
export const ARTICLE_EXTENSIONS = Object.keys(BY_EXTENSION);

/** True for gzip's magic bytes, so `.gz` is honoured by content and not by name alone. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** The format an extension promises, or undefined for none or an unknown one. */
export function formatFromName(name: string): Format | undefined {
  const ext = /\.[a-z0-9]+$/i.exec(name)?.[0]?.toLowerCase();
  return ext === undefined ? undefined : BY_EXTENSION[ext];
}

/** The format a Content-Type header names (parameters ignored), or undefined. */
export function formatFromMediaType(contentType: string | undefined): Format | undefined {
  const type = contentType?.split(';')[0]?.trim().toLowerCase();
  return type ? BY_MEDIA_TYPE[type] : undefined;
}

const FEED_ROOT = /^(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*|<\?[\s\S]*?\?>\s*)*<(?:rss|feed|rdf:RDF)[\s>]/i;
const HTML_START = /^(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]/i;
const HTML_TAGS = /<(?:p|div|article|h[1-6]|br|title|meta|span|a\s)[\s>/]/i;

/** What the text itself says it is; strong signs (a feed root, an HTML document) beat the extension. */
export function sniffText(text: string): { format: Format; strong: boolean } | undefined {
  const head = text
    .slice(0, 4096)
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (FEED_ROOT.test(head)) return { format: 'feed', strong: true };
  if (HTML_START.test(head)) return { format: 'html', strong: true };
  if (head.startsWith('<') && HTML_TAGS.test(head)) return { format: 'html', strong: false };
  if (head.startsWith('{') || head.startsWith('[')) {
    try {
      JSON.parse(text);
      return { format: 'json', strong: false };
    } catch {
      const lines = text.split('\n').filter((line) => line.trim() !== '');
      if (lines.length > 1 && lines.every((line) => line.trimStart().startsWith('{')))
        return { format: 'jsonl', strong: false };
    }
  }
  return undefined;
}

/**
 * Decides a reader from the name, the declared media type and the text, so a `.txt` holding HTML or an
 * extension-less JSON file is still read right; an explicit extension wins over weak content hints only.
 */
export function chooseFormat(text: string, name: string, contentType?: string): Format {
  const declared = formatFromName(name) ?? formatFromMediaType(contentType);
  const sniffed = sniffText(text);
  if (sniffed?.strong && declared !== 'markdown' && declared !== 'json' && declared !== 'jsonl') return sniffed.format;
  if (declared && declared !== 'text' && declared !== 'feed') return declared;
  if (declared === 'feed') return sniffed?.format === 'html' ? 'html' : 'feed';
  return sniffed?.format ?? 'text';
}
