import helmet from 'helmet';
import type { RequestHandler } from 'express';

/** Cytoscape.js adds one <style> element (`.__________cytoscape_container { position: relative; }`); its hash lets exactly that in. */
export const CYTOSCAPE_STYLE_HASH = "'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8='";

/**
 * The viewer's Content-Security-Policy: its own scripts, styles and API only, no inline script or style, no plugins,
 * no framing, no forms; images may be data: and blob: URLs (Cytoscape's exports). Article text that slipped markup
 * into the page could run nothing.
 */
export const VIEWER_CSP: Record<string, string[]> = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", CYTOSCAPE_STYLE_HASH],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
};

/** Sets the viewer's policy on what the static files answer, replacing the API's default one. */
export function viewerCsp(): RequestHandler {
  return helmet.contentSecurityPolicy({ useDefaults: false, directives: VIEWER_CSP });
}
