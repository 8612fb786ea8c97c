const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML or SVG, in content or a quoted attribute: names and sentences are never markup. */
export function html(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/**
 * Text for Markdown, never at the start of a line: one line, every character that inline Markdown or HTML could read
 * as syntax escaped (list and heading markers only count at a line's start, which these texts never take).
 */
export function md(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\`*_{}[\]()#+!|<>~&]/g, '\\$&');
}

/** A URL fit for a link (http or https only), or undefined: a `javascript:` URL in an article's metadata stays text. */
export function linkable(url: string | null): string | undefined {
  if (!url || !/^https?:\/\/[^\s<>"]+$/i.test(url)) return undefined;
  return url;
}
