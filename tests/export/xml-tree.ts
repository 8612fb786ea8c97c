import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** A parsed XML element: attributes as `@name`, text as `#text`, children by tag name (one or many). */
export interface XmlTree {
  [key: string]: XmlValue;
}
export type XmlValue = string | number | boolean | XmlTree | XmlValue[];

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
});

/** Parses a whole document after checking it is well-formed XML, failing with the parser's reason otherwise. */
export function parseXml(text: string): XmlTree {
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new Error(`not well-formed XML: ${valid.err.msg} at line ${valid.err.line}`);
  // fast-xml-parser returns `any`; its output is exactly the shape XmlTree describes
  return parser.parse(text) as XmlTree;
}

/** The one child element called `name`. */
export function child(tree: XmlTree, name: string): XmlTree {
  const value = tree[name];
  if (value === undefined || typeof value !== 'object' || Array.isArray(value)) {
    throw new Error(
      `expected one <${name}> element, found ${value === undefined ? 'none' : JSON.stringify(value).slice(0, 80)}`,
    );
  }
  return value;
}

/** Every child element called `name`, however many there are. */
export function children(tree: XmlTree, name: string): XmlTree[] {
  const value = tree[name];
  if (value === undefined) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.filter((item): item is XmlTree => typeof item === 'object' && !Array.isArray(item));
}

/** An attribute's value, or the element's text with '#text'. */
export function attr(tree: XmlTree, name: string): string | undefined {
  const value = tree[name === '#text' ? name : `@${name}`];
  if (value === undefined || typeof value === 'string') return value;
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}
