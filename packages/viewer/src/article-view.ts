import type { ArticleDetails } from '@newsgraph/schema';
import { pieces } from './article-text';
import { el } from './dom';

/** Only web links become anchors; any other scheme (javascript:, data:) stays plain text. */
function safeLink(url: string | null): HTMLElement | string {
  if (!url) return '';
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return url;
    return el('a', { href: parsed.href, rel: 'noopener noreferrer', target: '_blank' }, 'original');
  } catch {
    return url;
  }
}

/** The article in a modal dialog: its text as text, every mention of the chosen entities marked, the sentence outlined. */
export function showArticle(
  dialog: HTMLDialogElement,
  details: ArticleDetails,
  entityIds: readonly string[],
  sentence: string | null,
): void {
  const { article } = details;
  const body = el('div', { class: 'article-text', 'data-testid': 'article-text' });
  let sentenceNode: HTMLElement | null = null;
  for (const piece of pieces(article.text, details.mentions, entityIds, sentence)) {
    let node: Node = document.createTextNode(piece.text);
    if (piece.mention) {
      node = el(
        'mark',
        {
          'data-testid': 'mention',
          'data-entity-id': piece.mention.entityId,
          'data-mention': String(piece.mention.index),
        },
        piece.text,
      );
    }
    if (piece.inSentence) {
      const wrap = el('span', { class: 'evidence-sentence', 'data-testid': 'article-sentence' });
      wrap.append(node);
      sentenceNode ??= wrap;
      node = wrap;
    }
    body.append(node);
  }
  const close = el('button', { type: 'button', class: 'dialog-close', 'data-testid': 'article-close' }, 'Close');
  close.addEventListener('click', () => dialog.close());
  const meta = [article.publisher ?? article.source, article.author, article.publishedAt?.slice(0, 10)]
    .filter((part): part is string => Boolean(part))
    .join(' · ');
  dialog.replaceChildren(
    el(
      'header',
      { class: 'dialog-head' },
      el('h2', { id: 'article-title', 'data-testid': 'article-title' }, article.title ?? article.id),
      close,
    ),
    el('p', { class: 'meta' }, meta, ' ', safeLink(article.url)),
    body,
  );
  if (!dialog.open) dialog.showModal();
  sentenceNode?.scrollIntoView({ block: 'center' });
}
