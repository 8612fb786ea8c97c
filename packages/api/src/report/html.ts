import type { Evidence, RelationSupport } from '@newsgraph/schema';
import { html, linkable } from './escape';
import type { ReportData } from './gather';
import { narratives } from './narrative';
import { count, factParts, percent } from './phrases';
import { reportSvg } from './svg';

const STYLE = `
body { font: 15px/1.45 Georgia, serif; color: #111; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
h1, h2, h3 { font-family: sans-serif; } h1 { font-size: 1.6rem; } h2 { border-bottom: 1px solid #ccc; }
.meta, .counts, .source { font: 13px/1.4 sans-serif; color: #444; }
figure { margin: 1rem 0; text-align: center; } figure svg { max-width: 100%; height: auto; }
.card { border: 1px solid #bbb; border-radius: 4px; padding: .6rem 1rem; margin: .8rem 0; break-inside: avoid; }
.card h3 { margin: .2rem 0; font-size: 1.05rem; } .card ol { padding-left: 1.4rem; } .card li { margin: .4rem 0; }
blockquote { margin: 0; } code { font-size: 12px; word-break: break-all; }
.path li { margin: .3rem 0; } sup a { text-decoration: none; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  a { color: inherit; } figure { break-after: page; } .card { border-color: #888; }
  @page { margin: 15mm; }
}`;

function source(evidence: Evidence): string {
  const parts = [
    evidence.title ? `<cite>${html(evidence.title)}</cite>` : `article ${html(evidence.articleId)}`,
    evidence.publisher ?? evidence.source,
    evidence.publishedAt?.slice(0, 10),
  ].filter((part): part is string => Boolean(part));
  const shown = parts.map((part, i) => (i === 0 ? part : html(part))).join(', ');
  const url = linkable(evidence.url);
  const link = url ? `, <a href="${html(url)}">${html(url)}</a>` : evidence.url ? `, ${html(evidence.url)}` : '';
  return `<div class="source">${shown}${link}</div>`;
}

function fact(relation: RelationSupport): string {
  const { subject, link, object } = factParts(relation);
  return `<strong>${html(subject)}</strong> ${html(link)} <strong>${html(object)}</strong>`;
}

function card(relation: RelationSupport, n: number): string {
  const more = relation.evidenceCount - relation.evidence.length;
  const period = relation.firstSeen
    ? `; reported ${html(relation.firstSeen.slice(0, 10))} to ${html((relation.lastSeen ?? relation.firstSeen).slice(0, 10))}`
    : '';
  return `<section class="card" id="card-${n}">
<h3>${n}. ${fact(relation)}</h3>
<div class="counts">${count(relation.articleCount, 'article')}, ${count(relation.outlets.length, 'outlet')}${relation.outlets.length ? ` (${html(relation.outlets.join(', '))})` : ''}, ${count(relation.sentenceCount, 'sentence')}; confidence ${percent(relation.confidence)}${period}; <code>${html(relation.predicate)}</code></div>
${relation.evidence.length === 0 ? '<p>No supporting sentence in this period.</p>' : `<ol>${relation.evidence.map((e) => `<li><blockquote>“${html(e.text)}”</blockquote>${source(e)}</li>`).join('\n')}</ol>`}
${more > 0 ? `<p class="meta">${count(more, 'more sentence')} not quoted (raise <code>evidence</code>).</p>` : ''}
</section>`;
}

function paths(data: ReportData): string {
  const walks = narratives(data);
  if (!data.query.from || !data.query.to) return '';
  if (walks.length === 0) return '<h2>Paths</h2><p>No path links these two entities within the asked length.</p>';
  return `<h2>Paths</h2>${walks
    .map(
      (steps, i) =>
        `<h3>Path ${i + 1} (${count(steps.length, 'hop')})</h3><ol class="path">${steps
          .map((step) => `<li>${html(step.text)}<sup><a href="#card-${step.card}">[${step.card}]</a></sup></li>`)
          .join('')}</ol>`,
    )
    .join('\n')}
<h3>Notes</h3><ol class="notes">${walks
    .flat()
    .filter((step, i, all) => all.findIndex((s) => s.card === step.card) === i)
    .sort((a, b) => a.card - b.card)
    .map((step) => {
      const first = step.relation.evidence[0];
      return `<li value="${step.card}">${first ? `“${html(first.text)}” ${source(first)}` : 'no supporting sentence in this period'} (card ${step.card})</li>`;
    })
    .join('')}</ol>`;
}

/** The evidence pack as one printable HTML page: picture, path narrative, a card per relation, and how to rebuild it. */
export function reportHtml(data: ReportData): string {
  const { query } = data;
  const subject = [query.focus, query.from && query.to ? `${query.from} → ${query.to}` : undefined]
    .filter(Boolean)
    .join('; ');
  const period = query.since || query.until ? `, reported ${query.since ?? '…'} to ${query.until ?? '…'}` : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${html(`Evidence pack: ${subject}`)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>Evidence pack: ${html(subject)}${html(period)}</h1>
<p class="meta">${count(data.nodes.length, 'entity', 'entities')}, ${count(data.edges.length, 'relation')}${data.truncated ? ' (the view was capped: raise <code>limit</code> or narrow the filters)' : ''}; made ${html(data.generatedAt)} by newsgraph.</p>
<figure>${reportSvg(data)}<figcaption class="meta">Numbers on the links are the cards below.</figcaption></figure>
${paths(data)}
<h2>Relations</h2>
${data.cards.length === 0 ? '<p>No relation in this view.</p>' : data.cards.map((relation, i) => card(relation, i + 1)).join('\n')}
${data.cardsLeftOut > 0 ? `<p class="meta">${count(data.cardsLeftOut, 'weaker relation')} of the picture left without a card (raise <code>relations</code>).</p>` : ''}
<h2>How to rebuild this pack</h2>
<p class="meta">Against the same graph, this request gives this pack again:</p>
<p><code>GET ${html(data.rebuild)}</code></p>
</body>
</html>
`;
}
