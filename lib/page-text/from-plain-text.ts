import { assemblePage, WHITESPACE_RUN, type RawBlock } from './assemble';
import type { DocumentMeta, PageText } from './types';

/**
 * Builds the page model from plain page text (a saved .txt page, a paste, a CLI file): one block per
 * non-empty line, trimmed, inner whitespace collapsed to one space exactly as the DOM path does, so
 * a page and its text copy produce the same `text`.
 *
 * Plain text has no article container: every line that is not chrome is 'body'. Site chrome at the
 * top (breadcrumb, 移动版, index list) and footer furniture at the end are classified by the same
 * rules as DOM blocks (chrome.ts), and the index list feeds `meta.indexFields`.
 *
 * @param meta known page facts (url, title…); missing ones default to null/empty
 */
export function pageTextFromPlainText(raw: string, meta: Partial<DocumentMeta> = {}): PageText {
  const lines: string[] = [];
  const blocks: RawBlock[] = [];
  let offset = 0;
  for (const line of raw.split(/\r\n?|\n/)) {
    const collapsed = line.replace(WHITESPACE_RUN, ' ').trim();
    if (!collapsed) continue;
    lines.push(collapsed);
    blocks.push({ start: offset, end: offset + collapsed.length, tag: 'line', inArticle: true });
    offset += collapsed.length + 1;
  }
  return assemblePage(lines.join('\n'), blocks, meta);
}
