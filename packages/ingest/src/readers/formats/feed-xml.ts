import { NewsgraphError } from '@newsgraph/schema';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

const ALWAYS_ARRAYS = new Set(['item', 'entry', 'link', 'author', 'dc:creator']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  htmlEntities: true,
  isArray: (name, _path, _leaf, isAttribute) => !isAttribute && ALWAYS_ARRAYS.has(name),
});

/** The validator's message in a user's words: unclosed elements listed as a path, others with line and column. */
function describe(err: { msg: string; line: number; col: number }): string {
  const unclosed = /^Invalid '\[(.*)\]' found/.exec(err.msg);
  if (unclosed?.[1])
    return `unclosed elements ${unclosed[1]
      .replace(/"/g, '')
      .split(',')
      .map((t) => t.trim())
      .join(' > ')} (truncated?)`;
  return `${err.msg.replace(/\.$/, '')} (line ${err.line}, column ${err.col})`;
}

/** Parses feed XML into plain objects after validating it, so a truncated or broken feed fails with its line and column. */
export function parseFeedXml(xml: string): Record<string, unknown> {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new NewsgraphError('BAD_INPUT', `malformed feed XML: ${describe(valid.err)}`);
  const parsed: unknown = parser.parse(xml);
  if (typeof parsed !== 'object' || parsed === null)
    throw new NewsgraphError('BAD_INPUT', 'malformed feed XML: no root element');
  return parsed as Record<string, unknown>;
}

/** All the text inside a parsed XML value (CDATA, nested XHTML, `#text` nodes), attributes left out. */
export function xmlText(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value))
    return (
      value
        .map(xmlText)
        .filter((v): v is string => v !== undefined)
        .join(' ') || undefined
    );
  if (typeof value === 'object') {
    const parts = Object.entries(value)
      .filter(([key]) => !key.startsWith('@_'))
      .map(([, v]) => xmlText(v));
    return parts.filter((v): v is string => v !== undefined).join(' ') || undefined;
  }
  return undefined;
}
