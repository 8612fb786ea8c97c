// Characters XML 1.0 cannot carry at all, even escaped; news text scraped from the web sometimes has them.
// eslint-disable-next-line no-control-regex -- naming the control characters XML allows is the point
const NOT_XML = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text safe to put in an XML document: the XML library escapes markup, this drops what XML forbids. */
export function xmlText(text: string): string {
  return text.replace(NOT_XML, '');
}
