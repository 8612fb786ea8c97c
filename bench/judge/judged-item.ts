// The shape of one line of a judging file, validated with zod wherever such a file is read or written.
import { z } from 'zod';
import { NewsgraphError } from '@newsgraph/schema';

/** The judge's verdict and why; `error` names the class of a wrong item, so error counts can be compared across samples. */
const Verdict = { verdict: z.boolean().nullable(), reason: z.string(), error: z.string().optional() };

/** A relation drawn for judging, with everything an analyst needs to decide it from its own sentence. */
export const JudgedRelationSchema = z.object({
  kind: z.literal('relation'),
  articleId: z.string().min(1),
  title: z.string(),
  publishedAt: z.string(),
  subject: z.object({ name: z.string(), type: z.string() }),
  predicate: z.string().min(1),
  object: z.object({ name: z.string(), type: z.string() }),
  attributes: z.record(z.string(), z.string()).optional(),
  /** The confidence the extractor outputs (calibrated by the table in force when drawn). */
  confidence: z.number().min(0).max(1),
  /** The rule's own confidence before calibration, which a new calibration is fitted on. */
  rawConfidence: z.number().min(0).max(1),
  rule: z.string().optional(),
  evidence: z.string(),
  /** The judge's reading: the evidence stops mid-phrase or runs across a paragraph (absent until judged). */
  evidenceCut: z.boolean().optional(),
  ...Verdict,
});
export type JudgedRelation = z.infer<typeof JudgedRelationSchema>;

/** An entity drawn for judging, with two sentences that show how it was mentioned. */
export const JudgedEntitySchema = z.object({
  kind: z.literal('entity'),
  articleId: z.string().min(1),
  title: z.string(),
  name: z.string().min(1),
  type: z.string().min(1),
  aliases: z.array(z.string()),
  mentions: z.number().int().nonnegative(),
  examples: z.array(z.string()),
  ...Verdict,
});
export type JudgedEntity = z.infer<typeof JudgedEntitySchema>;

export const JudgedItemSchema = z.discriminatedUnion('kind', [JudgedRelationSchema, JudgedEntitySchema]);
export type JudgedItem = z.infer<typeof JudgedItemSchema>;

/** Reads a judging file (JSON Lines), failing on the first line that does not fit the shape. */
export function parseJudgedFile(text: string): JudgedItem[] {
  return text
    .split('\n')
    .filter((l) => l.trim())
    .map((line, i) => {
      let raw: unknown;
      try {
        raw = JSON.parse(line);
      } catch (error) {
        throw new NewsgraphError('BAD_INPUT', `line ${i + 1}: unreadable JSON`, { cause: error });
      }
      const parsed = JudgedItemSchema.safeParse(raw);
      if (!parsed.success)
        throw new NewsgraphError('BAD_INPUT', `line ${i + 1}: ${parsed.error.message}`, { cause: parsed.error });
      return parsed.data;
    });
}
