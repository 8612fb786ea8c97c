import { spawnSync } from 'node:child_process';
import { NewsgraphError } from '@newsgraph/schema';
import { z } from 'zod';
import { articleResult, type ReadResult } from '../read-result';
import { normaliseDate } from './dates';

const PDF_TIMEOUT_MS = 30_000;

// pdf.js ships only as ES modules, which CommonJS code under jest cannot import(); a child Node can,
// and it also bounds the time and memory a hostile PDF may take.
const CHILD = `
const chunks = [];
process.stdin.on('data', (c) => chunks.push(c));
process.stdin.on('end', async () => {
  try {
    const { getDocumentProxy, extractText, getMeta } = require(process.argv[1]);
    const pdf = await getDocumentProxy(new Uint8Array(Buffer.concat(chunks)));
    const { text } = await extractText(pdf, { mergePages: true });
    const { info } = await getMeta(pdf);
    process.stdout.write(JSON.stringify({ ok: true, text, info }));
  } catch (error) {
    process.stdout.write(JSON.stringify({ ok: false, error: String(error && error.message || error) }));
  }
});`;

const PdfInfoSchema = z.looseObject({
  Title: z.string().optional(),
  Author: z.string().optional(),
  CreationDate: z.string().optional(),
});
const ChildOutputSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), text: z.string(), info: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);

/** Extracts a PDF's text layer and document info with unpdf (pdf.js) in a child process. */
function extractPdf(bytes: Uint8Array): { text: string; info: z.infer<typeof PdfInfoSchema> } {
  const child = spawnSync(process.execPath, ['-e', CHILD, require.resolve('unpdf')], {
    input: bytes,
    timeout: PDF_TIMEOUT_MS,
    maxBuffer: 64 * 1024 * 1024,
    encoding: 'utf8',
  });
  if (child.error)
    throw new NewsgraphError('BAD_INPUT', `PDF could not be read: ${child.error.message}`, { cause: child.error });
  let output: z.infer<typeof ChildOutputSchema>;
  try {
    output = ChildOutputSchema.parse(JSON.parse(child.stdout));
  } catch (error) {
    throw new NewsgraphError('INTERNAL', `PDF reader failed: ${child.stderr.trim().split('\n').pop() ?? 'no output'}`, {
      cause: error,
    });
  }
  if (!output.ok) throw new NewsgraphError('BAD_INPUT', `PDF could not be read: ${output.error}`);
  const info = PdfInfoSchema.safeParse(output.info);
  return { text: output.text, info: info.success ? info.data : {} };
}

/** Reads a PDF's text and its Title/Author/CreationDate; a scanned PDF with no text layer is reported as such. */
export function readPdf(bytes: Uint8Array, where: string): ReadResult[] {
  const { text, info } = extractPdf(bytes);
  if (!text.trim()) return [{ ok: false, where, error: 'PDF has no text layer (scanned? run OCR first)' }];
  return [
    articleResult(
      { text, title: info.Title, author: info.Author, publishedAt: normaliseDate(info.CreationDate) },
      where,
    ),
  ];
}
