import type { ArticleDetails, EntityRef } from '@newsgraph/schema';
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

/** A highlighted mention the analyst picked: how it is written and the entity it was read as. */
export interface ChosenMention {
  written: string;
  entity: EntityRef;
}

/**
 * The bar under the article that says which entity a picked mention was read as, and offers to split it off; hidden
 * until a mention is picked.
 */
function mentionBar(onSplit: (mention: ChosenMention) => void): {
  bar: HTMLElement;
  choose(mark: HTMLElement, mention: ChosenMention): void;
} {
  const what = el('span', { 'data-testid': 'mention-chosen' });
  const split = el('button', { type: 'button', 'data-testid': 'split-mention-off' }, 'Split this mention off…');
  const bar = el('div', { class: 'mention-bar', 'data-testid': 'mention-bar', hidden: '' }, what, split);
  let chosen: ChosenMention | null = null;
  split.addEventListener('click', () => {
    if (chosen) onSplit(chosen);
  });
  return {
    bar,
    choose: (mark, mention) => {
      chosen = mention;
      for (const other of mark.closest('.article-text')?.querySelectorAll('mark') ?? [])
        other.setAttribute('aria-pressed', String(other === mark));
      what.textContent = `“${mention.written}” is read as ${mention.entity.name} (${mention.entity.type}). `;
      bar.hidden = false;
      split.focus();
    },
  };
}

/**
 * The article in a modal dialog: its text as text, every mention of the chosen entities marked, the sentence outlined.
 * With `onSplit`, a marked mention can be picked (click, or Enter on it) and split off the entity it was read as.
 */
export function showArticle(
  dialog: HTMLDialogElement,
  details: ArticleDetails,
  entityIds: readonly string[],
  sentence: string | null,
  onSplit?: (mention: ChosenMention) => void,
): void {
  const { article } = details;
  const body = el('div', { class: 'article-text', 'data-testid': 'article-text' });
  const entities = new Map(details.mentions.map((mention) => [mention.entity.id, mention.entity]));
  const picker = onSplit ? mentionBar(onSplit) : null;
  let sentenceNode: HTMLElement | null = null;
  for (const piece of pieces(article.text, details.mentions, entityIds, sentence)) {
    let node: Node = document.createTextNode(piece.text);
    const entity = piece.mention ? entities.get(piece.mention.entityId) : undefined;
    if (piece.mention) {
      const mark = el(
        'mark',
        {
          'data-testid': 'mention',
          'data-entity-id': piece.mention.entityId,
          'data-mention': String(piece.mention.index),
          ...(picker ? { tabindex: '0', role: 'button', 'aria-pressed': 'false', title: 'Correct this mention' } : {}),
        },
        piece.text,
      );
      if (picker && entity) {
        const mention = { written: piece.text, entity };
        mark.addEventListener('click', () => picker.choose(mark, mention));
        mark.addEventListener('keydown', (event) => {
          if (event.key !== 'Enter' && event.key !== ' ') return;
          event.preventDefault();
          picker.choose(mark, mention);
        });
      }
      node = mark;
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
    picker ? el('p', { class: 'muted' }, 'A highlighted name read as the wrong entity? Pick it to correct it.') : '',
    picker?.bar ?? '',
    body,
  );
  if (!dialog.open) dialog.showModal();
  sentenceNode?.scrollIntoView({ block: 'center' });
}
