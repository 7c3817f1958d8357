import { foldText } from '../text/fold';
import type { DocumentMeta, PageText, TextBlock } from './types';

/**
 * FIRST VERSION (lead): one block per non-empty line, every block 'body'.
 * The page-text helper adds chrome classification shared with the DOM path.
 */
export function pageTextFromPlainText(raw: string, meta: Partial<DocumentMeta> = {}): PageText {
  const blocks: TextBlock[] = [];
  const lines: string[] = [];
  let offset = 0;
  for (const line of raw.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (!trimmed) continue;
    lines.push(trimmed);
    blocks.push({ start: offset, end: offset + trimmed.length, role: 'body', tag: 'line' });
    offset += trimmed.length + 1;
  }
  const text = lines.join('\n');
  return {
    text,
    folded: foldText(text),
    blocks,
    meta: { url: null, htmlTitle: null, metaTags: {}, indexFields: {}, ...meta },
  };
}
