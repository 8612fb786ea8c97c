import { NewsgraphError } from '@newsgraph/schema';
import { z } from 'zod';
import { articleResult, type ReadResult } from '../read-result';
import { normaliseDate } from './dates';
import { htmlFragmentToText } from './dom';
import { parseFeedXml, xmlText } from './feed-xml';

const Anything = z.unknown().optional();
const AtomLinkSchema = z.looseObject({ '@_href': z.string().optional(), '@_rel': z.string().optional() });
const RssItemSchema = z.looseObject({
  title: Anything,
  link: z.array(Anything).optional(),
  description: Anything,
  'content:encoded': Anything,
  author: z.array(Anything).optional(),
  'dc:creator': z.array(Anything).optional(),
  pubDate: Anything,
  'dc:date': Anything,
});
const AtomEntrySchema = z.looseObject({
  title: Anything,
  link: z.array(z.union([AtomLinkSchema, z.string()])).optional(),
  content: Anything,
  summary: Anything,
  author: z.array(z.looseObject({ name: Anything }).or(z.string())).optional(),
  published: Anything,
  updated: Anything,
});
const RssSchema = z.looseObject({
  channel: z.looseObject({ title: Anything, item: z.array(RssItemSchema).optional() }),
});
const RdfSchema = z.looseObject({
  channel: z.looseObject({ title: Anything }).optional(),
  item: z.array(RssItemSchema).optional(),
});
const AtomSchema = z.looseObject({
  title: Anything,
  author: AtomEntrySchema.shape.author,
  entry: z.array(AtomEntrySchema).optional(),
});

type Candidate = {
  title?: string | undefined;
  url?: string | undefined;
  author?: string | undefined;
  publishedAt?: string | undefined;
  text?: string | undefined;
};

const plain = (value: unknown): string | undefined => {
  const text = xmlText(value);
  return text === undefined ? undefined : htmlFragmentToText(text);
};

/** RSS `author` is often "mail@example.org (Name)": keep the name. */
const rssAuthor = (value: string | undefined): string | undefined => value?.replace(/^\S+@\S+\s*\((.+)\)$/, '$1');

function fromRssItem(item: z.infer<typeof RssItemSchema>): Candidate {
  return {
    title: plain(item.title),
    url: xmlText(item.link?.[0])?.trim(),
    author: rssAuthor(plain(item['dc:creator']?.[0]) ?? plain(item.author?.[0])),
    publishedAt: normaliseDate(xmlText(item.pubDate) ?? xmlText(item['dc:date'])),
    text: plain(item['content:encoded']) ?? plain(item.description),
  };
}

function fromAtomEntry(entry: z.infer<typeof AtomEntrySchema>, feedAuthor: string | undefined): Candidate {
  const links = (entry.link ?? []).map((link) => (typeof link === 'string' ? { '@_href': link } : link));
  const link = links.find((l) => !l['@_rel'] || l['@_rel'] === 'alternate') ?? links[0];
  const author = entry.author?.[0];
  return {
    title: plain(entry.title),
    url: link?.['@_href'],
    author: (typeof author === 'string' ? author : plain(author?.name)) ?? feedAuthor,
    publishedAt: normaliseDate(xmlText(entry.published) ?? xmlText(entry.updated)),
    text: plain(entry.content) ?? plain(entry.summary),
  };
}

/** The feed's items as article candidates plus the feed title (the publisher), for RSS 2.0, RSS 1.0 (RDF) and Atom. */
function feedItems(root: Record<string, unknown>): { publisher: string | undefined; items: Candidate[] } {
  if (root['rss'] !== undefined) {
    const { channel } = RssSchema.parse(root['rss']);
    return { publisher: plain(channel.title), items: (channel.item ?? []).map(fromRssItem) };
  }
  if (root['rdf:RDF'] !== undefined) {
    const rdf = RdfSchema.parse(root['rdf:RDF']);
    return { publisher: plain(rdf.channel?.title), items: (rdf.item ?? []).map(fromRssItem) };
  }
  if (root['feed'] !== undefined) {
    const feed = AtomSchema.parse(root['feed']);
    const author = feed.author?.[0];
    const feedAuthor = typeof author === 'string' ? author : plain(author?.name);
    return { publisher: plain(feed.title), items: (feed.entry ?? []).map((entry) => fromAtomEntry(entry, feedAuthor)) };
  }
  throw new NewsgraphError(
    'UNSUPPORTED_FORMAT',
    `XML is not an RSS or Atom feed (root element: ${Object.keys(root).find((k) => !k.startsWith('?')) ?? 'none'})`,
  );
}

/** Reads an RSS or Atom feed: each item becomes an article located as `where[i]`, its HTML stripped. */
export function readFeed(xml: string, where: string): ReadResult[] {
  const { publisher, items } = feedItems(parseFeedXml(xml));
  if (items.length === 0) return [{ ok: false, where, error: 'feed has no items' }];
  return items.map((item, i) => articleResult({ ...item, publisher, source: publisher }, `${where}[${i}]`));
}
