import { z } from 'zod';

const FrontMatterSchema = z
  .object({
    title: z.string().optional(),
    date: z.string().optional(),
    publishedAt: z.string().optional(),
    author: z.string().optional(),
    url: z.string().optional(),
    publisher: z.string().optional(),
    source: z.string().optional(),
  })
  .transform((raw) => ({
    title: raw.title,
    publishedAt: raw.publishedAt ?? raw.date,
    author: raw.author,
    url: raw.url,
    publisher: raw.publisher,
    source: raw.source,
  }));

/** Metadata a Markdown file declares in its front matter. */
export type FrontMatter = z.output<typeof FrontMatterSchema>;

const unquote = (value: string): string => value.trim().replace(/^(["'])(.*)\1$/, '$2');

/** Splits flat `key: value` YAML front matter off a Markdown file; nested YAML is ignored, as articles need only the flat fields. */
export function splitFrontMatter(markdown: string): { meta: FrontMatter; body: string } {
  const match = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(markdown);
  if (!match) return { meta: FrontMatterSchema.parse({}), body: markdown };
  const fields: Record<string, string> = {};
  for (const line of (match[1] ?? '').split(/\r?\n/)) {
    const field = /^([A-Za-z][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (field?.[1] && field[2]) fields[field[1]] = unquote(field[2]);
  }
  return { meta: FrontMatterSchema.parse(fields), body: markdown.slice(match[0].length) };
}
