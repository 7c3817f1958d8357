import type { DomSpan, PageText } from '../../lib/page-text/types';

/**
 * Shows a report without fixed pages (.docx, .html, .txt) as its blocks, one paragraph each
 * (headings as headings), and maps spans of its text to them for the painter.
 */
export function renderTextBlocks(page: PageText, container: HTMLElement): (start: number, end: number) => DomSpan | null {
  const shown = page.blocks
    .filter((block) => block.role === 'body' && block.end > block.start)
    .map((block) => {
      const element = container.ownerDocument.createElement(/^h[1-3]$/.test(block.tag) ? block.tag : 'p');
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
