import type { Evidence, RelationSupport } from '@newsgraph/schema';
import { linkable, md } from './escape';
import type { ReportData } from './gather';
import { narratives } from './narrative';
import { count, factParts, percent } from './phrases';
import { reportSvg } from './svg';

function source(evidence: Evidence): string {
  const parts = [
    evidence.title ? `*${md(evidence.title)}*` : `article ${md(evidence.articleId)}`,
    ...[evidence.publisher ?? evidence.source, evidence.publishedAt?.slice(0, 10)]
      .filter((part): part is string => Boolean(part))
      .map(md),
  ];
  const url = linkable(evidence.url);
  if (url) parts.push(`<${url}>`);
  else if (evidence.url) parts.push(md(evidence.url));
  return parts.join(', ');
}

function card(relation: RelationSupport, n: number): string[] {
  const { subject, link, object } = factParts(relation);
  const more = relation.evidenceCount - relation.evidence.length;
  const outlets = relation.outlets.length ? ` (${relation.outlets.map(md).join(', ')})` : '';
  const period = relation.firstSeen
    ? `; reported ${md(relation.firstSeen.slice(0, 10))} to ${md((relation.lastSeen ?? relation.firstSeen).slice(0, 10))}`
    : '';
  return [
    `### <a id="card-${n}"></a>${n}\\. **${md(subject)}** ${md(link)} **${md(object)}**`,
    '',
    `${count(relation.articleCount, 'article')}, ${count(relation.outlets.length, 'outlet')}${outlets}, ${count(relation.sentenceCount, 'sentence')}; confidence ${percent(relation.confidence)}${period}; \`${relation.predicate}\``,
    '',
    ...(relation.evidence.length === 0
      ? ['No supporting sentence in this period.']
      : relation.evidence.map((e, i) => `${i + 1}. “${md(e.text)}”  \n   ${source(e)}`)),
    ...(more > 0 ? ['', `${count(more, 'more sentence')} not quoted (raise \`evidence\`).`] : []),
    '',
  ];
}

function paths(data: ReportData): string[] {
  if (!data.query.from || !data.query.to) return [];
  const walks = narratives(data);
  if (walks.length === 0) return ['## Paths', '', 'No path links these two entities within the asked length.', ''];
  const notes = walks
    .flat()
    .filter((step, i, all) => all.findIndex((s) => s.card === step.card) === i)
    .sort((a, b) => a.card - b.card)
    .map((step) => {
      const first = step.relation.evidence[0];
      return `[^${step.card}]: ${first ? `“${md(first.text)}” ${source(first)}` : 'no supporting sentence in this period'} (card ${step.card})`;
    });
  return [
    '## Paths',
    '',
    ...walks.flatMap((steps, i) => [
      `### Path ${i + 1} (${count(steps.length, 'hop')})`,
      '',
      ...steps.map((step, j) => `${j + 1}. ${md(step.text)}[^${step.card}]`),
      '',
    ]),
    ...notes,
    '',
  ];
}

/** The evidence pack as Markdown: the picture inline (an SVG data URI), path narrative with footnotes, cards, rebuild query. */
export function reportMarkdown(data: ReportData): string {
  const { query } = data;
  const subject = [query.focus, query.from && query.to ? `${query.from} → ${query.to}` : undefined]
    .filter(Boolean)
    .join('; ');
  const period = query.since || query.until ? `, reported ${query.since ?? '…'} to ${query.until ?? '…'}` : '';
  const picture = Buffer.from(reportSvg(data), 'utf8').toString('base64');
  return [
    `# Evidence pack: ${md(subject + period)}`,
    '',
    `${count(data.nodes.length, 'entity', 'entities')}, ${count(data.edges.length, 'relation')}${data.truncated ? ' (the view was capped: raise `limit` or narrow the filters)' : ''}; made ${md(data.generatedAt)} by newsgraph.`,
    '',
    `![The subgraph; numbers on the links are the cards below](data:image/svg+xml;base64,${picture})`,
    '',
    ...paths(data),
    '## Relations',
    '',
    ...(data.cards.length === 0 ? ['No relation in this view.', ''] : data.cards.flatMap((r, i) => card(r, i + 1))),
    ...(data.cardsLeftOut > 0
      ? [`${count(data.cardsLeftOut, 'weaker relation')} of the picture left without a card (raise \`relations\`).`, '']
      : []),
    '## How to rebuild this pack',
    '',
    'Against the same graph, this request gives this pack again:',
    '',
    '```',
    `GET ${data.rebuild}`,
    '```',
    '',
  ].join('\n');
}
