import { NewsgraphError } from '@newsgraph/schema';
import { TextDecoder } from 'node:util';

const BOMS: [bytes: number[], encoding: string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];
// Where documents name their own charset: an HTML meta tag (either form) or an XML declaration (feeds).
const DECLARED = [/<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i, /<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i];

function bomEncoding(bytes: Uint8Array): string | undefined {
  return BOMS.find(([bom]) => bom.every((b, i) => bytes[i] === b))?.[1];
}

/** The charset the bytes declare: a BOM, the Content-Type's charset, or a declaration near the top of the document. */
export function declaredCharset(bytes: Uint8Array, contentType?: string): string | undefined {
  const bom = bomEncoding(bytes);
  if (bom) return bom;
  const fromHeader = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '')?.[1];
  if (fromHeader) return fromHeader.toLowerCase();
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  for (const pattern of DECLARED) {
    const found = pattern.exec(head)?.[1];
    if (found) return found.toLowerCase();
  }
  return undefined;
}

function decoderFor(label: string): TextDecoder {
  try {
    return new TextDecoder(label, { fatal: true });
  } catch (error) {
    throw new NewsgraphError('UNSUPPORTED_FORMAT', `declares the charset "${label}", which this reader does not know`, {
      cause: error,
    });
  }
}

/**
 * Decodes text in the charset it declares (BOM, Content-Type, meta tag or XML declaration), else as strict UTF-8,
 * so mojibake never reaches the extractor: undeclared non-UTF-8 and binary bytes are refused with a reason.
 */
export function decodeText(bytes: Uint8Array, contentType?: string): string {
  const charset = declaredCharset(bytes, contentType) ?? 'utf-8';
  const decoder = decoderFor(charset);
  const wide = decoder.encoding.startsWith('utf-16');
  if (!wide && bytes.includes(0))
    throw new NewsgraphError('UNSUPPORTED_FORMAT', 'looks binary (it contains NUL bytes)');
  try {
    return decoder.decode(bytes);
  } catch (error) {
    const message =
      decoder.encoding === 'utf-8'
        ? 'is not valid UTF-8 and declares no other charset (convert it to UTF-8, or declare its charset)'
        : `is not valid ${decoder.encoding}, the charset it declares`;
    throw new NewsgraphError('BAD_INPUT', message, { cause: error });
  }
}
