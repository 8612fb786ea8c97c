import { fragment } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';

/** One element (a node or an edge) built by the XML library and serialised on its own, so documents stream. */
export function xmlElement(build: (root: XMLBuilder) => void): string {
  const root = fragment();
  build(root);
  return `${root.end({ prettyPrint: true, headless: true })}\n`;
}
