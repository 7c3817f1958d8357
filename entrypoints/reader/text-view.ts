import type { DomSpan, PageText } from '../../lib/page-text/types';
import { pageAt } from '../../lib/paged-text/paged-page-text';
import type { PageSpan } from '../../lib/paged-text/types';

/**
 * Shows a report without drawn pages (.docx, .html, .txt, or a saved report's kept text) as its
 * blocks, one paragraph each (headings as headings), each marked with the page it was printed on
 * when the text has pages (so a link can go to page N), and maps spans of its text to them for
 * the painter.
 */
export function renderTextBlocks(page: PageText, container: HTMLElement, pageMap: readonly PageSpan[] = []): (start: number, end: number) => DomSpan | null {
  const shown = page.blocks
    .filter((block) => block.role === 'body' && block.end > block.start)
    .map((block) => {
      const element = container.ownerDocument.createElement(/^h[1-3]$/.test(block.tag) ? block.tag : 'p');
      const printedOn = pageAt(pageMap, block.start);
      if (printedOn !== null) element.dataset.page = String(printedOn);
      const node = container.ownerDocument.createTextNode(page.text.slice(block.start, block.end));
      element.append(node);
      container.append(element);
      return { start: block.start, end: block.end, node };
    });
  const at = (offset: number) => shown.find((block) => offset >= block.start && offset < block.end) ?? null;
  return (start, end) => {
    const first = at(start);
    const last = at(end - 1);
    if (!first || !last) return null;
    return { startContainer: first.node, startOffset: start - first.start, endContainer: last.node, endOffset: end - last.start };
  };
}
