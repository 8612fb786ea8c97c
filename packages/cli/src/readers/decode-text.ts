import { NewsgraphError } from '@newsgraph/schema';

/** Decodes bytes as strict UTF-8 so mojibake never reaches the extractor; binary and other encodings are refused. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.includes(0)) throw new NewsgraphError('UNSUPPORTED_FORMAT', 'looks binary (it contains NUL bytes)');
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch (error) {
    throw new NewsgraphError('BAD_INPUT', 'is not valid UTF-8 (convert it to UTF-8 first)', { cause: error });
  }
}
