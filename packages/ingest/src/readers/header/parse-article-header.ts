/** Article metadata read from a plain-text header, plus the body that extraction should see. */
export interface ParsedArticle {
  text: string;
  title?: string;
  author?: string;
  publisher?: string;
  publishedAt?: string;
}

const FIELD_RE = /^(author|by|posted on|published|publisher|source|date|title)\s*:\s*(.*)$/i;
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const BOILERPLATE_RE = /^(?:read more|related|see also|follow us|share this|advertisement)\b.*$/i;

/** Turns "March 3rd,2017" or "2017-03-03" into an ISO date, or undefined when unreadable. */
export function parseDate(raw: string): string | undefined {
  const iso = /(\d{4})-(\d{2})-(\d{2})/.exec(raw);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const m = /([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?\s*,?\s*(\d{4})/.exec(raw);
  if (!m) return undefined;
  const month = MONTHS.findIndex((name) => name.startsWith((m[1] ?? '').toLowerCase().slice(0, 3)));
  if (month < 0) return undefined;
  return `${m[3]}-${String(month + 1).padStart(2, '0')}-${String(Number(m[2])).padStart(2, '0')}`;
}

function applyField(out: ParsedArticle, key: string, value: string): void {
  if (key === 'author' || key === 'by') out.author = value;
  else if (key === 'title') out.title = value;
  else if (key === 'publisher' || key === 'source') out.publisher = value;
  else if (key === 'date' || key === 'published') {
    const d = parseDate(value);
    if (d) out.publishedAt = d;
  } else if (key === 'posted on') {
    const [publisher, ...rest] = value.split(',');
    const date = parseDate(rest.join(','));
    if (date) out.publishedAt = date;
    if (publisher?.trim() && (date || rest.length > 0)) out.publisher = publisher.trim();
    else if (!date) {
      const d = parseDate(value);
      if (d) out.publishedAt = d;
      else out.publisher = value;
    }
  }
}

/** Splits a plain-text article into header metadata, title and body, so the graph keeps who published what when. */
export function parseArticleHeader(raw: string): ParsedArticle {
  const lines = raw.replace(/\r\n?/g, '\n').split('\n');
  const out: ParsedArticle = { text: '' };
  let i = 0;
  for (; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (line === '') continue;
    const field = FIELD_RE.exec(line);
    if (!field) break;
    applyField(out, (field[1] ?? '').toLowerCase(), (field[2] ?? '').trim());
  }
  const first = (lines[i] ?? '').trim();
  if (
    !out.title &&
    first &&
    first.length <= 120 &&
    !/[.!?:;,»"”]$/.test(first) &&
    lines.slice(i + 1).some((l) => l.trim() !== '')
  ) {
    out.title = first;
    i++;
  }
  const body = lines.slice(i);
  while (
    body.length > 0 &&
    ((body[body.length - 1] ?? '').trim() === '' || BOILERPLATE_RE.test((body[body.length - 1] ?? '').trim()))
  )
    body.pop();
  while (body.length > 0 && (body[0] ?? '').trim() === '') body.shift();
  out.text = body.join('\n');
  return out;
}
